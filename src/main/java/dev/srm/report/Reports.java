package dev.srm.report;

import dev.srm.report.workbook.WarmUp;
import dev.srm.report.workbook.WorkbookWriter;

/** The writer for each output format. */
public final class Reports {

    private Reports() {}

    /** Lets a format load its libraries on another core while the rules load (only the workbook needs it). */
    public static void warmUpInBackground(OutputFormat format) {
        if (format == OutputFormat.XLSX) WarmUp.startInBackground();
    }

    public static ReportWriter writerFor(OutputFormat format) {
        return switch (format) {
            case XLSX -> new WorkbookWriter();
            case JSON -> new JsonReportWriter();
        };
    }
}
