package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs that cannot be written: one line, exit 2, nothing lost or half-written. */
class OutputFaultsTest {

    private static final Path SAMPLE = CliTest.SAMPLES.resolve("three-tier-webshop.yaml");

    @TempDir
    Path temp;

    @Test
    void aDeviceIsNotAnOutput() {
        CliRun run = CliRun.of("assess", SAMPLE.toString(), "-o", "/dev/full");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("/dev/full: unknown output format — use a path ending in .xlsx (workbook) or .json\n");
    }

    @Test
    void aDeviceWithAnOutputExtensionIsRefusedToo() throws IOException {
        Path link = temp.resolve("full.json");
        Files.createSymbolicLink(link, Path.of("/dev/full"));
        CliRun run = CliRun.of("assess", SAMPLE.toString(), "-o", link.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(link + ": is not a regular file — give a file path ending in .xlsx or .json\n");
        assertThat(Files.isSymbolicLink(link)).as("the link is untouched").isTrue();
    }

    @Test
    void aFileSystemThatRefusesNewFilesIsOneLine() {
        // sysfs refuses to create files, even for root: the honest "cannot write here" on any Linux machine.
        CliRun run = CliRun.of("assess", SAMPLE.toString(), "-o", "/sys/srm-out.json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("/sys/srm-out.json: cannot be written: ")
                .endsWith(" — check the directory exists, is writable and has space");
    }

    @Test
    void twoRunsWritingTheSameFilesLeaveOneCompleteWorkbookAndJson() throws Exception {
        Path json = temp.resolve("same.json");
        Path xlsx = temp.resolve("same.xlsx");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<CliRun>> runs = new ArrayList<>();
            for (String sample : List.of("three-tier-webshop.yaml", "serverless-api.yaml")) {
                runs.add(pool.submit(() -> CliRun.of("assess", CliTest.SAMPLES.resolve(sample).toString(), "-o", xlsx.toString(),
                        "-o", json.toString())));
            }
            for (Future<CliRun> run : runs) assertThat(run.get().exitCode()).isZero();
        } finally {
            pool.shutdownNow();
        }
        String name = new ObjectMapper().readTree(json.toFile()).path("architecture").path("name").asText();
        assertThat(name).isIn("Webshop", "Booking API");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(7);
            assertThat(book.getSheet("Summary").getPhysicalNumberOfRows()).isPositive();
        }
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("same.json", "same.xlsx");
        }
    }

    @Test
    void aRunWhoseRulesFailLeavesTheEarlierOutputsUntouched() throws IOException {
        Path json = temp.resolve("kept.json");
        Path xlsx = temp.resolve("kept.xlsx");
        Files.writeString(json, "earlier json");
        Files.writeString(xlsx, "earlier workbook");
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package acme.broken;\nrule \"acme/broken\" when then srm.nope(); end\n");
        CliRun run = CliRun.of("assess", SAMPLE.toString(), "--rules", rules.toString(), "-o", xlsx.toString(), "-o", json.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(json).hasContent("earlier json");
        assertThat(xlsx).hasContent("earlier workbook");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("kept.json", "kept.xlsx", "rules");
        }
    }
}
