package dev.srm.report.workbook;

import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Finding;
import java.util.List;

/** One row per finding, in the assessment's order (most severe first). */
final class FindingsSheet {

    static final String NAME = "Findings";
    static final List<String> HEADERS = List.of("ID", "Severity", "Component", "Data", "Control ID", "Message", "Rule");

    private FindingsSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, Assessment assessment) {
        ContinuedTable table = new ContinuedTable(workbook, styles, NAME, "FindingsTable", HEADERS, sheet -> {
            sheet.widths(ColumnWidths.findingId(assessment), 11, ColumnWidths.component(assessment),
                    ColumnWidths.data(assessment), ColumnWidths.controlId(assessment), 70, ColumnWidths.findingRule(assessment));
            sheet.freeze(0, 1);
            return sheet.header(HEADERS);
        });
        for (Finding finding : assessment.findings()) {
            SheetBuilder sheet = table.row();
            sheet.text(0, finding.id(), styles.cell);
            sheet.text(1, finding.severity().label(), styles.of(finding.severity()));
            // A finding without a component is about the organisation, as in the Assignments sheet.
            sheet.text(2, finding.componentId() == null ? MatrixSheet.ORGANIZATION : finding.componentId(), styles.cell);
            sheet.text(3, finding.dataName(), styles.cell);
            sheet.text(4, finding.controlId(), styles.cell);
            sheet.text(5, finding.message(), styles.cell);
            sheet.text(6, finding.rule(), styles.cell);
        }
        if (assessment.findings().isEmpty()) {
            // Says so in words: an empty sheet could be mistaken for a failed export.
            SheetBuilder sheet = table.row();
            sheet.text(0, "No findings.", styles.cell);
            for (int column = 1; column < HEADERS.size(); column++) sheet.blank(column, styles.cell);
        }
        table.finish();
    }
}
