package dev.srm.report.workbook;

import dev.srm.model.Component;
import dev.srm.model.Control;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.model.Responsibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The responsibility matrix itself: controls down, components across (in file order), the organisation last.
 * A blank cell means the control does not apply there. Each cell holds the word as well as the colour.
 */
final class MatrixSheet {

    private static final int COLUMN_BY_COLUMN_WIDTHS = 256;
    static final String NAME = "Matrix";
    /** Column of organization-scope controls, and the component name of their assignments elsewhere. */
    static final String ORGANIZATION = "Organization";
    static final List<String> LEADING_HEADERS = List.of("Control ID", "Control", "Family");

    /** Up to this many components the matrix prints one page wide on A4. */
    private static final int PRINT_FIT_COMPONENTS = 25;
    /** A worksheet's 16,384 columns less the control columns and Organization. */
    static final int MAX_COMPONENTS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxColumns() - LEADING_HEADERS.size() - 1;

    private MatrixSheet() {}

    /**
     * The matrix, on as many sheets as its components need: a worksheet has 16,384 columns, so past
     * {@code perSheet} components it continues on "Matrix (2)", "(3)"…, each with the control columns again; the
     * Organization column is on the last. Tests lower {@code perSheet} to see the continuation.
     */
    static void write(StreamingWorkbook workbook, Styles styles, Assessment assessment, int perSheet) {
        List<Component> components = assessment.architecture().components();
        int first = LEADING_HEADERS.size();
        int organization = first + components.size();
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < components.size(); i++) columnOf.put(components.get(i).id(), first + i);
        Map<String, Responsibility[]> byControl = cells(assessment, columnOf, organization);
        int parts = Math.max(1, (components.size() + perSheet - 1) / perSheet);
        for (int part = 1; part <= parts; part++) {
            int from = (part - 1) * perSheet;
            int to = Math.min(components.size(), from + perSheet);
            writePart(workbook, styles, assessment, part == 1 ? NAME : NAME + " (" + part + ")", components.subList(from, to),
                    from, part == parts, byControl);
        }
    }

    /** One sheet: the controls, then components {@code offset}… of {@code band}, and Organization when {@code last}. */
    private static void writePart(StreamingWorkbook workbook, Styles styles, Assessment assessment, String name,
            List<Component> band, int offset, boolean last, Map<String, Responsibility[]> byControl) {
        int first = LEADING_HEADERS.size();
        int total = assessment.architecture().components().size();
        SheetBuilder sheet = new SheetBuilder(workbook, name, styles, true);
        sheet.widths(ColumnWidths.controlId(assessment), 40, ColumnWidths.family(assessment, 40));
        List<String> headers = new ArrayList<>(LEADING_HEADERS);
        // POI scans every column definition each time it sets a width (quadratic): past a few hundred components all
        // component columns share one width, the sheet's default, instead of one definition each.
        boolean columnByColumn = band.size() <= COLUMN_BY_COLUMN_WIDTHS;
        int shared = 11;
        for (Component component : band) {
            headers.add(component.id());
            int width = Math.min(24, Math.max(11, component.id().length() + 2));
            if (columnByColumn) sheet.width(headers.size() - 1, width);
            shared = Math.max(shared, width);
        }
        if (!columnByColumn) sheet.sheet().setDefaultColumnWidth(shared);
        int lastColumn = first + band.size() - 1;
        if (last) {
            headers.add(ORGANIZATION);
            lastColumn++;
            sheet.width(lastColumn, 14);
        }
        sheet.freeze(2, 1);
        if (total > PRINT_FIT_COMPONENTS) {
            // Too wide to shrink onto one page legibly: print pages across, each starting with the control.
            sheet.printOn(PrintSetup.A3_PAPERSIZE, false);
            sheet.sheet().setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
        }
        sheet.header(headers);

        for (Control control : assessment.controls()) {
            Responsibility[] row = byControl.get(control.id());
            sheet.row();
            sheet.text(0, control.id(), styles.cell);
            sheet.text(1, control.title(), styles.cell);
            sheet.text(2, control.family().title(), styles.cell);
            for (int column = first; column <= lastColumn; column++) {
                // The row holds every component, then Organization (index total).
                int index = column - first < band.size() ? offset + column - first : total;
                Responsibility responsibility = row[index];
                if (responsibility == null) sheet.blank(column, styles.gridBlank);
                else sheet.text(column, responsibility.label(), styles.of(responsibility));
            }
        }
        legend(sheet, styles, last);
    }

    /**
     * Responsibility per control and matrix column (index 0 = first component column); null where not applicable. An
     * assignment the grid has no place for is an error, not a cell left out.
     */
    private static Map<String, Responsibility[]> cells(Assessment assessment, Map<String, Integer> columnOf, int organization) {
        int first = LEADING_HEADERS.size();
        Map<String, Responsibility[]> byControl = new HashMap<>();
        for (Control control : assessment.controls()) byControl.put(control.id(), new Responsibility[organization - first + 1]);
        for (Assignment assignment : assessment.assignments()) {
            Responsibility[] row = byControl.get(assignment.control().id());
            if (row == null) {
                throw new IllegalArgumentException("an assignment names control '" + assignment.control().id()
                        + "', which is not among the assessment's controls");
            }
            int column = assignment.organizationScope() ? organization : columnOf.getOrDefault(assignment.component().id(), -1);
            if (column < 0) {
                throw new IllegalArgumentException("assignment of control " + assignment.control().id()
                        + " names component '" + assignment.component().id() + "', which the architecture does not have");
            }
            row[column - first] = assignment.responsibility();
        }
        return byControl;
    }

    // Below the grid, so it is found in print and on screen without covering cells.
    private static void legend(SheetBuilder sheet, Styles styles, boolean last) {
        sheet.gap();
        sheet.row();
        sheet.text(0, "Legend", styles.section);
        for (Responsibility responsibility : Responsibility.values()) {
            sheet.row();
            sheet.text(0, responsibility.label(), styles.of(responsibility));
            sheet.text(1, SummarySheet.shortDefinition(responsibility), styles.value);
        }
        sheet.row();
        sheet.blank(0, styles.gridBlank);
        sheet.text(1, "(blank) The control does not apply to this component; organization-scope controls are decided once, "
                + (last ? "in the Organization column." : "in the Organization column of the last Matrix sheet."), styles.value);
    }
}
