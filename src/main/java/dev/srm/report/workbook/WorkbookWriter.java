package dev.srm.report.workbook;

import dev.srm.report.ReportWriter;
import dev.srm.responsibility.Assessment;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Placeholder until the workbook writer lands (being written in parallel). */
public final class WorkbookWriter implements ReportWriter {
    @Override
    public void write(Assessment assessment, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            wb.createSheet("Summary");
            wb.write(out);
            wb.dispose();
        }
    }
}
