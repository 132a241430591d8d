package dev.srm.report.workbook;

import dev.srm.report.IndexEntry;
import dev.srm.report.OutputFormat;
import dev.srm.report.RelativeLinks;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;

/**
 * {@code index.xlsx} of a batch: one row per architecture, with a link to each of its outputs and its counts. The same
 * entries, time and version give the same bytes, as for the workbooks.
 */
public final class IndexWorkbookWriter {

    static final String NAME = "Index";
    private static final List<String> COUNTS = List.of("Components", "Inherited", "Shared", "Customer", "High", "Medium", "Low");

    /** {@code formats}: the outputs of each entry, in order, each a column of links ("Workbook", "JSON"). */
    public void write(List<OutputFormat> formats, List<IndexEntry> entries, Instant generatedAt, String toolVersion,
            OutputStream out) throws IOException {
        PoiTempFiles.install();
        List<String> headers = new ArrayList<>(List.of("Architecture", "File"));
        for (OutputFormat format : formats) headers.add(format == OutputFormat.XLSX ? "Workbook" : "JSON");
        headers.addAll(COUNTS);
        headers.add("Status");
        DocumentProperties.inFixedLocale(() -> {
            StreamingWorkbook workbook = new StreamingWorkbook();
            try {
                Styles styles = new Styles(workbook);
                ContinuedTable table = new ContinuedTable(workbook, styles, NAME, "IndexTable", headers, sheet -> {
                    List<Integer> widths = new ArrayList<>(List.of(30, 40));
                    for (int i = 0; i < formats.size(); i++) widths.add(45);
                    widths.addAll(List.of(11, 10, 10, 10, 8, 8, 8, 50));
                    sheet.widths(widths.stream().mapToInt(Integer::intValue).toArray());
                    sheet.freeze(1, 1);
                    return sheet.header(headers);
                });
                for (IndexEntry entry : entries) row(table.row(), workbook, styles, entry, formats.size());
                if (entries.isEmpty()) table.row().text(0, "No architectures.", styles.cell);
                table.finish();
                DocumentProperties.set(workbook, generatedAt, toolVersion, "Index of " + entries.size() + " assessments");
                workbook.write(new KeepOpen(out));
            } finally {
                workbook.close();
            }
        });
    }

    private static void row(SheetBuilder sheet, StreamingWorkbook workbook, Styles styles, IndexEntry entry, int outputs) {
        sheet.text(0, entry.architecture(), styles.cell);
        sheet.text(1, entry.file(), styles.cell);
        for (int i = 0; i < outputs; i++) {
            if (i < entry.outputs().size()) {
                String name = entry.outputs().get(i);
                sheet.text(2 + i, name, styles.cell);
                Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                link.setAddress(RelativeLinks.to(name));
                sheet.cell(2 + i).setHyperlink(link);
            } else {
                sheet.blank(2 + i, styles.cell);
            }
        }
        int[] counts = {entry.components(), entry.inherited(), entry.shared(), entry.customer(), entry.high(), entry.medium(),
            entry.low()};
        for (int i = 0; i < counts.length; i++) {
            if (entry.ok()) sheet.number(2 + outputs + i, counts[i], styles.cell);
            else sheet.blank(2 + outputs + i, styles.cell);
        }
        sheet.text(2 + outputs + counts.length, entry.ok() ? "OK" : entry.problem(), styles.cell);
    }
}
