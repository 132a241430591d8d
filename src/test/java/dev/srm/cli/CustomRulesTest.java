package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom rule folders, as a compliance engineer uses them: every never-silent case with its exact message. */
class CustomRulesTest {

    private static final Path SAMPLE_RULES = CliTest.PROJECT.resolve("samples/custom-rules");
    private static final Path WEBSHOP = CliTest.SAMPLES.resolve("three-tier-webshop.yaml");
    private static final String HEADER = "import dev.srm.model.*;\nimport dev.srm.responsibility.*;\n"
            + "global dev.srm.responsibility.Conclusions srm;\n";

    @TempDir
    Path temp;

    private Path rules(String fileName, String content) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules"));
        Path file = dir.resolve(fileName);
        Files.writeString(file, content);
        return dir;
    }

    private CliRun assess(Path rulesDir, Path output) {
        return CliRun.of("assess", WEBSHOP.toString(), "--rules", rulesDir.toString(), "-o", output.toString());
    }

    private void assertRuleFailure(CliRun run, Path output, String... expectedErr) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(run.errLines()).containsExactly(expectedErr);
        assertThat(output).as("no partial output").doesNotExist();
    }

    @Test
    void aMissingRulesFolder() {
        Path output = temp.resolve("out.json");
        Path missing = temp.resolve("no-such-folder");
        assertRuleFailure(assess(missing, output), output,
                missing + ": rules folder does not exist — check the --rules path");
    }

    @Test
    void aFolderWithoutRuleFiles() throws IOException {
        Path dir = rules("notes.txt", "nothing here");
        Path output = temp.resolve("out.json");
        assertRuleFailure(assess(dir, output), output,
                dir + ": holds no rule file (.drl, .xlsx or .csv) or services.yaml — check the --rules path");
    }

    @Test
    void aDuplicateOfABuiltInRuleName() throws IOException {
        Path dir = rules("dup.drl", "package acme.dup;\n" + HEADER + """
                rule "system-maintenance/stated-by-the-service"
                when $c : Component() then
                end
                """);
        Path output = temp.resolve("out.json");
        assertRuleFailure(assess(dir, output), output,
                dir.resolve("dup.drl") + ": duplicate rule name \"system-maintenance/stated-by-the-service\" (also in "
                        + "rules/system-maintenance/system-maintenance.drl) — rule names must be unique across all rule files");
    }

    @Test
    void aConclusionForAnUnknownControl() throws IOException {
        Path dir = rules("unknown.drl", "package acme.unknown;\n" + HEADER + """
                rule "acme/unknown-control"
                when $c : Component( serviceId == "ec2" ) then
                    srm.customer($c, "pci-segmentation", "", "", "");
                end
                """);
        Path output = temp.resolve("out.json");
        assertRuleFailure(assess(dir, output), output,
                "rule \"acme/unknown-control\" concludes for unknown control 'pci-segmentation' — use an id from "
                        + "`srm catalog controls` or add the control to a controls.yaml");
    }

    @Test
    void aCustomFileInTheReservedPackage() throws IOException {
        Path dir = rules("sneaky.drl", "package srm.rules.system_maintenance;\n" + HEADER + """
                rule "acme/sneaky"
                when $c : Component() then
                end
                """);
        Path output = temp.resolve("out.json");
        assertRuleFailure(assess(dir, output), output,
                dir.resolve("sneaky.drl") + ": package srm.rules.system_maintenance is reserved for srm's built-in rules — "
                        + "declare a package of your own (for example acme.rules.sneaky)");
    }

    @Test
    void aRuleThatThrowsNamesTheRuleAndTheFact() throws IOException {
        Path dir = rules("throws.drl", "package acme.throwing;\n" + HEADER + """
                rule "acme/throws"
                when $c : Component( serviceId == "rds" ) then
                    Object o = null;
                    o.toString();
                end
                """);
        Path output = temp.resolve("out.json");
        CliRun run = assess(dir, output);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("rule \"acme/throws\" failed on component 'orders-db': NullPointerException");
        assertThat(output).doesNotExist();
    }

    @Test
    void aRuleSetThatNeverStops() throws IOException {
        Path dir = rules("loop.drl", "package acme.loop;\n" + HEADER + """
                declare Counter
                    n : int
                end
                rule "acme/start"
                when Architecture() then
                    insert(new Counter(0));
                end
                rule "acme/count-forever"
                when $k : Counter( n >= 0 ) then
                    modify($k) { setN($k.getN() + 1) };
                end
                """);
        Path output = temp.resolve("out.json");
        CliRun run = assess(dir, output);
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("rules kept firing without end (stopped after ")
                .contains("\"acme/count-forever\"")
                .endsWith("— a rule probably modifies or inserts facts that re-trigger it");
        assertThat(output).doesNotExist();
    }

    @Test
    void aCompileErrorNamesFileAndLine() throws IOException {
        Path dir = rules("broken.drl", "package acme.broken;\n" + HEADER + """
                rule "acme/broken"
                when $c : Component( colour == "red" ) then
                end
                """);
        CliRun run = CliRun.of("rules", "check", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(run.errLines()).isNotEmpty().allSatisfy(line -> assertThat(line).startsWith(dir.resolve("broken.drl") + ":6: "));
        assertThat(run.err()).contains("colour");
    }

    @Test
    void aSpreadsheetThatIsNotADecisionTableIsAnErrorNotSkipped() throws IOException {
        Path dir = rules("budget.csv", "item,cost\nlaptops,1000\n");
        CliRun run = CliRun.of("rules", "check", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(run.errLines()).singleElement().asString().startsWith(dir.resolve("budget.csv") + ": ");
    }

    @Test
    void aCustomControlClashingWithABuiltInOne() throws IOException {
        Path dir = rules("controls.yaml", """
                controls:
                  - id: zone-security
                    title: Ours
                    family: communications-protection
                    scope: component
                    description: d
                    nist: [SC-7]
                    iso: [A.8.22]
                    ccm: [IVS-06]
                """);
        Files.writeString(dir.resolve("ok.drl"), "package acme.ok;\n" + HEADER + "rule \"acme/ok\" when Architecture() then end\n");
        CliRun run = CliRun.of("rules", "check", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(run.errLines()).containsExactly(dir.resolve("controls.yaml") + ":2:9: control 'zone-security' is already a "
                + "built-in control — choose another id (a custom control cannot replace a built-in one)");
    }

    @Test
    void rulesCheckListsCustomRulesWithTheirFiles() {
        CliRun run = CliRun.of("rules", "check", "--rules", SAMPLE_RULES.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("acme/eks-node-patching-customer +" + SAMPLE_RULES.resolve("eks-node-patching.drl") + " +acme")
                .containsPattern("acme/sqs-personal-data-encryption +" + SAMPLE_RULES.resolve("tables/messaging-encryption.xlsx"))
                .containsPattern("acme/health-data-internet-facing +" + SAMPLE_RULES.resolve("tables/internet-exposure.csv"))
                .containsPattern("\\d+ rules from 15 files \\(4 custom\\), 40 controls — all compiled");
    }

    @Test
    void anOverrideWinsAndBothRulesAreListed() throws IOException {
        Path arch = temp.resolve("eks.yaml");
        Files.writeString(arch, "name: K\ncomponents:\n  - id: k8s\n    service: eks\n");
        Path json = temp.resolve("eks.json");
        CliRun run = CliRun.of("assess", arch.toString(), "--rules", SAMPLE_RULES.toString(), "-o", json.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode patch = null;
        for (JsonNode a : new ObjectMapper().readTree(json.toFile()).path("assignments")) {
            if (a.path("control").asText().equals("patch-management")) patch = a;
        }
        assertThat(patch).isNotNull();
        assertThat(patch.path("responsibility").asText()).isEqualTo("customer");
        List<String> rules = new ArrayList<>();
        patch.path("rules").forEach(r -> rules.add(r.asText()));
        assertThat(rules).containsExactly("acme/eks-node-patching-customer", "system-maintenance/stated-by-the-service");
        JsonNode files = new ObjectMapper().readTree(json.toFile()).path("generated").path("rule_files");
        List<String> custom = new ArrayList<>();
        files.forEach(f -> {
            if (!f.path("built_in").asBoolean()) custom.add(f.path("name").asText() + " " + f.path("sha256").asText().length());
        });
        assertThat(custom).containsExactly(SAMPLE_RULES.resolve("eks-node-patching.drl") + " 64",
                SAMPLE_RULES.resolve("payment-keys.drl") + " 64", SAMPLE_RULES.resolve("tables/internet-exposure.csv") + " 64",
                SAMPLE_RULES.resolve("tables/messaging-encryption.xlsx") + " 64",
                SAMPLE_RULES.resolve("controls.yaml") + " 64"); // a rules folder's catalog files are audited too
    }

    @Test
    void theWorkbookShowsThatTheCustomRuleDecided() throws Exception {
        Path arch = temp.resolve("eks.yaml");
        Files.writeString(arch, "name: K\ncomponents:\n  - id: k8s\n    service: eks\n");
        Path xlsx = temp.resolve("eks.xlsx");
        CliRun run = CliRun.of("assess", arch.toString(), "--rules", SAMPLE_RULES.toString(), "-o", xlsx.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            var assignments = book.getSheet("Assignments");
            var header = assignments.getRow(0);
            int controlColumn = -1;
            int rulesColumn = -1;
            int responsibilityColumn = -1;
            for (int c = 0; c < header.getLastCellNum(); c++) {
                String title = header.getCell(c).getStringCellValue();
                if (title.equals("Control ID")) controlColumn = c;
                if (title.equals("Rules")) rulesColumn = c;
                if (title.equals("Responsibility")) responsibilityColumn = c;
            }
            String rules = null;
            String responsibility = null;
            for (int r = 1; r <= assignments.getLastRowNum(); r++) {
                var row = assignments.getRow(r);
                if (row != null && row.getCell(controlColumn).getStringCellValue().equals("patch-management")) {
                    rules = row.getCell(rulesColumn).getStringCellValue();
                    responsibility = row.getCell(responsibilityColumn).getStringCellValue();
                }
            }
            assertThat(responsibility).isEqualTo("Customer");
            assertThat(rules).isEqualTo("acme/eks-node-patching-customer\nsystem-maintenance/stated-by-the-service");

            StringBuilder about = new StringBuilder();
            for (var row : book.getSheet("About")) {
                for (var cell : row) about.append(cell.toString()).append(" | ");
                about.append("\n");
            }
            String drl = Files.readString(SAMPLE_RULES.resolve("eks-node-patching.drl"));
            String sha = dev.srm.yaml.Hashes.sha256(Files.readAllBytes(SAMPLE_RULES.resolve("eks-node-patching.drl")));
            assertThat(drl).isNotEmpty();
            assertThat(about.toString()).contains(SAMPLE_RULES.resolve("eks-node-patching.drl") + " | No | " + sha);
            assertThat(about.toString()).contains(SAMPLE_RULES.resolve("tables/messaging-encryption.xlsx").toString());
        }
    }

    @Test
    void theSampleFolderPassesItsOwnTests() {
        CliRun run = CliRun.of("rules", "test", "--rules", SAMPLE_RULES.toString());
        assertThat(run.exitCode()).as(run.out()).isZero();
        assertThat(run.out()).contains("PASS " + SAMPLE_RULES.resolve("tests/eks-node-patching"),
                "PASS " + SAMPLE_RULES.resolve("tests/payment-keys"), "PASS " + SAMPLE_RULES.resolve("tests/decision-tables"));
        assertThat(run.out().strip()).matches("(?s).*\\n\\d+ passed, 0 failed");
    }

    @Test
    void aFailingFixtureShowsTheDifferenceAndFails() throws IOException {
        Path copy = temp.resolve("my-rules");
        copyTree(SAMPLE_RULES, copy);
        Path expected = copy.resolve("tests/eks-node-patching/expected.yaml");
        Files.writeString(expected, Files.readString(expected).replace("responsibility: customer", "responsibility: shared"));
        CliRun run = CliRun.of("rules", "test", "--rules", copy.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(run.out()).contains("FAIL " + copy.resolve("tests/eks-node-patching") + "\n"
                + "  patch-management@clusters: expected shared, got customer (by acme/eks-node-patching-customer, "
                + "system-maintenance/stated-by-the-service)\n");
        assertThat(run.out().strip()).endsWith(" passed, 1 failed");
    }

    @Test
    void aRulesFolderWithoutFixturesIsAnError() throws IOException {
        Path dir = rules("ok.drl", "package acme.ok;\n" + HEADER + "rule \"acme/ok\" when Architecture() then end\n");
        CliRun run = CliRun.of("rules", "test", "--rules", dir.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(run.err()).contains(dir + ": holds no fixtures — add tests/<case>/architecture.yaml and expected.yaml");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
