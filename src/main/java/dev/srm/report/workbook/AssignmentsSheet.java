package dev.srm.report.workbook;

import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;

/** One row per assignment: who does what for each (control, component), why, and which rules said so. */
final class AssignmentsSheet {

    static final String NAME = "Assignments";
    static final List<String> HEADERS = List.of("Control ID", "Control", "Family", "Component", "Service", "Model",
            "Responsibility", "AWS responsibility", "Customer responsibility", "Rationale", "Rules", "NIST SP 800-53",
            "ISO 27001", "CSA CCM");

    private AssignmentsSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, Assessment assessment) {
        ContinuedTable table = new ContinuedTable(workbook, styles, NAME, "AssignmentsTable", HEADERS, sheet -> {
            sheet.widths(ColumnWidths.controlId(assessment), 30, ColumnWidths.family(assessment, 24),
                    ColumnWidths.component(assessment), ColumnWidths.service(assessment), 8, 15, 45, 45, 45,
                    ColumnWidths.rules(assessment), 18, 15, 15);
            sheet.freeze(1, 1);
            sheet.printOn(PrintSetup.A3_PAPERSIZE, true); // 14 columns: on A4 the text would print too small
            return sheet.header(HEADERS);
        });
        for (Assignment assignment : assessment.assignments()) {
            SheetBuilder sheet = table.row();
            sheet.text(0, assignment.control().id(), styles.cell);
            sheet.text(1, assignment.control().title(), styles.cell);
            sheet.text(2, assignment.control().family().title(), styles.cell);
            if (assignment.organizationScope()) {
                sheet.text(3, MatrixSheet.ORGANIZATION, styles.cell);
                sheet.blank(4, styles.cell);
                sheet.blank(5, styles.cell);
            } else {
                sheet.text(3, assignment.component().id(), styles.cell);
                sheet.text(4, assignment.component().serviceId(), styles.cell);
                sheet.text(5, assignment.component().model().label(), styles.cell);
            }
            sheet.text(6, assignment.responsibility().label(), styles.of(assignment.responsibility()));
            sheet.text(7, assignment.aws(), styles.cell);
            sheet.text(8, assignment.customer(), styles.cell);
            sheet.text(9, assignment.rationale(), styles.cell);
            sheet.text(10, String.join("\n", assignment.rules()), styles.cell);
            sheet.text(11, String.join(", ", assignment.control().nist()), styles.cell);
            sheet.text(12, String.join(", ", assignment.control().iso()), styles.cell);
            sheet.text(13, String.join(", ", assignment.control().ccm()), styles.cell);
        }
        if (assessment.assignments().isEmpty()) {
            // A table needs a data row, and an empty sheet would look like a failed export.
            table.row().text(0, "No assignments.", styles.cell);
        }
        table.finish();
    }
}
