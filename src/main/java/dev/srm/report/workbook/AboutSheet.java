package dev.srm.report.workbook;

import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.RuleFileInfo;
import java.util.List;

/** The audit trail: which tool, input and rule files (with their SHA-256) produced this workbook, and how to redo it. */
final class AboutSheet {

    static final String NAME = "About";
    static final List<String> RULE_FILE_HEADERS = List.of("Rule file", "Built in", "SHA-256");

    private AboutSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, Assessment assessment) {
        SheetBuilder sheet = new SheetBuilder(workbook, NAME, styles, false);
        // Rule files are paths: wide enough that they do not wrap, as far as a page allows.
        sheet.widths(ColumnWidths.fit(assessment.ruleFiles().stream().map(RuleFileInfo::name), 30, 70), 10, 68);
        String file = assessment.architecture().source().displayName();

        sheet.row();
        sheet.text(0, "About this workbook", styles.title);
        sheet.gap();
        info(sheet, styles, "Tool", "srm");
        info(sheet, styles, "Version", assessment.toolVersion());
        info(sheet, styles, "Generated (UTC)", SummarySheet.generated(assessment));
        info(sheet, styles, "Input file", file);
        info(sheet, styles, "Input SHA-256", assessment.architecture().source().sha256());
        info(sheet, styles, "Knowledge base checked", assessment.knowledgeCheckedText()
                + " (the month srm's facts about the services assessed here were checked against AWS's pages)");
        sheet.gap();

        sheet.row();
        sheet.text(0, "Rule files", styles.section);
        int header = sheet.header(RULE_FILE_HEADERS);
        for (RuleFileInfo rules : assessment.ruleFiles()) {
            sheet.row();
            sheet.text(0, rules.name(), styles.cell);
            sheet.text(1, rules.builtIn() ? "Yes" : "No", styles.cell);
            sheet.text(2, rules.sha256(), styles.cell);
        }
        if (assessment.ruleFiles().isEmpty()) {
            sheet.row();
            sheet.text(0, "No rule files.", styles.cell);
        }
        Tables.add(workbook, NAME, "RuleFilesTable", RULE_FILE_HEADERS, header, sheet.current());
        sheet.gap();

        paragraph(sheet, styles, "What this is", "This workbook is the responsibility matrix srm produced for the "
                + "architecture in " + file + ": for each security control, whether AWS (Inherited), AWS and the "
                + "customer (Shared) or the customer alone (Customer) is responsible, on each component and for the "
                + "organization, with the rules and rationale behind every assignment. Findings list what in the "
                + "architecture needs the customer's attention. The same assignments and findings can be written as JSON "
                + "for pipelines (srm assess " + file + " -o matrix.json).");
        paragraph(sheet, styles, "How to reproduce it", "Run: srm assess " + file + "\nwith srm " + assessment.toolVersion()
                + ", an input file with the SHA-256 above and the rule files listed above (each with its SHA-256). The "
                + "assignments and findings are then the same; only the generation time differs.");
    }

    private static void info(SheetBuilder sheet, Styles styles, String label, String value) {
        sheet.row();
        sheet.text(0, label, styles.label);
        sheet.textAcross(1, 2, value, styles.value);
    }

    private static void paragraph(SheetBuilder sheet, Styles styles, String heading, String text) {
        sheet.row();
        sheet.text(0, heading, styles.section);
        sheet.row();
        sheet.textAcross(0, 2, text, styles.note);
    }
}
