package dev.srm.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.srm.model.Control;
import dev.srm.model.YamlName;
import dev.srm.report.JsonReportWriter;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.model.Responsibility;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the workbook in a real spreadsheet program: LibreOffice converts every sheet to CSV, and the cells must say what
 * the JSON twin of the same assessment says. Fails when LibreOffice is missing (CI installs libreoffice-calc); set
 * SRM_SKIP_LIBREOFFICE=1 to skip it on a machine without it.
 */
class LibreOfficeRoundTripTest {

    private static final long TIMEOUT_SECONDS = 60;
    /** Export every sheet as UTF-8 CSV, comma-separated, text in double quotes, values as stored (not as shown). */
    private static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
    /** Rationales that look like formulas (the sample also has =HYPERLINK("x") on the organization-scope assignment). */
    private static final List<String> FORMULA_LIKE = List.of("+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1");

    @TempDir
    static Path dir;

    private static Assessment assessment;
    private static JsonNode json;
    private static Map<String, List<List<String>>> sheets;

    @BeforeAll
    static void convert() throws Exception {
        String soffice = findSoffice();
        assessment = withFormulaLikeRationales(Samples.assessment());
        Path book = dir.resolve("book.xlsx");
        try (OutputStream out = Files.newOutputStream(book)) {
            new WorkbookWriter().write(assessment, out);
        }
        Path jsonFile = dir.resolve("book.json");
        try (OutputStream out = Files.newOutputStream(jsonFile)) {
            new JsonReportWriter().write(assessment, out);
        }
        json = new ObjectMapper().readTree(jsonFile.toFile());

        Path out = Files.createDirectories(dir.resolve("csv"));
        Path profile = dir.resolve("lo-profile"); // own profile: no clash with a running LibreOffice or another test run
        Path log = dir.resolve("soffice.log");
        Process process = new ProcessBuilder(soffice, "--headless", "--norestore",
                "-env:UserInstallation=" + profile.toUri(), "--convert-to", CSV_FILTER, "--outdir", out.toString(),
                book.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("soffice did not finish within " + TIMEOUT_SECONDS + " s; its output:\n" + Files.readString(log));
        }
        assertThat(process.exitValue()).as("soffice exit code; output:\n%s", Files.readString(log)).isZero();

        sheets = new HashMap<>();
        for (String name : List.of("Summary", "Matrix", "Assignments", "Findings", "Controls", "Components", "About")) {
            Path csv = out.resolve("book-" + name + ".csv");
            assertThat(csv).as("LibreOffice's CSV of sheet %s; soffice said:\n%s", name, Files.readString(log)).exists();
            sheets.put(name, Csv.parse(Files.readString(csv, StandardCharsets.UTF_8)));
        }
    }

    @Test
    void everyAssignmentRowMatchesTheJson() {
        List<List<String>> rows = sheets.get("Assignments");
        JsonNode assignments = json.get("assignments");
        assertThat(rows.get(0)).containsExactly("Control ID", "Control", "Family", "Component", "Service", "Model",
                "Responsibility", "AWS responsibility", "Customer responsibility", "Rationale", "Rules", "NIST SP 800-53",
                "ISO 27001", "CSA CCM");
        assertThat(rows).hasSize(assignments.size() + 1);
        for (int i = 0; i < assignments.size(); i++) {
            JsonNode expected = assignments.get(i);
            List<String> row = rows.get(i + 1);
            String where = "Assignments row " + (i + 2);
            assertThat(Csv.cell(row, 0)).as(where).isEqualTo(expected.get("control").asText());
            assertThat(Csv.cell(row, 3)).as(where).isEqualTo(componentOf(expected));
            assertThat(Csv.cell(row, 4)).as(where).isEqualTo(textOf(expected.get("service")));
            assertThat(Csv.cell(row, 5)).as(where).isEqualTo(textOf(expected.get("model")));
            assertThat(Csv.cell(row, 6)).as(where).isEqualTo(labelOf(expected));
            assertThat(Csv.cell(row, 7)).as(where).isEqualTo(expected.get("aws").asText());
            assertThat(Csv.cell(row, 8)).as(where).isEqualTo(expected.get("customer").asText());
            assertThat(Csv.cell(row, 9)).as(where).isEqualTo(expected.get("rationale").asText());
            List<String> rules = new ArrayList<>();
            expected.get("rules").forEach(rule -> rules.add(rule.asText()));
            assertThat(Csv.cell(row, 10)).as(where).isEqualTo(String.join("\n", rules));
        }
    }

