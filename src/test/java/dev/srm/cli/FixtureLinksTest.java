package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rules test} finds fixtures the way the rules loader finds rules: a linked {@code tests} folder is run, never
 * skipped, and a link loop is an error naming the link rather than an internal error.
 */
class FixtureLinksTest {

    private static final Path SAMPLE = Path.of("samples/custom-rules");

    @TempDir
    Path temp;

    @Test
    void aSymlinkedTestsFolderIsRun() throws IOException {
        Path rules = copyWithoutTests(temp.resolve("rules"));
        Path fixtures = temp.resolve("elsewhere/tests");
        copy(SAMPLE.resolve("tests"), fixtures);
        Files.createSymbolicLink(rules.resolve("tests"), fixtures);

        CliRun run = CliRun.of("rules", "test", "--rules", rules.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("PASS " + rules + "/tests/decision-tables", "PASS " + rules + "/tests/eks-node-patching",
                "PASS " + rules + "/tests/payment-keys");
    }

    @Test
    void aLinkLoopAmongTheFixturesIsAnErrorNamingIt() throws IOException {
        Path rules = temp.resolve("rules");
        copy(SAMPLE, rules);
        Path loop = rules.resolve("tests/payment-keys/again");
        Files.createSymbolicLink(loop, rules.resolve("tests"));

        CliRun run = CliRun.of("rules", "test", "--rules", rules.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly(
                loop + ": a symbolic link loops back to a folder above it — remove the link");
    }

    private static Path copyWithoutTests(Path target) throws IOException {
        copy(SAMPLE, target);
        try (Stream<Path> paths = Files.walk(target.resolve("tests"))) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        return target;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
