package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What srm prints from a user's data reaches a terminal: a name or path holding ESC sequences, an OSC title change,
 * BEL or a CR (which overwrites the line with a fake one) must come out escaped, one line each.
 */
class TerminalEscapesTest {

    /** ESC[2J clears the screen, OSC 0 sets the window title, BEL, then CR and a line that would hide the real one. */
    private static final String HOSTILE = "\\e[2J\\e]0;pwned\\a\\rWrote: /etc/passwd\\u2028\\u202e";

    @TempDir
    Path temp;

    private Path hostileArchitecture(Path file) throws IOException {
        return Files.writeString(file, "name: \"Shop" + HOSTILE + "\"\ncomponents:\n  - id: db\n    service: rds\n"
                + "    exposure: internet\n    data:\n      - {name: \"cards" + HOSTILE + "\", classification: restricted, "
                + "categories: [payment], encryption_at_rest: none, backup: false}\n");
    }

    @Test
    void assessPrintsTheNameAndPathsEscaped() throws IOException {
        Path arch = hostileArchitecture(temp.resolve("shop.yaml"));
        Path output = Files.createDirectories(temp.resolve("a\nWrote: \u001b[31mfake")).resolve("m\r\u0007.json");
        CliRun run = CliRun.of("assess", arch.toString(), "-o", output.toString(), "--fail-on", "high");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FINDINGS_THRESHOLD);
        assertThat(output).isNotEmptyFile();
        assertClean(run.out());
        assertClean(run.err());
        assertThat(run.out()).contains("Architecture: Shop\\u001B[2J\\u001B]0;pwned\\u0007\\rWrote: /etc/passwd\\u2028\\u202E (")
                .contains("Wrote:        " + temp + "/a\\nWrote: \\u001B[31mfake/m\\r\\u0007.json\n");
        assertThat(run.err()).contains("  db/cards\\u001B[2J");
    }

    @Test
    void validatePrintsTheNameEscaped() throws IOException {
        Path arch = hostileArchitecture(temp.resolve("shop\u001b]0;x\u0007.yaml"));
        CliRun run = CliRun.of("validate", arch.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertClean(run.out());
        assertThat(run.out()).isEqualTo(temp + "/shop\\u001B]0;x\\u0007.yaml: valid — architecture 'Shop\\u001B[2J\\u001B]0;pwned"
                + "\\u0007\\rWrote: /etc/passwd\\u2028\\u202E', 1 component(s)\n");
    }

    @Test
    void aBatchPrintsFileNamesAndTheIndexPathEscaped() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        hostileArchitecture(in.resolve("a\rOK    \u001b[2Jb.yaml"));
        Files.writeString(in.resolve("broken\n\u0007.yaml"), "name: [\n");
        Path out = Files.createDirectories(temp.resolve("out\u001b[1m"));
        CliRun run = CliRun.of("assess", in.toString(), "--out-dir", out.toString(), "--fail-on", "high");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertClean(run.out());
        assertClean(run.err());
        assertThat(run.out()).contains("FAIL  " + in + "/broken\\n\\u0007.yaml\n", "OK    " + in + "/a\\rOK    \\u001B[2Jb.yaml → ",
                "index: " + temp + "/out\\u001B[1m/index.xlsx\n");
    }

    /** Nothing but printable text and the line feeds that end srm's lines. */
    private static void assertClean(String printed) {
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            boolean control = (Character.isISOControl(c) && c != '\n') || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
            assertThat(control).as("U+%04X at %d in:\n%s", (int) c, i, printed).isFalse();
        }
    }
}
