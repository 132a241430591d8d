package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch into a folder the user may not write: refused up front with exit 2, before any file is assessed. Root ignores
 * permissions, so srm runs as the unprivileged user 'nobody' through setpriv (as {@code UnreadableFileIT} does).
 */
class BatchUnwritableIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final int NOBODY = 65534;

    @TempDir
    Path temp;

    private Path jar;
    private Path input;

    @BeforeEach
    void reachableByNobody() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        jar = Files.copy(PROJECT.resolve("target/srm.jar"), temp.resolve("srm.jar"));
        input = Files.copy(PROJECT.resolve("samples/serverless-api.yaml"), temp.resolve("api.yaml"));
        for (Path file : List.of(jar, input)) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void aFolderThatIsNotWritableIsRefusedBeforeAnyWork() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out")); // root's, rwxr-xr-x: not nobody's to write
        Run run = asNobody("assess", input.toString(), "--out-dir", out.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(out + ": output folder is not writable — check its permissions or choose another --out-dir\n");
        assertThat(run.out()).isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefusedBeforeAnyWork() throws Exception {
        Path out = temp.resolve("new/out");
        Run run = asNobody("assess", input.toString(), "--out-dir", out.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(out + ": cannot be created: folder " + temp + " is not writable — choose another --out-dir\n");
        assertThat(run.out()).isEmpty();
    }

    private record Run(int code, String out, String err) {}

    private Run asNobody(String... args) throws Exception {
        Path setpriv = Stream.of(Path.of("/usr/bin/setpriv"), Path.of("/bin/setpriv")).filter(Files::isExecutable).findFirst()
                .orElse(null);
        assertThat(setpriv).as("setpriv (util-linux) runs srm without root's privilege").isNotNull();
        List<String> command = new ArrayList<>(List.of(setpriv.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY,
                "--clear-groups", Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("srm-out", ".txt");
        Path err = Files.createTempFile("srm-err", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(temp.toFile()).redirectOutput(out.toFile())
                    .redirectError(err.toFile()).start();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
