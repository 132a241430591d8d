package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fail-on names the findings that reached the threshold: worst first, ten at most, then how many more. */
class FailOnListingTest {

    @TempDir
    Path temp;

    /** One internet-facing database holding {@code items} unencrypted, unbacked-up payment data items: three highs each. */
    private Path risky(String name, int items) throws IOException {
        StringBuilder yaml = new StringBuilder("name: Risky\ncomponents:\n  - id: db\n    service: rds\n    exposure: internet\n    data:\n");
        for (int i = 1; i <= items; i++) {
            yaml.append("      - {name: \"cards-").append(i).append("\", classification: restricted, categories: [payment], ")
                    .append("encryption_at_rest: none, backup: false}\n");
        }
        return Files.writeString(temp.resolve(name), yaml);
    }

    private static String high(String id, int item) {
        String message = switch (id) {
            case "credentials-or-payment-data-internet-exposed" -> "Component 'db' is reachable from the internet and holds 'cards-"
                    + item + "' (payment data)";
            case "restricted-data-not-backed-up" -> "Restricted data 'cards-" + item + "' in Amazon RDS is declared as not backed up";
            default -> "Restricted data 'cards-" + item + "' in Amazon RDS is not encrypted at rest";
        };
        return "  high  " + id + "  db/cards-" + item + "  " + message;
    }

    @Test
    void aSingleRunNamesEveryFindingAtTheThreshold() throws IOException {
        Path arch = risky("risky.yaml", 1);
        CliRun run = CliRun.of("assess", arch.toString(), "-o", temp.resolve("r.json").toString(), "--fail-on", "high");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS_THRESHOLD);
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("srm: findings of severity high or higher exist (--fail-on high):");
        for (String id : List.of("credentials-or-payment-data-internet-exposed", "restricted-data-not-backed-up",
                "restricted-data-unencrypted-at-rest")) {
            assertThat(lines.subList(1, 4)).anySatisfy(line -> assertThat(line).startsWith(high(id, 1)));
        }
    }

    @Test
    void lowIncludesEverySeverityWorstFirstAndStopsAtTen() throws IOException {
        Path arch = risky("risky.yaml", 4);
        CliRun run = CliRun.of("assess", arch.toString(), "-o", temp.resolve("r.json").toString(), "--fail-on", "low");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS_THRESHOLD);
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo("srm: findings of severity low or higher exist (--fail-on low):");
        assertThat(lines.subList(1, 11)).allSatisfy(line -> assertThat(line).startsWith("  high  "));
        assertThat(lines.get(11)).isEqualTo("  … and 4 more");
        assertThat(lines).hasSize(12);
    }

    @Test
    void aBatchNamesThemPerFile() throws IOException {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path a = risky("in/a.yaml", 1);
        Path out = Files.createDirectories(temp.resolve("out"));
        Files.copy(CliTest.SAMPLES.resolve("serverless-api.yaml"), in.resolve("b.yaml"));
        CliRun run = CliRun.of("assess", in.toString(), "--out-dir", out.toString(), "--fail-on", "high");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS_THRESHOLD);
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(0)).isEqualTo(a + ": findings of severity high or higher exist (--fail-on high):");
        assertThat(lines.subList(1, 4)).allSatisfy(line -> assertThat(line).matches("  high  [a-z-]+  db/cards-1  .+"));
        assertThat(lines.get(4)).startsWith(in.resolve("b.yaml") + ": findings of severity high or higher exist");
        assertThat(IntStream.range(5, lines.size()).mapToObj(lines::get)).allSatisfy(line -> assertThat(line).startsWith("  high  "));
    }
}
