package dev.srm.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Symbolic links in and to rules folders are followed — a linked folder or file is read like any other, never skipped —
 * and what cannot be followed (a dangling link, a loop) or must not be read (a pipe, a device, a kernel file) is an
 * error naming the path, exit 3, before anything is opened.
 */
class RuleFolderLinksTest {

    static final String HEADER = "import dev.srm.model.*;\nimport dev.srm.responsibility.*;\n"
            + "global dev.srm.responsibility.Conclusions srm;\n";

    @TempDir
    Path temp;

    Path rules;
    Path elsewhere;

    @BeforeEach
    void folders() throws IOException {
        rules = Files.createDirectories(temp.resolve("rules"));
        elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        drl(rules.resolve("own.drl"), "acme.own", "acme/own");
    }

    static Path drl(Path file, String pkg, String rule) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "package " + pkg + ";\n" + HEADER + "rule \"" + rule + "\" when Architecture() then end\n");
    }

    static Cli check(Path... folders) {
        String[] args = new String[2 + 2 * folders.length];
        args[0] = "rules";
        args[1] = "check";
        for (int i = 0; i < folders.length; i++) {
            args[2 + 2 * i] = "--rules";
            args[3 + 2 * i] = folders[i].toString();
        }
        return Cli.run(args);
    }

    static void assertRefused(Cli run, String... messages) {
        assertThat(run.exitCode()).as("exit code; stderr:\n%s", run.err()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly(messages);
        run.assertNoStackTrace();
    }

    @Test
    void aSymlinkedSubfolderIsRead() throws IOException {
        drl(elsewhere.resolve("shared/linked.drl"), "acme.linked", "acme/linked");
        Files.createSymbolicLink(rules.resolve("shared"), elsewhere.resolve("shared"));
        Cli run = check(rules);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("acme/linked +" + rules.resolve("shared/linked.drl"))
                .contains("(2 custom)");
    }

    @Test
    void rulesNamingASymlinkToAFolderReadsTheFolder() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("my-rules"), rules);
        Cli run = check(link);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("acme/own +" + link.resolve("own.drl")).contains("(1 custom)");
    }

    @Test
    void aSymlinkedRuleFileIsRead() throws IOException {
        Path target = drl(elsewhere.resolve("single.drl"), "acme.single", "acme/single");
        Files.createSymbolicLink(rules.resolve("single.drl"), target);
        Cli run = check(rules);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("acme/single +" + rules.resolve("single.drl")).contains("(2 custom)");
    }

    @Test
    void aDanglingSymlinkIsAnErrorNamingIt() throws IOException {
        Path link = Files.createSymbolicLink(rules.resolve("gone"), elsewhere.resolve("removed-folder"));
        assertRefused(check(rules), link + ": is a symbolic link to '" + elsewhere.resolve("removed-folder")
                + "', which does not exist — fix the link or remove it");
    }

    @Test
    void rulesNamingADanglingSymlink() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("my-rules"), temp.resolve("no-such-folder"));
        assertRefused(check(link), link + ": is a symbolic link to a folder that does not exist — fix the link or the --rules path");
    }

    @Test
    void aSymlinkLoopIsAnErrorNamingTheLink() throws IOException {
        Path loop = Files.createSymbolicLink(rules.resolve("again"), rules);
        assertRefused(check(rules), loop + ": is a symbolic link that loops (it leads back to a folder above it) — remove the link");
    }

    @Test
    void twoLinksToOneFileAreAnError() throws IOException {
        Path target = drl(elsewhere.resolve("single.drl"), "acme.single", "acme/single");
        Files.createSymbolicLink(rules.resolve("a.drl"), target);
        Files.createSymbolicLink(rules.resolve("b.drl"), target);
        assertRefused(check(rules), rules.resolve("b.drl") + ": is the same file as " + rules.resolve("a.drl")
                + " (through a symbolic link) — srm reads each file once; remove one of the links");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a read that blocks must fail the test, not hang it
    void aNamedPipeIsRefusedNotOpened() throws Exception {
        Path fifo = rules.resolve("pipe.drl");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0).as("mkfifo").isTrue();
        Cli run = check(rules); // opening the pipe would block this test forever
        assertRefused(run, fifo + ": is a named pipe, not a regular file — a rules folder holds files; remove it");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a read that blocks must fail the test, not hang it
    void aLinkToADeviceIsRefused() throws IOException {
        Path zero = Files.createSymbolicLink(rules.resolve("zero.csv"), Path.of("/dev/zero"));
        assertRefused(check(rules), zero + ": is a character device, not a regular file — a rules folder holds files; remove it");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a read that blocks must fail the test, not hang it
    void aLinkToAKernelFileIsRefusedNotOpened() throws IOException {
        Path kmsg = Files.createSymbolicLink(rules.resolve("kmsg.drl"), Path.of("/proc/kmsg"));
        Path self = Files.createSymbolicLink(rules.resolve("controls.yaml"), Path.of("/proc/self/environ"));
        Cli run = check(rules);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly(
                self + ": is a file of the kernel (" + Path.of("/proc/self/environ").toRealPath() + "), not a rule file — remove it "
                        + "from the rules folder",
                kmsg + ": is a file of the kernel (/proc/kmsg), not a rule file — remove it from the rules folder");
    }
}
