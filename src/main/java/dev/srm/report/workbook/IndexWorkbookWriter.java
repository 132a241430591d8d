package dev.srm.report.workbook;

import dev.srm.report.IndexEntry;
import dev.srm.report.RelativeLinks;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Hyperlink;

/** {@code index.xlsx} of a batch: one row per architecture, with its counts and a link to its workbook. */
public final class IndexWorkbookWriter {

    static final String NAME = "Index";
    static final List<String> HEADERS = List.of("Architecture", "File", "Workbook", "Components", "Inherited", "Shared",
            "Customer", "High", "Medium", "Low", "Status");

    public void write(List<IndexEntry> entries, OutputStream out) throws IOException {
        PoiTempFiles.install();
        StreamingWorkbook workbook = new StreamingWorkbook();
        try {
            Styles styles = new Styles(workbook);
            ContinuedTable table = new ContinuedTable(workbook, styles, NAME, "IndexTable", HEADERS, sheet -> {
                sheet.widths(30, 40, 45, 11, 10, 10, 10, 8, 8, 8, 50);
                sheet.freeze(1, 1);
                return sheet.header(HEADERS);
            });
            for (IndexEntry entry : entries) {
                SheetBuilder sheet = table.row();
                sheet.text(0, entry.architecture(), styles.cell);
                sheet.text(1, entry.file(), styles.cell);
                if (entry.workbook() != null) {
                    sheet.text(2, entry.workbook(), styles.cell);
                    Cell cell = sheet.cell(2);
                    Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.FILE);
                    link.setAddress(RelativeLinks.to(entry.workbook()));
                    cell.setHyperlink(link);
                } else {
                    sheet.blank(2, styles.cell);
                }
                int[] counts = {entry.components(), entry.inherited(), entry.shared(), entry.customer(), entry.high(),
                    entry.medium(), entry.low()};
                for (int i = 0; i < counts.length; i++) {
                    if (entry.ok()) sheet.number(3 + i, counts[i], styles.cell);
                    else sheet.blank(3 + i, styles.cell);
                }
                sheet.text(10, entry.ok() ? "OK" : entry.problem(), styles.cell);
            }
            if (entries.isEmpty()) table.row().text(0, "No architectures.", styles.cell);
            table.finish();
            workbook.write(new KeepOpen(out));
        } finally {
            workbook.close();
        }
    }
}
