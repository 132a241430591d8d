package dev.srm.hardening;

import dev.srm.testing.AsNobody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file without read permission. Unprivileged, the check runs in-process; as root (CI runs as root, and root reads a
 * chmod-000 file anyway) the packaged srm runs as the unprivileged user 'nobody' through setpriv, so that the
 * permission really is denied. Not skipped silently: without setpriv as root, the test is reported as skipped with why.
 */
class UnreadableFileIT {


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
        // The unprivileged user must reach the jar and the folder, not the file.
        AsNobody run = AsNobody.run(temp, "validate", locked.toString());
        assertThat(run.exitCode()).as("exit code; stderr:\n%s", run.err()).isEqualTo(2);
        assertThat(run.err().lines().toList()).containsExactly(expected);
        assertThat(run.out()).isEmpty();
    }
}
