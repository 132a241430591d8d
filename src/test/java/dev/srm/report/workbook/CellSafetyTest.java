package dev.srm.report.workbook;

import static dev.srm.report.workbook.Workbooks.find;
import static dev.srm.report.workbook.Workbooks.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.responsibility.Assessment;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Whatever the input holds, the workbook is valid, every text is inert, and nothing is lost without a trace. */
class CellSafetyTest {

    private static final List<String> FORMULA_LIKE = List.of(
            "=HYPERLINK(\"x\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0");

    @Test
    void formulaLikeTextIsStoredAsTextAndStaysTextWhenEdited() throws IOException {
        for (String hostile : FORMULA_LIKE) {
            try (XSSFWorkbook book = Workbooks.write(Samples.withRationale(hostile))) {
                Sheet assignments = book.getSheet("Assignments");
                Cell cell = assignments.getRow(1).getCell(9);
                assertThat(cell.getCellType()).as(hostile).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(hostile);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix on %s", hostile).isTrue();
                assertThat(cell.getCellStyle().getWrapText()).isTrue();
            }
        }
    }

    @Test
    void noCellAnywhereIsAFormula() throws IOException {
        try (XSSFWorkbook book = Workbooks.write(Samples.assessment())) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            // User text from every sheet that carries it: a data name, a description, a finding message.
            assertThat(text(book.getSheet("Components"), 4, 9)).isEqualTo("-2+3");
            assertThat(text(book.getSheet("Components"), 4, 8)).isEqualTo("@SUM(1+1) static assets");
            assertThat(text(book.getSheet("Findings"), 2, 5)).startsWith("+cmd|' /C calc'!A0");
            assertThat(book.getSheet("Components").getRow(4).getCell(9).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(book.getSheet("Components").getRow(4).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void textLongerThanACellHoldsIsCutWithAMarkerInsteadOfFailing() throws IOException {
        String longText = "Rationale. ".repeat(4_000); // 44,000 characters
        try (XSSFWorkbook book = Workbooks.write(Samples.withRationale(longText))) {
            String stored = text(book.getSheet("Assignments"), 1, 9);
            assertThat(stored).hasSize(32_767).endsWith("… [truncated]");
            assertThat(longText).startsWith(stored.substring(0, 32_767 - "… [truncated]".length()));
        }
    }

    @Test
    void charactersXmlCannotCarryAndEscapeLookalikesSurvive() throws IOException {
        Assessment sample = Samples.withRationale("bell\u0007 and _x0041_ and \uD83D\uDE00");
        try (XSSFWorkbook book = Workbooks.write(sample)) {
            assertThat(text(book.getSheet("Assignments"), 1, 9)).isEqualTo("bell\uFFFD and _x0041_ and \uD83D\uDE00");
        }
    }

    @Test
    void theAboutSheetNamesTheInputEvenWhenItLooksLikeAFormula() throws IOException {
        try (XSSFWorkbook book = Workbooks.write(Samples.assessment())) {
            Sheet about = book.getSheet("About");
            assertThat(text(about, find(about, "Input file"), 1)).isEqualTo("shop.yaml");
        }
    }
}
