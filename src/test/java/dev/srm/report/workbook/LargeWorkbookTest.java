package dev.srm.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 100,000 assignments (1,000 components × 100 controls) written in a JVM of its own with a 64 MB heap, of which the
 * assessment itself takes about 23 MB: proof that the writer streams. (The test JVM has gigabytes; it proves nothing.)
 */
class LargeWorkbookTest {

    private static final String HEAP = "-Xmx64m";
    private static final int COMPONENTS = 1_000;
    private static final int CONTROLS = 100;

    @TempDir
    Path dir;

    @Test
    void writes100kAssignmentsInASmallHeap() throws Exception {
        Path book = dir.resolve("large.xlsx");
        Path log = dir.resolve("large.log");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
                LargeWorkbook.class.getName(), book.toString(), Integer.toString(COMPONENTS), Integer.toString(CONTROLS))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("writing 100k assignments took more than 180 s");
        }
        String output = Files.readString(log);
        assertThat(process.exitValue()).as("exit code; output:\n%s", output).isZero();
        String result = output.lines().filter(line -> line.startsWith("assignments=")).findFirst().orElseThrow();
        System.out.println("LargeWorkbookTest (" + HEAP + "): " + result);

        try (ZipFile zip = new ZipFile(book.toFile())) {
            assertThat(rows(zip, "xl/worksheets/sheet3.xml")).as("Assignments rows").isEqualTo(1 + COMPONENTS * CONTROLS);
            // Matrix: header, controls, the legend's title and its four keys.
            assertThat(rows(zip, "xl/worksheets/sheet2.xml")).as("Matrix rows").isEqualTo(1 + CONTROLS + 1 + 4);
        }
        try (var reader = Files.newBufferedReader(log)) {
            assertThat(reader.lines().filter(line -> line.contains("WARN") || line.contains("ERROR")).toList()).isEmpty();
        }
    }

    /** Rows of a sheet, counted while streaming its XML (reading it with XSSF would need a big heap). */
    private static long rows(ZipFile zip, String entry) throws IOException {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(zip.getInputStream(zip.getEntry(entry)), StandardCharsets.UTF_8))) {
            long count = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                for (int i = line.indexOf("<row "); i >= 0; i = line.indexOf("<row ", i + 1)) count++;
            }
            return count;
        }
    }
}
