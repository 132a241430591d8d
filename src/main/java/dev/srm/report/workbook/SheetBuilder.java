package dev.srm.report.workbook;

import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes one sheet top to bottom, as SXSSF requires: rows only move forward and leave memory once out of the window.
 * Every text goes through {@link CellText} and is written as a string cell, so no input can become a formula.
 */
final class SheetBuilder {

    /** The most rows a worksheet holds (1,048,576). */
    static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();
    /** Points per line of 11-point Calibri, for the row heights we estimate (see {@link StreamingWorkbook}). */
    private static final float POINTS_PER_LINE = 15f;

    private final SXSSFSheet sheet;
    private final Styles styles;
    private final int rowLimit;
    private final Map<CellStyle, Boolean> wrapping = new IdentityHashMap<>();
    private int[] widths = new int[0];
    private Row row;
    private int rowLines;
    private int next;

    /**
     * A new sheet. {@code fitRows}: whether Excel may fit row heights itself (see {@link StreamingWorkbook}); false for
     * sheets with merged cells, whose heights only this class can set.
     */
    SheetBuilder(StreamingWorkbook workbook, String name, Styles styles, boolean fitRows) {
        this(workbook, name, styles, fitRows, MAX_ROWS);
    }

    /** A new sheet of at most {@code rowLimit} rows (see {@link ContinuedTable}). */
    SheetBuilder(StreamingWorkbook workbook, String name, Styles styles, boolean fitRows, int rowLimit) {
        this.sheet = workbook.createSheet(name, fitRows);
        this.rowLimit = rowLimit;
        this.styles = styles;
        printOn(PrintSetup.A4_PAPERSIZE, true);
    }

    SXSSFSheet sheet() {
        return sheet;
    }

    String name() {
        return sheet.getSheetName();
    }

    /** Starts the next row and returns its index (0-based). */
    int row() {
        if (next >= rowLimit) {
            throw new IllegalStateException("sheet '" + name() + "' would need more than " + rowLimit
                    + " rows, the most a worksheet holds");
        }
        row = sheet.createRow(next);
        rowLines = 1;
        return next++;
    }

    /** True when the sheet holds as many rows as a worksheet can. */
    boolean full() {
        return next >= rowLimit;
    }

    /** Leaves a blank row. */
    void gap() {
        next++;
    }

    /** Index of the row being written. */
    int current() {
        return next - 1;
    }

    void text(int column, String value, CellStyle style) {
        String text = CellText.of(value);
        Cell cell = row.createCell(column);
        cell.setCellValue(text);
        cell.setCellStyle(CellText.looksLikeFormula(text) ? styles.quoted(style) : style);
        if (column < widths.length && wraps(style)) fit(lines(text, widths[column]));
    }

    void number(int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    void blank(int column, CellStyle style) {
        row.createCell(column).setCellStyle(style);
    }

    Cell cell(int column) {
        return row.getCell(column);
    }

    /** A header row in the header style; returns its index. */
    int header(List<String> headers) {
        int index = row();
        for (int column = 0; column < headers.size(); column++) text(column, headers.get(column), styles.header);
        return index;
    }

    /** Column widths in characters of the default font; set explicitly because autoSizeColumn is slow and needs fonts. */
    void widths(int... characters) {
        for (int column = 0; column < characters.length; column++) width(column, characters[column]);
    }

    void width(int column, int characters) {
        sheet.setColumnWidth(column, characters * 256);
        if (column >= widths.length) widths = Arrays.copyOf(widths, column + 1);
        widths[column] = characters;
    }

    /** Keeps the first {@code columns} columns and {@code rows} rows in view, and prints the header rows on every page. */
    void freeze(int columns, int rows) {
        sheet.createFreezePane(columns, rows);
        if (rows > 0) sheet.setRepeatingRows(new CellRangeAddress(0, rows - 1, -1, -1));
    }

    /**
     * Writes text across the current row's cells {@code first}..{@code last} (merged) and sets the row's height for it:
     * spreadsheets do not fit the height of merged cells by themselves, so long text would be cut off.
     */
    void textAcross(int first, int last, String value, CellStyle style) {
        String text = CellText.of(value);
        Cell cell = row.createCell(first);
        cell.setCellValue(text);
        cell.setCellStyle(CellText.looksLikeFormula(text) ? styles.quoted(style) : style);
        for (int column = first + 1; column <= last; column++) blank(column, style);
        sheet.addMergedRegion(new CellRangeAddress(current(), current(), first, last));
        int width = 0;
        for (int column = first; column <= last && column < widths.length; column++) width += widths[column];
        fit(lines(text, width));
    }

    // Asking POI is an XML lookup; this runs for every cell.
    private boolean wraps(CellStyle style) {
        return wrapping.computeIfAbsent(style, CellStyle::getWrapText);
    }

    /** Makes the current row tall enough for {@code lines} lines (rows only grow). */
    private void fit(int lines) {
        if (lines > rowLines) {
            rowLines = lines;
            row.setHeightInPoints(lines * POINTS_PER_LINE);
        }
    }

    /**
     * Lines a text needs when wrapped in a column {@code width} characters wide. A width counts digits of the default
     * font; prose letters are narrower (measured: about 1.3 per digit in Calibri/Carlito), less what words that wrap early
     * waste. Errs on the tall side: too tall wastes a little space, too short hides text in LibreOffice.
     */
    static int lines(String text, int width) {
        int usable = Math.max(1, width * 23 / 20 - 2);
        int lines = 0;
        int start = 0;
        while (true) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            lines += Math.max(1, (length + usable - 1) / usable);
            if (end < 0) return lines;
            start = end + 1;
        }
    }

    /**
     * Landscape on {@code paper}, one page wide when {@code fitWidth} (else as many pages across as it takes, for very wide
     * sheets that would shrink to unreadable): auditors print these. The footer names sheet and page.
     */
    void printOn(short paper, boolean fitWidth) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(paper);
        print.setFitWidth((short) (fitWidth ? 1 : 0));
        print.setFitHeight((short) 0);
        sheet.setFitToPage(fitWidth);
        sheet.setAutobreaks(true);
        sheet.getFooter().setLeft("&A");
        sheet.getFooter().setRight("Page &P of &N");
    }
}
