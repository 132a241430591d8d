package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start, as a user runs it: the ./srm launcher and the packaged jar, in a fresh process. */
class LauncherIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();

    @TempDir
    Path workDir;

    record Result(int exitCode, String out, String err) {}

    private Result run(Path dir, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process = new ProcessBuilder(args).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    @Test
    void quickStartWritesTheWorkbookInTheCurrentDirectory() throws Exception {
        Path sample = PROJECT.resolve("samples/three-tier-webshop.yaml");
        Result result = run(workDir, PROJECT.resolve("srm").toString(), "assess", sample.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        Path workbook = workDir.resolve("three-tier-webshop-responsibility-matrix.xlsx");
        assertThat(result.out()).contains("Wrote:        three-tier-webshop-responsibility-matrix.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Summary");
        }
    }

    @Test
    void theJarReportsItsVersionAndExitCodes() throws Exception {
        Result version = run(workDir, "java", "-jar", PROJECT.resolve("target/srm.jar").toString(), "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("srm ");
        assertThat(version.err()).isEmpty();

        Result missing = run(workDir, "java", "-jar", PROJECT.resolve("target/srm.jar").toString(), "assess", "nope.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("nope.yaml: no such file — check the path\n");
    }
}
