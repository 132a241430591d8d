package dev.srm.report.workbook;

import dev.srm.responsibility.Assessment;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes workbooks to bytes and reads them back as text, for assertions on real cell values. */
final class Workbooks {

    private Workbooks() {}

    static byte[] bytes(Assessment assessment) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new WorkbookWriter().write(assessment, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook read(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XSSFWorkbook write(Assessment assessment) {
        return read(bytes(assessment));
    }

    /** The text of a cell; "" for a missing or blank cell, a number without ".0". */
    static String text(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row);
        Cell cell = r == null ? null : r.getCell(column);
        if (cell == null || cell.getCellType() == CellType.BLANK) return "";
        if (cell.getCellType() == CellType.NUMERIC) {
            double value = cell.getNumericCellValue();
            return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        }
        if (cell.getCellType() != CellType.STRING) {
            throw new AssertionError("cell " + cell.getAddress() + " is " + cell.getCellType());
        }
        return cell.getStringCellValue();
    }

    /** A row's cells as text, up to its last cell. */
    static List<String> row(Sheet sheet, int row) {
        Row r = sheet.getRow(row);
        List<String> values = new ArrayList<>();
        if (r == null) return values;
        for (int column = 0; column < r.getLastCellNum(); column++) values.add(text(sheet, row, column));
        return values;
    }

    /** Index of the first row whose column A is {@code label}. */
    static int find(Sheet sheet, String label) {
        for (int row = 0; row <= sheet.getLastRowNum(); row++) {
            if (label.equals(text(sheet, row, 0))) return row;
        }
        throw new AssertionError("no row labelled '" + label + "' in sheet " + sheet.getSheetName());
    }
}
