package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CliTest {

    static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", "."));
    static final Path SAMPLES = PROJECT.resolve("samples");

    @TempDir
    Path temp;

    static Stream<Path> samples() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SAMPLES)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("samples/*.yaml").hasSizeGreaterThanOrEqualTo(5);
        return files.stream();
    }

    static Stream<Path> invalidSamples() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SAMPLES.resolve("invalid"))) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("samples/invalid/*.yaml").isNotEmpty();
        return files.stream();
    }

    @Test
    void versionAndHelp() {
        CliRun version = CliRun.of("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out().strip()).matches("srm \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");

        CliRun help = CliRun.of("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("assess", "validate", "catalog", "Exit codes: 0 success");

        CliRun assessHelp = CliRun.of("assess", "--help");
        assertThat(assessHelp.exitCode()).isZero();
        assertThat(assessHelp.out()).contains("--fail-on", "-o, --output=PATH");
    }

    @Test
    void onlyTheNamedSubcommandIsBuiltButHelpAndTheHelpCommandSeeThemAll() {
        assertThat(Main.subcommandsFor(new String[] {"-v", "assess", "x.yaml"})).containsExactly(AssessCommand.class);
        assertThat(Main.subcommandsFor(new String[] {"rules", "check"})).containsExactly(RulesCommand.class);
        assertThat(Main.subcommandsFor(new String[] {"--help"})).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor(new String[] {"help", "assess"})).isEqualTo(Main.SUBCOMMANDS);
        assertThat(Main.subcommandsFor(new String[] {"asess"})).isEqualTo(Main.SUBCOMMANDS);

        CliRun help = CliRun.of("help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("assess", "validate", "catalog", "rules", "help");
        CliRun helpAssess = CliRun.of("help", "assess");
        assertThat(helpAssess.exitCode()).isZero();
        assertThat(helpAssess.out()).contains("Usage: srm assess");
        CliRun verboseValidate = CliRun.of("-v", "validate", "samples/serverless-api.yaml");
        assertThat(verboseValidate.exitCode()).as(verboseValidate.err()).isZero();
    }

    @Test
    void aMistypedCommandIsAUsageError() {
        CliRun run = CliRun.of("asess", "x.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("Unmatched arguments", "assess");
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everySampleAssessesToWorkbookAndJson(Path sample) throws IOException {
        Path xlsx = temp.resolve("out.xlsx");
        Path json = temp.resolve("out.json");
        CliRun run = CliRun.of("assess", sample.toString(), "-o", xlsx.toString(), "-o", json.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(xlsx).isNotEmptyFile();
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertThat(root.path("tool").path("name").asText()).isEqualTo("srm");
        int assignments = root.path("assignments").size();
        assertThat(assignments).isPositive();
        assertThat(run.out()).contains("Architecture: " + root.path("architecture").path("name").asText(),
                "Assignments:  " + assignments + " — inherited " + root.path("summary").path("inherited").asInt(),
                "Wrote:        " + xlsx, "Wrote:        " + json);
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left).as("no temp files left").extracting(p -> p.getFileName().toString())
                    .containsExactlyInAnyOrder("out.xlsx", "out.json");
        }
    }

    @ParameterizedTest
    @MethodSource("invalidSamples")
    void everyInvalidSampleFailsWithPositionedMessages(Path invalid) {
        for (String command : new String[] {"validate", "assess"}) {
            CliRun run = command.equals("assess")
                    ? CliRun.of("assess", invalid.toString(), "-o", temp.resolve("x.xlsx").toString())
                    : CliRun.of("validate", invalid.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.INVALID_INPUT);
            assertThat(run.errLines()).isNotEmpty()
                    .allSatisfy(line -> assertThat(line).startsWith(invalid + ":").matches(".*?\\.yaml:\\d+:\\d+: .+ — .+"));
            assertThat(run.err()).doesNotContain("Exception", "\tat ");
        }
        assertThat(temp.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void validateReportsValidFiles() throws IOException {
        Path sample = samples().findFirst().orElseThrow();
        CliRun run = CliRun.of("validate", sample.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(sample + ": valid — architecture '");
    }

    @Test
    void aMissingFileIsOneLine() {
        CliRun run = CliRun.of("validate", "no/such/file.yaml");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("no/such/file.yaml: no such file — check the path" + System.lineSeparator());
    }

    @Test
    void outputProblemsAreReportedTogetherBeforeAnyWork() throws IOException {
        Path sample = samples().findFirst().orElseThrow();
        Path input = temp.resolve("arch.yaml");
        Files.copy(sample, input);
        byte[] before = Files.readAllBytes(input);
        CliRun run = CliRun.of("assess", input.toString(), "-o", temp.resolve("report.txt").toString(),
                "-o", temp.resolve("missing/out.xlsx").toString(), "-o", input.toString().replace(".yaml", ".json"),
                "-o", temp.toString() + "/");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly(
                temp + ": unknown output format — use a path ending in .xlsx (workbook) or .json",
                temp.resolve("missing/out.xlsx") + ": cannot be written: directory " + temp.resolve("missing")
                        + " does not exist — create it first",
                temp.resolve("report.txt") + ": unknown output format — use a path ending in .xlsx (workbook) or .json");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void theInputIsNeverAnOutput() throws IOException {
        Path sample = samples().findFirst().orElseThrow();
        Path input = temp.resolve("arch.json");
        Files.copy(sample, input);
        byte[] before = Files.readAllBytes(input);
        CliRun run = CliRun.of("assess", input.toString(), "-o", input.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err().strip()).isEqualTo(input + ": is the input file — srm never writes over its input; choose another output path");
        assertThat(Files.readAllBytes(input)).isEqualTo(before);
    }

    @Test
    void failOnSetsExitCodeFourButStillWrites() throws IOException {
        Path arch = temp.resolve("risky.yaml");
        Files.writeString(arch, """
                name: Risky
                components:
                  - id: db
                    service: rds
                    exposure: internet
                    data:
                      - name: cards
                        classification: restricted
                        categories: [payment]
                        encryption_at_rest: none
                        backup: false
                """);
        Path out = temp.resolve("risky.json");
        CliRun high = CliRun.of("assess", arch.toString(), "-o", out.toString(), "--fail-on", "high");
        assertThat(high.exitCode()).isEqualTo(ExitCodes.FINDINGS_THRESHOLD);
        assertThat(high.err()).contains("findings of severity high or higher exist");
        assertThat(out).isNotEmptyFile();

        CliRun badSeverity = CliRun.of("assess", arch.toString(), "-o", out.toString(), "--fail-on", "critical");
        assertThat(badSeverity.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(badSeverity.err()).contains("critical", "HIGH");
    }

    @Test
    void noFindingsMeansFailOnPasses() throws IOException {
        Path arch = temp.resolve("calm.yaml");
        Files.writeString(arch, """
                name: Calm
                organization: {security_training: true, incident_response_plan: true}
                components:
                  - id: site
                    service: s3
                    exposure: private
                """);
        CliRun run = CliRun.of("assess", arch.toString(), "-o", temp.resolve("calm.json").toString(), "--fail-on", "low");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void catalogsAreAlignedTables() {
        CliRun services = CliRun.of("catalog", "services");
        assertThat(services.exitCode()).isZero();
        String[] lines = services.out().split("\\R");
        assertThat(lines[0]).startsWith("ID").contains("NAME", "MODEL", "CATEGORY", "TENANCY", "DEFAULT ENCRYPTION");
        assertThat(lines.length).isGreaterThan(100);
        int nameColumn = lines[0].indexOf("NAME");
        assertThat(lines).filteredOn(l -> l.startsWith("ec2 ")).singleElement()
                .satisfies(l -> assertThat(l.substring(nameColumn)).startsWith("Amazon"));

        CliRun controls = CliRun.of("catalog", "controls");
        assertThat(controls.exitCode()).isZero();
        assertThat(controls.out()).contains("physical-security", "zone-security", "awareness-training", "organization");
        assertThat(controls.out().split("\\R").length).isGreaterThanOrEqualTo(31);
    }

    @Test
    void catalogFrameworksListsTheFedRampBaselinesAndFrameworkListsTheirRows() {
        CliRun frameworks = CliRun.of("catalog", "frameworks");
        assertThat(frameworks.exitCode()).isZero();
        assertThat(frameworks.out().split("\\R")).anySatisfy(l -> assertThat(l).startsWith("fedramp-moderate").contains("688"))
                .anySatisfy(l -> assertThat(l).startsWith("fedramp-high").contains("791"));
        CliRun high = CliRun.of("catalog", "framework", "fedramp-high");
        assertThat(high.exitCode()).isZero();
        String[] lines = high.out().split("\\R");
        assertThat(lines[0]).isEqualTo("FedRAMP High — 791 rows; fedramp2.1.0-oscal1.0.4, published 2024-09-24");
        assertThat(lines).filteredOn(l -> l.matches("[A-Z]{2}-\\d.*")).hasSize(791);
        CliRun unknown = CliRun.of("catalog", "framework", "fedramp-modrate");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err()).startsWith("srm: unknown framework 'fedramp-modrate' — did you mean 'fedramp-moderate'?");
    }
}
