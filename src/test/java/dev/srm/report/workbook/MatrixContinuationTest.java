package dev.srm.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A worksheet has 16,384 columns, so an estate of 20,000 components (within srm's component limit) cannot fit one Matrix
 * sheet: the Matrix continues on "Matrix (2)"… with the control columns repeated and Organization on the last. The limit
 * is lowered to two components per sheet so the sample of three shows it.
 */
class MatrixContinuationTest {

    @Test
    void componentsPastASheetsColumnsContinueOnFurtherMatrixSheets() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter(SheetBuilder.MAX_ROWS, 2).write(Samples.assessment(), out);

        try (XSSFWorkbook book = Workbooks.read(out.toByteArray())) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : book) names.add(sheet.getSheetName());
            assertThat(names).containsExactly("Summary", "Matrix", "Matrix (2)", "Assignments", "Findings", "Controls",
                    "Components", "About");

            XSSFSheet first = book.getSheet("Matrix");
            XSSFSheet second = book.getSheet("Matrix (2)");
            assertThat(Workbooks.row(first, 0)).containsExactly("Control ID", "Control", "Family", "web", "orders-db");
            assertThat(Workbooks.row(second, 0)).containsExactly("Control ID", "Control", "Family", "assets", "Organization");

            assertThat(Workbooks.row(first, 1)).containsExactly("PE-1", "Physical security of data centres",
                    "Physical and environmental protection", "Inherited", "Inherited");
            assertThat(Workbooks.row(second, 1).subList(0, 4)).containsExactly("PE-1", "Physical security of data centres",
                    "Physical and environmental protection", "Inherited");
            assertThat(Workbooks.text(second, 1, 4)).isEmpty();
            // DP-1 does not apply to web: blank on the first sheet, the other two components decided.
            assertThat(Workbooks.text(first, 2, 3)).isEmpty();
            assertThat(Workbooks.text(first, 2, 4)).isEqualTo("Shared");
            assertThat(Workbooks.text(second, 2, 3)).isEqualTo("Customer");
            // The organisation-scope control is in the last sheet's Organization column only.
            assertThat(Workbooks.row(first, 4)).containsExactly("IR-1", "Incident response plan", "Incident response", "", "");
            assertThat(Workbooks.text(second, 4, 4)).isEqualTo("Customer");
        }
    }

    @Test
    void aMatrixThatFitsOneSheetStaysOneSheet() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter(SheetBuilder.MAX_ROWS, 3).write(Samples.assessment(), out);
        try (XSSFWorkbook book = Workbooks.read(out.toByteArray())) {
            assertThat(book.getSheet("Matrix (2)")).isNull();
            assertThat(Workbooks.row(book.getSheet("Matrix"), 0)).containsExactly("Control ID", "Control", "Family", "web",
                    "orders-db", "assets", "Organization");
        }
    }
}