    @Test
    void theMatrixAgreesWithTheJson() {
        List<List<String>> rows = sheets.get("Matrix");
        List<String> header = rows.get(0);
        List<Control> controls = assessment.controls();
        Map<String, Integer> rowOf = new HashMap<>();
        for (int r = 1; r <= controls.size(); r++) rowOf.put(rows.get(r).get(0), r);
        assertThat(rowOf.keySet()).containsExactlyInAnyOrderElementsOf(controls.stream().map(Control::id).toList());
        assertThat(header.get(header.size() - 1)).isEqualTo("Organization");

        for (JsonNode expected : json.get("assignments")) {
            List<String> row = rows.get(rowOf.get(expected.get("control").asText()));
            int column = header.indexOf(componentOf(expected));
            assertThat(column).as("Matrix column for %s", componentOf(expected)).isGreaterThanOrEqualTo(3);
            assertThat(Csv.cell(row, column)).as("Matrix %s × %s", row.get(0), header.get(column)).isEqualTo(labelOf(expected));
        }
        long filled = 0;
        for (int r = 1; r <= controls.size(); r++) {
            for (int c = 3; c < header.size(); c++) if (!Csv.cell(rows.get(r), c).isEmpty()) filled++;
        }
        assertThat(filled).as("no cell without an assignment").isEqualTo(json.get("assignments").size());
        assertThat(Csv.cell(rows.get(rowOf.get("DP-1")), header.indexOf("web"))).isEmpty();
    }

    @Test
    void formulaLikeInputStaysLiteralText() {
        List<String> rationales = sheets.get("Assignments").stream().skip(1).map(row -> Csv.cell(row, 9)).toList();
        assertThat(rationales).contains("=HYPERLINK(\"x\")").containsAll(FORMULA_LIKE);
        assertThat(sheets.get("Findings").get(2).get(5)).startsWith("+cmd|' /C calc'!A0");
        List<String> lastComponent = sheets.get("Components").get(4);
        assertThat(lastComponent.subList(8, 10)).containsExactly("@SUM(1+1) static assets", "-2+3");
    }

    @Test
    void summaryAndAboutReadTheSameInLibreOffice() {
        List<List<String>> summary = sheets.get("Summary");
        int header = indexOf(summary, "Responsibility");
        Map<Responsibility, Integer> counts = assessment.countsByResponsibility();
        assertThat(summary.get(header + 1).subList(0, 2)).containsExactly("Inherited", counts.get(Responsibility.INHERITED) + "");
        assertThat(summary.get(header + 2).subList(0, 2)).containsExactly("Shared", counts.get(Responsibility.SHARED) + "");
        assertThat(summary.get(header + 3).subList(0, 2)).containsExactly("Customer", counts.get(Responsibility.CUSTOMER) + "");
        List<List<String>> about = sheets.get("About");
        assertThat(about.get(indexOf(about, "Input SHA-256")).get(1)).isEqualTo(json.at("/architecture/sha256").asText());
    }

    private static int indexOf(List<List<String>> rows, String first) {
        for (int i = 0; i < rows.size(); i++) if (!rows.get(i).isEmpty() && rows.get(i).get(0).equals(first)) return i;
        throw new AssertionError("no row starting with " + first);
    }

    private static String componentOf(JsonNode assignment) {
        return assignment.get("component").isNull() ? "Organization" : assignment.get("component").asText();
    }

    private static String textOf(JsonNode node) {
        return node.isNull() ? "" : node.asText();
    }

    private static String labelOf(JsonNode assignment) {
        return YamlName.parse(Responsibility.class, assignment.get("responsibility").asText()).label();
    }

    private static Assessment withFormulaLikeRationales(Assessment sample) {
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < sample.assignments().size(); i++) {
            Assignment a = sample.assignments().get(i);
            String rationale = i < FORMULA_LIKE.size() ? FORMULA_LIKE.get(i) : a.rationale();
            assignments.add(new Assignment(a.control(), a.component(), a.responsibility(), a.aws(), a.customer(), rationale,
                    a.rules()));
        }
        return new Assessment(sample.architecture(), sample.controls(), assignments, sample.findings(), sample.ruleFiles(),
                sample.toolVersion(), sample.generatedAt());
    }

    /** soffice from PATH; without it the test fails, unless SRM_SKIP_LIBREOFFICE=1 says to skip. */
    static String findSoffice() throws IOException {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path candidate = Path.of(directory, name);
                if (Files.isExecutable(candidate)) return candidate.toString();
            }
        }
        if ("1".equals(System.getenv("SRM_SKIP_LIBREOFFICE"))) {
            Assumptions.abort("LibreOffice not found and SRM_SKIP_LIBREOFFICE=1: skipping the LibreOffice round trip");
        }
        return fail("LibreOffice (soffice) is not on the PATH, and this test checks the workbook in it. Install it "
                + "(Debian/Ubuntu: apt-get install -y libreoffice-calc), or set SRM_SKIP_LIBREOFFICE=1 to skip this test.");
    }
}
