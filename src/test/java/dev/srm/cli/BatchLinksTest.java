package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index links every workbook by a valid relative URI, whatever characters the input's file name holds. */
class BatchLinksTest {

    /** Characters a URI reserves or forbids, that a file system allows in a name. */
    static final List<String> NAMES = List.of("pct-50%", "hash#1", "two words", "br[a]ck", "c^d", "cu{r}ly", "q?m", "ünïcødé-日本",
            "colon:x", "amp&semi;plus+eq=", "quote'back`tick", "back\\slash", "pipe|lt<gt>", "tab\tnew\nline", "percent-%41",
            "dot..", "emoji-\uD83D\uDE00");

    @TempDir
    Path temp;

    @Test
    void everyLinkDecodesToTheWorkbookItNamesAndThatWorkbookExists() throws Exception {
        Path inputs = Files.createDirectories(temp.resolve("in"));
        for (String name : NAMES) Files.copy(CliTest.SAMPLES.resolve("serverless-api.yaml"), inputs.resolve(name + ".yaml"));
        Path out = Files.createDirectories(temp.resolve("out"));

        CliRun run = CliRun.of("assess", inputs.toString(), "--out-dir", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> linked = new ArrayList<>();
        try (XSSFWorkbook index = new XSSFWorkbook(out.resolve("index.xlsx").toFile())) {
            Sheet sheet = index.getSheet("Index");
            assertThat(sheet.getLastRowNum()).isEqualTo(NAMES.size());
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                String address = row.getCell(2).getHyperlink().getAddress();
                URI uri = new URI(address); // throws on an invalid URI
                assertThat(uri.isAbsolute()).as(address).isFalse();
                assertThat(uri.getRawQuery()).as(address).isNull();
                assertThat(uri.getRawFragment()).as(address).isNull();
                assertThat(address).as("only unreserved characters and percent escapes").matches("[A-Za-z0-9._~%-]+");
                String decoded = uri.getPath();
                assertThat(out.resolve(decoded)).as(address).isRegularFile();
                linked.add(decoded);
            }
        }
        List<String> expected = NAMES.stream().map(n -> n + "-responsibility-matrix.xlsx").sorted().toList();
        assertThat(linked).containsExactlyInAnyOrderElementsOf(expected);
    }
}
