package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Outputs get the mode the umask gives any new file, so that colleagues in a shared folder can open them, and a replaced
 * output keeps its mode. The umask belongs to a process, so srm runs in a shell that sets it.
 */
class OutputModeIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/srm.jar");
    private static final Path SAMPLE = PROJECT.resolve("samples/three-tier-webshop.yaml");

    @TempDir
    Path dir;

    @ParameterizedTest(name = "umask {0}")
    @CsvSource({"002, rw-rw-r--", "022, rw-r--r--", "077, rw-------"})
    void newOutputsGetTheModeOfTheUmask(String umask, String mode) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        srm(umask, "assess", SAMPLE.toString(), "-o", out.resolve("a.xlsx").toString(), "-o", out.resolve("a.json").toString());
        Path batch = dir.resolve("batch");
        srm(umask, "assess", SAMPLE.toString(), PROJECT.resolve("samples/serverless-api.yaml").toString(), "--out-dir", batch.toString(),
                "--format", "xlsx,json");

        for (Path file : List.of(out.resolve("a.xlsx"), out.resolve("a.json"), batch.resolve("index.xlsx"),
                batch.resolve("three-tier-webshop-responsibility-matrix.xlsx"), batch.resolve("serverless-api-responsibility-matrix.xlsx"),
                batch.resolve("serverless-api-responsibility-matrix.json"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo(mode);
        }
    }

    @Test
    void aReplacedOutputKeepsItsMode() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path batch = Files.createDirectories(dir.resolve("batch"));
        List<Path> existing = List.of(out.resolve("a.xlsx"), out.resolve("a.json"), batch.resolve("index.xlsx"),
                batch.resolve("three-tier-webshop-responsibility-matrix.xlsx"));
        for (Path file : existing) {
            Files.writeString(file, "earlier");
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        }
        srm("022", "assess", SAMPLE.toString(), "-o", existing.get(0).toString(), "-o", existing.get(1).toString());
        srm("022", "assess", SAMPLE.toString(), "--out-dir", batch.toString());
        for (Path file : existing) {
            assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1)).as(file + " replaced").isNotEqualTo("earlier");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-r-----");
        }
    }

    private void srm(String umask, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask " + umask + " && exec \"$@\"", "sh", "java", "-jar",
                JAR.toString()));
        command.addAll(List.of(args));
        Path log = dir.resolve("log.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(log)).isZero();
    }
}
