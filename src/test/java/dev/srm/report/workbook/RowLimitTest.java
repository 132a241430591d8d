package dev.srm.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.responsibility.Assessment;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A table longer than a worksheet continues on further sheets. The limit is lowered to 4 rows (a header and three data
 * rows) so the test stays fast; the real limit is Excel's 1,048,576 rows ({@link SheetBuilder#MAX_ROWS}).
 */
class RowLimitTest {

    @Test
    void longTablesContinueOnFurtherSheetsWithTheirHeaderAndTable() throws Exception {
        Assessment assessment = Samples.assessment();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new WorkbookWriter(4).write(assessment, out);

        try (XSSFWorkbook book = Workbooks.read(out.toByteArray())) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : book) names.add(sheet.getSheetName());
            int parts = (assessment.assignments().size() + 2) / 3;
            assertThat(parts).as("the sample needs several parts").isGreaterThan(1);
            List<String> expectedStart = new ArrayList<>(List.of("Summary", "Matrix", "Assignments"));
            for (int part = 2; part <= parts; part++) expectedStart.add("Assignments (" + part + ")");
            assertThat(names.subList(0, expectedStart.size())).containsExactlyElementsOf(expectedStart);
            assertThat(names.get(names.size() - 1)).isEqualTo("About");

            List<String> controlIds = new ArrayList<>();
            for (int part = 1; part <= parts; part++) {
                XSSFSheet sheet = book.getSheet(part == 1 ? "Assignments" : "Assignments (" + part + ")");
                assertThat(Workbooks.row(sheet, 0)).startsWith("Control ID", "Control", "Family", "Component");
                assertThat(sheet.getLastRowNum()).isLessThanOrEqualTo(3);
                String tableName = part == 1 ? "AssignmentsTable" : "AssignmentsTable" + part;
                assertThat(sheet.getTables()).singleElement().satisfies(t -> assertThat(t.getName()).isEqualTo(tableName));
                for (int row = 1; row <= sheet.getLastRowNum(); row++) controlIds.add(Workbooks.text(sheet, row, 0));
            }
            assertThat(controlIds).containsExactlyElementsOf(
                    assessment.assignments().stream().map(a -> a.control().id()).toList());
        }
    }
}
