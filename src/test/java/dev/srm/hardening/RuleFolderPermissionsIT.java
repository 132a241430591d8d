package dev.srm.hardening;

import dev.srm.testing.AsNobody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A subfolder or a rule file srm may not read is a rule-loading failure naming the path and the reason (exit 3), never
 * "internal error" (exit 1); every such problem is reported in one pass. As root (CI runs as root, and root reads
 * anything) the packaged srm runs as the unprivileged user 'nobody' through setpriv, as in UnreadableFileIT.
 */
class RuleFolderPermissionsIT {


    @TempDir
    Path temp;

    @Test
    void anUnreadableSubfolderAndFileAreRefusedWithTheReason() throws Exception {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        String header = "import dev.srm.model.*;\nglobal dev.srm.responsibility.Conclusions srm;\n";
        Files.writeString(rules.resolve("own.drl"), "package acme.own;\n" + header + "rule \"acme/own\" when Architecture() then end\n");
        Path locked = Files.createDirectories(rules.resolve("locked"));
        Files.writeString(locked.resolve("hidden.drl"), "package acme.hidden;\n" + header + "rule \"acme/hidden\" when then end\n");
        Path secret = Files.writeString(rules.resolve("secret.drl"), "package acme.secret;\n" + header
                + "rule \"acme/secret\" when then end\n");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
        List<String> expected = List.of(
                locked + ": cannot be read: permission denied — check the folder's permissions",
                secret + ": cannot be read: permission denied — check the file's permissions");
        try {
            if (!Files.isReadable(secret)) {
                Cli run = Cli.run("rules", "check", "--rules", rules.toString());
                assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
                assertThat(run.errLines()).containsExactlyElementsOf(expected);
                run.assertNoStackTrace();
                return;
            }
            Files.setPosixFilePermissions(rules, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(rules.resolve("own.drl"), PosixFilePermissions.fromString("rw-r--r--"));
            AsNobody run = AsNobody.run(temp, "rules", "check", "--rules", rules.toString());
            assertThat(run.exitCode()).as("exit code; stderr:\n%s", run.err()).isEqualTo(3);
            assertThat(run.err().lines().toList()).containsExactlyElementsOf(expected);
            assertThat(run.out()).isEmpty();
        } finally {
            // Let JUnit delete the folder again.
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
