package dev.srm.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One in-process run of the CLI: exit code, what it printed, how long it took. */
record Cli(int exitCode, String out, String err, Duration took) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Cli(code, out.toString(), err.toString(), Duration.ofNanos(System.nanoTime() - start));
    }

    List<String> outLines() {
        return lines(out);
    }

    List<String> errLines() {
        return lines(err);
    }

    private static List<String> lines(String text) {
        return text.lines().toList();
    }

    /**
     * What every refusal must look like, whatever the input: exit 2, nothing on stdout, at least one line on stderr,
     * each {@code FILE:LINE:COL: what — how} (or {@code FILE: what — how} for the whole file) with LINE inside the file,
     * and no stack trace anywhere.
     */
    void assertWellFormedRefusal(String file, int linesInFile) {
        assertThat(exitCode).as("exit code; stderr:\n%s", err).isEqualTo(2);
        assertThat(out).as("stdout of a refusal").isEmpty();
        assertThat(errLines()).as("stderr of a refusal").isNotEmpty();
        assertNoStackTrace();
        Pattern shape = Pattern.compile("^" + Pattern.quote(file) + "(?::(\\d+):(\\d+))?: .+ — .+$");
        for (String line : errLines()) {
            Matcher matcher = shape.matcher(line);
            assertThat(matcher.matches()).as("'FILE:LINE:COL: what — how' in %s", line).isTrue();
            if (matcher.group(1) != null) {
                assertThat(Integer.parseInt(matcher.group(1))).as("line of %s", line).isBetween(1, linesInFile + 1);
                assertThat(Integer.parseInt(matcher.group(2))).as("column of %s", line).isPositive();
            }
        }
    }

    void assertNoStackTrace() {
        for (String text : List.of(out, err)) {
            assertThat(text).doesNotContain("\tat ", "Exception", "Caused by", "internal error", "Error:");
        }
    }
}
