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
 * A subfolder or a rule file srm may not read is a rule-loading failure naming the path and the reason (exit 3), never
 * "internal error" (exit 1); every such problem is reported in one pass. As root (CI runs as root, and root reads
 * anything) the packaged srm runs as the unprivileged user 'nobody' through setpriv, as in UnreadableFileIT.
 */
class RuleFolderPermissionsIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final int NOBODY = 65534;

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
            Path setpriv = List.of(Path.of("/usr/bin/setpriv"), Path.of("/bin/setpriv")).stream().filter(Files::isExecutable)
                    .findFirst().orElse(null);
            assertThat(setpriv).as("setpriv (util-linux) drops root's privilege to read a chmod-000 folder").isNotNull();
            for (Path open : List.of(temp, rules)) Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(rules.resolve("own.drl"), PosixFilePermissions.fromString("rw-r--r--"));
            Path jar = Files.copy(PROJECT.resolve("target/srm.jar"), temp.resolve("srm.jar"));
            Files.setPosixFilePermissions(jar, PosixFilePermissions.fromString("rw-r--r--"));
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Path out = temp.resolve("out.txt");
            Path err = temp.resolve("err.txt");
            Process process = new ProcessBuilder(setpriv.toString(), "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups",
                    java.toString(), "-jar", jar.toString(), "rules", "check", "--rules", rules.toString())
                    .directory(temp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
            String stderr = Files.readString(err, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit code; stderr:\n%s", stderr).isEqualTo(3);
            assertThat(stderr.lines().toList()).containsExactlyElementsOf(expected);
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEmpty();
        } finally {
            // Let JUnit delete the folder again.
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }
}
