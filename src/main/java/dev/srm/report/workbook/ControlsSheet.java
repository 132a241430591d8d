package dev.srm.report.workbook;

import dev.srm.model.Control;
import dev.srm.responsibility.Assessment;
import java.util.List;

/** The catalog entries the assessment used, so the workbook explains every control id it mentions. */
final class ControlsSheet {

    static final String NAME = "Controls";
    static final List<String> HEADERS = List.of("Control ID", "Title", "Family", "Scope", "Description", "NIST SP 800-53",
            "ISO 27001", "CSA CCM");

    private ControlsSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, Assessment assessment) {
        SheetBuilder sheet = new SheetBuilder(workbook, NAME, styles, true);
        sheet.widths(ColumnWidths.controlId(assessment), 34, ColumnWidths.family(assessment, 40), 13, 70, 20, 16, 16);
        sheet.freeze(1, 1);
        int header = sheet.header(HEADERS);
        for (Control control : assessment.controls()) {
            sheet.row();
            sheet.text(0, control.id(), styles.cell);
            sheet.text(1, control.title(), styles.cell);
            sheet.text(2, control.family().title(), styles.cell);
            sheet.text(3, control.scope().yamlName(), styles.cell);
            sheet.text(4, control.description(), styles.cell);
            sheet.text(5, String.join(", ", control.nist()), styles.cell);
            sheet.text(6, String.join(", ", control.iso()), styles.cell);
            sheet.text(7, String.join(", ", control.ccm()), styles.cell);
        }
        if (assessment.controls().isEmpty()) {
            sheet.row();
            sheet.text(0, "No controls.", styles.cell);
        }
        Tables.add(workbook, NAME, "ControlsTable", HEADERS, header, sheet.current());
    }
}
