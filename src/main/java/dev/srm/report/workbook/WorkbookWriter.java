package dev.srm.report.workbook;

import dev.srm.report.ReportWriter;
import dev.srm.responsibility.Assessment;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an assessment as the Excel responsibility matrix: Summary, Matrix, Assignments, Findings, Controls, Components
 * and About, in that order (a contract: auditors' checklists and our tests name them).
 *
 * <p>Streams (see {@link StreamingWorkbook}), so that 100k assignments fit in a small heap. The same assessment always
 * gives the same bytes: zip entries carry a fixed time, and the document dates come from the assessment, not the clock.
 */
public final class WorkbookWriter implements ReportWriter {

    private final int rowLimit;
    private final int matrixComponentsPerSheet;

    public WorkbookWriter() {
        this(SheetBuilder.MAX_ROWS);
    }

    /** Sheets of at most {@code rowLimit} rows: tests use a small limit to see long tables continue on further sheets. */
    WorkbookWriter(int rowLimit) {
        this(rowLimit, MatrixSheet.MAX_COMPONENTS_PER_SHEET);
    }

    /** Also at most {@code matrixComponentsPerSheet} components per Matrix sheet (tests of the Matrix's continuation). */
    WorkbookWriter(int rowLimit, int matrixComponentsPerSheet) {
        this.rowLimit = rowLimit;
        this.matrixComponentsPerSheet = matrixComponentsPerSheet;
    }

    @Override
    public void write(Assessment assessment, OutputStream out) throws IOException {
        PoiTempFiles.install();
        DocumentProperties.inFixedLocale(() -> {
            StreamingWorkbook workbook = new StreamingWorkbook(rowLimit);
            try {
                Styles styles = new Styles(workbook);
                SummarySheet.write(workbook, styles, assessment);
                MatrixSheet.write(workbook, styles, assessment, matrixComponentsPerSheet);
                AssignmentsSheet.write(workbook, styles, assessment);
                FindingsSheet.write(workbook, styles, assessment);
                ControlsSheet.write(workbook, styles, assessment);
                ComponentsSheet.write(workbook, styles, assessment);
                AboutSheet.write(workbook, styles, assessment);
                DocumentProperties.set(workbook, assessment.generatedAt(), assessment.toolVersion(),
                        "Shared responsibility matrix: " + assessment.architecture().name());
                workbook.setActiveSheet(0);
                workbook.write(new KeepOpen(out));
            } finally {
                workbook.close(); // also deletes the temporary sheet files, whether or not writing succeeded
            }
        });
    }
}
