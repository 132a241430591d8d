package dev.srm.cli;

import dev.srm.testing.AsNobody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    @TempDir
    Path temp;

    private Path input;

    @BeforeEach
    void reachableByNobody() throws Exception {
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        input = Files.copy(PROJECT.resolve("samples/serverless-api.yaml"), temp.resolve("api.yaml"));
        Files.setPosixFilePermissions(input, PosixFilePermissions.fromString("rw-r--r--"));
    }

    @Test
    void aFolderThatIsNotWritableIsRefusedBeforeAnyWork() throws Exception {
        Path out = Files.createDirectories(temp.resolve("out")); // root's, rwxr-xr-x: not nobody's to write
        AsNobody run = AsNobody.run(temp, "assess", input.toString(), "--out-dir", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(out + ": output folder is not writable — check its permissions or choose another --out-dir\n");
        assertThat(run.out()).isEmpty();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFolderThatCannotBeCreatedIsRefusedBeforeAnyWork() throws Exception {
        Path out = temp.resolve("new/out");
        AsNobody run = AsNobody.run(temp, "assess", input.toString(), "--out-dir", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(out + ": cannot be created: folder " + temp + " is not writable — choose another --out-dir\n");
        assertThat(run.out()).isEmpty();
    }
}
