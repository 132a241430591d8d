package dev.srm.report.workbook;

import static dev.srm.report.workbook.Workbooks.find;
import static dev.srm.report.workbook.Workbooks.row;
import static dev.srm.report.workbook.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.responsibility.Assessment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFTableColumn;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reads the written workbook back with POI and checks real cell values against the sample assessment. */
class WorkbookWriterTest {

    private static XSSFWorkbook book;

    @BeforeAll
    static void write() {
        book = Workbooks.write(Samples.assessment());
    }

    @AfterAll
    static void close() throws IOException {
        book.close();
    }

    @Test
    void hasTheSheetsInContractOrder() {
        List<String> names = IntStream.range(0, book.getNumberOfSheets()).mapToObj(book::getSheetName).toList();
        assertThat(names).containsExactly("Summary", "Matrix", "Assignments", "Findings", "Controls", "Components", "About");
        assertThat(book.getActiveSheetIndex()).isZero();
    }

    @Test
    void headersAreExactlyTheContract() {
        assertThat(row(book.getSheet("Matrix"), 0)).containsExactly(
                "Control ID", "Control", "Family", "web", "orders-db", "assets", "Organization");
        assertThat(row(book.getSheet("Assignments"), 0)).containsExactly("Control ID", "Control", "Family", "Component",
                "Service", "Model", "Responsibility", "AWS responsibility", "Customer responsibility", "Rationale", "Rules",
                "NIST SP 800-53", "ISO 27001", "CSA CCM");
        assertThat(row(book.getSheet("Findings"), 0)).containsExactly(
                "ID", "Severity", "Component", "Data", "Control ID", "Message", "Rule");
        assertThat(row(book.getSheet("Controls"), 0)).containsExactly("Control ID", "Title", "Family", "Scope", "Description",
                "NIST SP 800-53", "ISO 27001", "CSA CCM");
        assertThat(row(book.getSheet("Components"), 0)).containsExactly("Component", "Service", "Service name", "Model",
                "Model source", "Category", "Tenancy", "Exposure", "Description", "Data", "Classification", "Categories",
                "Encryption at rest", "Encryption at rest source", "Encryption in transit", "Backup");
        Sheet about = book.getSheet("About");
        assertThat(row(about, find(about, "Rule file"))).containsExactly("Rule file", "Built in", "SHA-256");
    }

