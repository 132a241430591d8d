package dev.srm.report.workbook;

import java.util.List;

/**
 * A table that may outgrow one worksheet: when a sheet is full (1,048,576 rows), the table continues on a new sheet
 * named "{@code Name} (2)", "(3)"…, each with the same header, layout and its own Excel table, right after the first.
 * An estate of any size is written whole rather than failing at Excel's limit.
 */
final class ContinuedTable {

    /** Lays out a new sheet (widths, panes, printing) and writes the header row; returns the header row's index. */
    interface Layout {
        int apply(SheetBuilder sheet);
    }

    private final StreamingWorkbook workbook;
    private final Styles styles;
    private final String name;
    private final String tableName;
    private final List<String> headers;
    private final Layout layout;
    private SheetBuilder sheet;
    private int header;
    private int part;

    ContinuedTable(StreamingWorkbook workbook, Styles styles, String name, String tableName, List<String> headers, Layout layout) {
        this.workbook = workbook;
        this.styles = styles;
        this.name = name;
        this.tableName = tableName;
        this.headers = headers;
        this.layout = layout;
        open();
    }

    /** Starts the next data row, on a new sheet when this one is full; returns the sheet to write it on. */
    SheetBuilder row() {
        if (sheet.full()) {
            close();
            open();
        }
        sheet.row();
        return sheet;
    }

    /** Makes the last sheet's rows a table. */
    void finish() {
        close();
    }

    private void open() {
        part++;
        sheet = new SheetBuilder(workbook, part == 1 ? name : name + " (" + part + ")", styles, true,
                workbook.rowLimit());
        header = layout.apply(sheet);
    }

    private void close() {
        Tables.add(workbook, sheet.name(), part == 1 ? tableName : tableName + part, headers, header, sheet.current());
    }
}
