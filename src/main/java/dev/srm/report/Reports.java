package dev.srm.report;

import dev.srm.report.workbook.WorkbookWriter;

/** The writer for each output format. */
public final class Reports {

    private Reports() {}

    public static ReportWriter writerFor(OutputFormat format) {
        return switch (format) {
            case XLSX -> new WorkbookWriter();
            case JSON -> new JsonReportWriter();
        };
    }
}