    @Test
    void matrixHasOneRowPerControlWithResponsibilitiesBlanksAndTheOrganizationColumn() {
        Sheet matrix = book.getSheet("Matrix");
        assertThat(row(matrix, 1)).containsExactly(
                "PE-1", "Physical security of data centres", "Physical and environmental protection",
                "Inherited", "Inherited", "Inherited", "");
        assertThat(row(matrix, 2)).containsExactly(
                "DP-1", "Encryption of data at rest", "Data protection", "", "Shared", "Customer", "");
        assertThat(row(matrix, 3)).containsExactly(
                "IAM-1", "Least-privilege access", "Identity and access management", "Customer", "Shared", "Customer", "");
        assertThat(row(matrix, 4)).containsExactly(
                "IR-1", "Incident response plan", "Incident response", "", "", "", "Customer");
        assertThat(text(matrix, 2, 3)).as("DP-1 does not apply to web").isEmpty();
        assertThat(matrix.getPaneInformation().isFreezePane()).isTrue();
        assertThat(matrix.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(matrix.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 2);
    }

    @Test
    void matrixCellsAreFilledPerResponsibilityAndTheLegendFollowsTheGrid() {
        Sheet matrix = book.getSheet("Matrix");
        String inherited = fill(matrix, 1, 3);
        String shared = fill(matrix, 2, 4);
        String customer = fill(matrix, 2, 5);
        assertThat(List.of(inherited, shared, customer)).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(fill(matrix, 3, 3)).isEqualTo(customer);
        int legend = find(matrix, "Legend");
        assertThat(legend).isGreaterThan(4);
        assertThat(text(matrix, legend + 1, 0)).isEqualTo("Inherited");
        assertThat(fill(matrix, legend + 1, 0)).isEqualTo(inherited);
        assertThat(text(matrix, legend + 2, 0)).isEqualTo("Shared");
        assertThat(text(matrix, legend + 3, 0)).isEqualTo("Customer");
    }

    @Test
    void assignmentsHaveOneRowPerAssignmentCellByCell() {
        Sheet sheet = book.getSheet("Assignments");
        assertThat(sheet.getLastRowNum()).isEqualTo(Samples.assessment().assignments().size());
        assertThat(row(sheet, 4)).containsExactly("DP-1", "Encryption of data at rest", "Data protection", "orders-db", "rds",
                "PaaS", "Shared", "AWS encrypts storage with the key the customer chooses.",
                "Manage the KMS key policy and rotation.", "Customer managed key on RDS.",
                "data-at-rest-cmk\ndata-at-rest-default", "SC-28", "A.8.24", "CEK-03");
        assertThat(row(sheet, 1)).containsExactly("PE-1", "Physical security of data centres",
                "Physical and environmental protection", "web", "ec2", "IaaS", "Inherited", "AWS secures the data centres.",
                "Nothing.", "Physical controls are AWS's.", "physical-inherited", "PE-2, PE-3", "A.7.1, A.7.2", "DCS-01");
    }

    @Test
    void anOrganizationScopeAssignmentNamesTheOrganizationAndNoService() {
        Sheet sheet = book.getSheet("Assignments");
        int last = sheet.getLastRowNum();
        assertThat(row(sheet, last)).containsExactly("IR-1", "Incident response plan", "Incident response", "Organization", "",
                "", "Customer", "AWS responds to incidents in its infrastructure.", "Keep and test an incident response plan.",
                Samples.FORMULA, "ir-plan\nir-undeclared", "IR-8", "A.5.24", "SEF-03");
    }

    @Test
    void assignmentsAndFindingsAreRealTablesWithFiltersAndFrozenHeaders() {
        assertTable("Assignments", "AssignmentsTable", "A1:N10", 14);
        assertTable("Findings", "FindingsTable", "A1:G4", 7);
        assertTable("Controls", "ControlsTable", "A1:H5", 8);
        assertTable("Components", "ComponentsTable", "A1:P5", 16);
        for (String name : List.of("Assignments", "Findings")) {
            Sheet sheet = book.getSheet(name);
            int textColumn = name.equals("Assignments") ? 9 : 5; // Rationale, Message
            assertThat(sheet.getPaneInformation().isFreezePane()).as(name).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as(name).isEqualTo((short) 1);
            assertThat(sheet.getColumnWidth(textColumn)).as("width of a text column in %s", name).isGreaterThanOrEqualTo(40 * 256);
            assertThat(sheet.getRow(1).getCell(textColumn).getCellStyle().getWrapText()).as(name).isTrue();
        }
    }

    @Test
    void findingsKeepTheirOrderAndSayOrganizationWhereNoComponent() {
        Sheet sheet = book.getSheet("Findings");
        assertThat(row(sheet, 1)).containsExactly("unencrypted-transit", "High", "orders-db", "orders", "DP-1",
                "Confidential data without encryption in transit.", "transit-check");
        assertThat(row(sheet, 2)).containsExactly("no-ir-plan", "Medium", "Organization", "", "IR-1",
                "+cmd|' /C calc'!A0 The file does not declare an incident response plan.", "ir-undeclared");
        assertThat(row(sheet, 3)).containsExactly("public-bucket", "Low", "assets", "", "", "Bucket is public.", "s3-public");
    }

    @Test
    void withoutFindingsTheSheetSaysSo() throws IOException {
        try (XSSFWorkbook empty = Workbooks.write(Samples.withoutFindings())) {
            Sheet sheet = empty.getSheet("Findings");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(text(sheet, 1, 0)).isEqualTo("No findings.");
            assertThat(((XSSFSheet) sheet).getTables().get(0).getArea().formatAsString()).isEqualTo("A1:G2");
        }
    }

    @Test
    void controlsListTheCatalogEntriesUsed() {
        Sheet sheet = book.getSheet("Controls");
        assertThat(row(sheet, 3)).containsExactly("IAM-1", "Least-privilege access", "Identity and access management",
                "component", "Access to resources is granted on least privilege and reviewed.", "AC-6, AC-2", "A.5.15",
                "IAM-05, IAM-09");
        assertThat(row(sheet, 4).subList(0, 4)).containsExactly("IR-1", "Incident response plan", "Incident response",
                "organization");
    }

    @Test
    void componentsHaveOneRowPerDataItemAndOneForAComponentWithout() {
        Sheet sheet = book.getSheet("Components");
        assertThat(sheet.getLastRowNum()).isEqualTo(4);
        assertThat(row(sheet, 1)).containsExactly("web", "ec2", "Amazon EC2", "IaaS", "catalog", "infrastructure",
                "single-tenant", "internet", "Public web servers", "", "", "", "", "", "", "");
        assertThat(row(sheet, 2)).containsExactly("orders-db", "rds", "Amazon RDS", "PaaS", "catalog", "container",
                "single-tenant", "private", "Order database", "orders", "confidential", "personal, payment",
                "customer-managed-key", "file", "Yes", "Yes");
        assertThat(row(sheet, 3)).containsExactly("orders-db", "rds", "Amazon RDS", "PaaS", "catalog", "container",
                "single-tenant", "private", "Order database", "audit-log", "internal", "", "aws-managed-key",
                "service default", "", "No");
        assertThat(row(sheet, 4)).containsExactly("assets", "s3", "Amazon S3", "SaaS", "file", "abstracted", "", "internet",
                "@SUM(1+1) static assets", "-2+3", "public", "", "aws-owned-key", "service default", "", "");
    }

    @Test
    void aboutNamesToolInputAndRuleFilesWithTheirHashes() {
        Sheet about = book.getSheet("About");
        assertThat(text(about, find(about, "Tool"), 1)).isEqualTo("srm");
        assertThat(text(about, find(about, "Version"), 1)).isEqualTo("0.1.0");
        assertThat(text(about, find(about, "Generated (UTC)"), 1)).isEqualTo("2025-03-14T09:26:53Z");
        assertThat(text(about, find(about, "Input file"), 1)).isEqualTo("shop.yaml");
        assertThat(text(about, find(about, "Input SHA-256"), 1)).isEqualTo(Samples.INPUT_SHA);
        int header = find(about, "Rule file");
        assertThat(row(about, header + 1)).containsExactly("rules/physical/physical.drl", "Yes", Samples.RULES_SHA);
        assertThat(row(about, header + 2)).containsExactly("custom/ir.drl", "No", Samples.CUSTOM_SHA);
        assertThat(text(about, find(about, "How to reproduce it") + 1, 0)).startsWith("Run: srm assess shop.yaml\n");
        assertThat(((XSSFSheet) about).getTables()).extracting(XSSFTable::getName).containsExactly("RuleFilesTable");
    }

    @Test
    void summaryCountsByResponsibilityFamilyAndSeverity() {
        Sheet summary = book.getSheet("Summary");
        assertThat(text(summary, find(summary, "Architecture"), 1)).isEqualTo("Web shop");
        assertThat(text(summary, find(summary, "Description"), 1)).isEqualTo("Online shop for the EU market");
        assertThat(text(summary, find(summary, "Owner"), 1)).isEqualTo("platform-team@example.com");
        assertThat(text(summary, find(summary, "Environment"), 1)).isEqualTo("production");
        assertThat(text(summary, find(summary, "Regions"), 1)).isEqualTo("eu-west-1, eu-central-1");
        assertThat(text(summary, find(summary, "File"), 1)).isEqualTo("shop.yaml");
        assertThat(text(summary, find(summary, "Generated (UTC)"), 1)).isEqualTo("2025-03-14T09:26:53Z");
        assertThat(text(summary, find(summary, "Tool version"), 1)).isEqualTo("srm 0.1.0");

        int responsibility = find(summary, "Responsibility");
        assertThat(row(summary, responsibility + 1)).containsExactly("Inherited", "3");
        assertThat(row(summary, responsibility + 2)).containsExactly("Shared", "2");
        assertThat(row(summary, responsibility + 3)).containsExactly("Customer", "4");
        assertThat(row(summary, responsibility + 4)).containsExactly("Total", "9");

        int family = find(summary, "Control family");
        assertThat(row(summary, family)).containsExactly("Control family", "Inherited", "Shared", "Customer", "Total");
        assertThat(row(summary, family + 1)).containsExactly("Physical and environmental protection", "3", "0", "0", "3");
        assertThat(row(summary, family + 2)).containsExactly("Data protection", "0", "1", "1", "2");
        assertThat(row(summary, family + 3)).containsExactly("Identity and access management", "0", "1", "2", "3");
        assertThat(row(summary, family + 4)).containsExactly("Incident response", "0", "0", "1", "1");

        int severity = find(summary, "Severity");
        assertThat(row(summary, severity + 1)).containsExactly("High", "1");
        assertThat(row(summary, severity + 2)).containsExactly("Medium", "1");
        assertThat(row(summary, severity + 3)).containsExactly("Low", "1");
    }

    @Test
    void summaryQuotesTheAwsDefinitionsWithTheirSource() {
        Sheet summary = book.getSheet("Summary");
        int category = find(summary, "Category");
        assertThat(text(summary, category + 1, 1)).isEqualTo(
                "Controls which a customer fully inherits from AWS, such as physical and environmental controls.");
        assertThat(text(summary, category + 2, 1)).isEqualTo("Controls which apply to both the infrastructure layer and "
                + "customer layers, but in completely separate contexts or perspectives: AWS provides the requirements for "
                + "the infrastructure and the customer provides its own control implementation within its use of AWS "
                + "services (patch management, configuration management, awareness and training).");
        assertThat(text(summary, category + 3, 1)).isEqualTo("Controls which are solely the responsibility of the customer "
                + "based on the application it deploys within AWS services (service and communications protection, zone "
                + "security).");
        assertThat(text(summary, category + 4, 1)).isEqualTo("https://aws.amazon.com/compliance/shared-responsibility-model/");
        assertThat(summary.getRow(category + 4).getCell(1).getHyperlink().getAddress())
                .isEqualTo("https://aws.amazon.com/compliance/shared-responsibility-model/");
    }

    @Test
    void summaryHasABarChartOfTheCountsByResponsibility() {
        XSSFSheet summary = book.getSheet("Summary");
        List<XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
        assertThat(charts).hasSize(1);
        XSSFChart chart = charts.get(0);
        assertThat(chart.getTitleText().getString()).isEqualTo("Assignments by responsibility");
        var series = chart.getChartSeries().get(0).getSeries(0);
        int first = find(summary, "Responsibility") + 1;
        assertThat(series.getCategoryData().getDataRangeReference()).isEqualTo("Summary!$A$" + (first + 1) + ":$A$" + (first + 3));
        assertThat(series.getValuesData().getDataRangeReference()).isEqualTo("Summary!$B$" + (first + 1) + ":$B$" + (first + 3));
        var values = series.getValuesData();
        assertThat(List.of(values.getPointAt(0), values.getPointAt(1), values.getPointAt(2))).containsExactly(3.0, 2.0, 4.0);
    }

    @Test
    void theGenerationTimeReadsToTheSecond() throws IOException {
        Assessment sample = Samples.assessment();
        Assessment precise = new Assessment(sample.architecture(), sample.controls(), sample.assignments(),
                sample.findings(), sample.ruleFiles(), sample.toolVersion(), Instant.parse("2025-03-14T09:26:53.802918275Z"));
        try (XSSFWorkbook written = Workbooks.write(precise)) {
            Sheet summary = written.getSheet("Summary");
            assertThat(text(summary, find(summary, "Generated (UTC)"), 1)).isEqualTo("2025-03-14T09:26:53Z");
        }
    }

    @Test
    void documentDatesComeFromTheAssessment() {
        var core = book.getProperties().getCoreProperties();
        assertThat(core.getCreated().toInstant()).isEqualTo(Samples.GENERATED);
        assertThat(core.getModified().toInstant()).isEqualTo(Samples.GENERATED);
        assertThat(core.getCreator()).isEqualTo("srm 0.1.0");
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        OutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new WorkbookWriter().write(Samples.assessment(), out);
        assertThat(closed[0]).isFalse();
    }

    private void assertTable(String sheetName, String tableName, String range, int columns) {
        XSSFSheet sheet = book.getSheet(sheetName);
        assertThat(sheet.getTables()).as(sheetName).hasSize(1);
        XSSFTable table = sheet.getTables().get(0);
        assertThat(table.getName()).isEqualTo(tableName);
        assertThat(table.getArea().formatAsString()).isEqualTo(range);
        assertThat(table.getColumns()).extracting(XSSFTableColumn::getName).containsExactlyElementsOf(row(sheet, 0));
        assertThat(table.getColumns()).hasSize(columns);
        assertThat(table.getCTTable().getAutoFilter().getRef()).isEqualTo(range);
    }

    private static String fill(Sheet sheet, int row, int column) {
        var colour = ((org.apache.poi.xssf.usermodel.XSSFCellStyle) sheet.getRow(row).getCell(column).getCellStyle())
                .getFillForegroundColorColor();
        return colour == null ? null : colour.getARGBHex();
    }
}
