package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What srm says on stderr, from the packaged jar (Logback is configured in code, found through META-INF/services: only
 * the real jar shows whether the service file made it in): nothing by default, srm's progress with -v, and everything,
 * the libraries' own logging included, with --debug.
 */
class LoggingIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/srm.jar");

    @TempDir
    Path dir;

    private record Run(int exit, String stdout, List<String> stderr) {}

    private Run run(String... flags) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-jar", JAR.toString(), "assess", "samples/serverless-api.yaml",
                "-o", dir.resolve("out.json").toString()));
        command.addAll(List.of(flags));
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(PROJECT.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(stdout), Files.readAllLines(stderr));
    }

    @Test
    void quietByDefault() throws Exception {
        Run run = run();
        assertThat(run.exit()).isZero();
        assertThat(run.stderr()).isEmpty();
        assertThat(run.stdout()).contains("Wrote:").doesNotContain("DEBUG").doesNotContain("INFO");
    }

    @Test
    void verboseShowsSrmsProgressAsLevelLoggerMessage() throws Exception {
        Run run = run("-v");
        assertThat(run.exit()).isZero();
        // Also the proof that the jar serves its pre-built rules: the DRL read from the jar's entries hashes to what the
        // build read from the classes folder.
        assertThat(run.stderr()).contains("INFO d.s.e.RuleEngine: built-in rules: pre-compiled at build time");
        assertThat(run.stderr()).anyMatch(line -> line.matches("INFO d\\.s\\.c\\.AssessCommand: read and compiled in \\d+ ms"));
        assertThat(run.stderr()).allMatch(line -> line.startsWith("INFO d.s."), "only srm's own lines, at INFO");
    }

    @Test
    void debugAddsTheLibrariesOwnLogging() throws Exception {
        Run run = run("--debug");
        assertThat(run.exit()).isZero();
        assertThat(run.stderr()).contains("INFO d.s.e.RuleEngine: built-in rules: pre-compiled at build time");
        // Drools' own loggers (org.drools.…, abbreviated), silent without --debug.
        assertThat(run.stderr()).anyMatch(line -> line.startsWith("DEBUG o.d."));
    }
}
