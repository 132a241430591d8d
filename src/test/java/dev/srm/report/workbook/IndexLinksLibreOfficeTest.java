package dev.srm.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.report.IndexEntry;
import dev.srm.report.OutputFormat;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice, a real client, follows every link of index.xlsx to the file it names, whatever the name holds. */
class IndexLinksLibreOfficeTest {

    private static final List<String> NAMES = List.of("pct-50%.xlsx", "hash#1.xlsx", "two words.xlsx", "br[a]ck{e}t^.xlsx",
            "q?m.xlsx", "ünïcødé-日本.xlsx", "colon:amp&plus+.xlsx", "quote'semi;eq=.xlsx", "percent-%41.json");

    @TempDir
    Path dir;

    @Test
    void everyLinkLibreOfficeShowsResolvesToTheFileNamed() throws Exception {
        String soffice = LibreOfficeRoundTripTest.findSoffice();
        List<IndexEntry> entries = new ArrayList<>();
        for (String name : NAMES) {
            Files.writeString(dir.resolve(name), "linked");
            entries.add(new IndexEntry(name, "A", List.of(name), 1, 0, 0, 0, 0, 0, 0, null));
        }
        Path index = dir.resolve("index.xlsx");
        try (OutputStream out = Files.newOutputStream(index)) {
            new IndexWorkbookWriter().write(List.of(OutputFormat.XLSX), entries, Instant.EPOCH, "test", out);
        }
        Path html = Files.createDirectories(dir.resolve("html"));
        Process process = new ProcessBuilder(soffice, "--headless", "--norestore", "-env:UserInstallation="
                + dir.resolve("lo-profile").toUri(), "--convert-to", "html", "--outdir", html.toString(), index.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("soffice finished").isTrue();
        String page = Files.readString(html.resolve("index.html"));

        List<Path> targets = new ArrayList<>();
        Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(page);
        while (href.find()) {
            URI uri = new URI(href.group(1).replace("&amp;", "&"));
            if (!"file".equals(uri.getScheme())) continue;
            targets.add(Path.of(uri));
        }
        assertThat(targets).as(page).hasSize(NAMES.size());
        for (int i = 0; i < NAMES.size(); i++) {
            assertThat(targets.get(i)).as(NAMES.get(i)).isEqualTo(dir.resolve(NAMES.get(i)).toRealPath()).isRegularFile();
        }
    }
}
