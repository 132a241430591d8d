package dev.srm.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file without read permission. Unprivileged, the check runs in-process; as root (CI runs as root, and root reads a
 * chmod-000 file anyway) the packaged srm runs as the unprivileged user 'nobody' through setpriv, so that the
 * permission really is denied. Not skipped silently: without setpriv as root, the test is reported as skipped with why.
 */
class UnreadableFileIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final int NOBODY = 65534;

    @TempDir
    Path temp;

    @Test
    void aFileWithoutReadPermissionIsRefusedWithTheReason() throws Exception {
        Path locked = Files.writeString(temp.resolve("locked.yaml"), "name: Webshop\ncomponents:\n  - {id: web, service: ec2}\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        String expected = locked + ": cannot be read: permission denied — check the file's permissions";
        if (!Files.isReadable(locked)) {
            Cli run = Cli.run("validate", locked.toString());
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.errLines()).containsExactly(expected);
            run.assertNoStackTrace();
            return;
        }
        Path setpriv = List.of(Path.of("/usr/bin/setpriv"), Path.of("/bin/setpriv")).stream().filter(Files::isExecutable)
                .findFirst().orElse(null);
        assertThat(setpriv).as("setpriv (util-linux) drops root's privilege to read a chmod-000 file").isNotNull();
        // The unprivileged user must reach the jar and the folder, not the file.
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.copy(PROJECT.resolve("target/srm.jar"), temp.resolve("srm.jar"));
        Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        Process process = new ProcessBuilder(setpriv.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups",
                java.toString(), "-jar", jar.toString(), "validate", locked.toString())
                .directory(temp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit code; stderr:\n%s", stderr).isEqualTo(2);
        assertThat(stderr.lines().toList()).containsExactly(expected);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEmpty();
    }
}
