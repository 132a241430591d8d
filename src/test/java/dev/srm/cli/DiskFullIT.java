package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real disk full: a 16 KiB tmpfs, smaller than any output (CI runs as root, which may mount one). The user reads
 * "no space left on device", not what the zip library says when its stream breaks, and no temporary file stays.
 */
class DiskFullIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/srm.jar");

    @TempDir
    Path dir;

    private Path full;

    @BeforeEach
    void mountASmallFileSystem() throws Exception {
        full = Files.createDirectories(dir.resolve("full"));
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", full.toString())
                .redirectErrorStream(true).start();
        String said = new String(mount.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(mount.waitFor()).as("mounting a 16 KiB tmpfs needs root: %s", said).isZero();
    }

    @AfterEach
    void unmount() throws Exception {
        new ProcessBuilder("umount", full.toString()).inheritIO().start().waitFor();
    }

    @ParameterizedTest
    @ValueSource(strings = {"m.xlsx", "m.json"})
    void aFullDiskIsOneLineSayingSo(String output) throws Exception {
        Path target = full.resolve(output);
        Process srm = new ProcessBuilder("java", "-jar", JAR.toString(), "assess", "samples/three-tier-webshop.yaml", "-o",
                target.toString()).directory(PROJECT.toFile()).redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile()).start();
        assertThat(srm.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(dir.resolve("err.txt"));
        assertThat(srm.exitValue()).as(err).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(err.lines().toList()).containsExactly(target + ": cannot be written: no space left on device — check the "
                + "directory exists, is writable and has space");
        try (Stream<Path> left = Files.list(full)) {
            assertThat(left).as("nothing left on the full disk").isEmpty();
        }
    }
}
