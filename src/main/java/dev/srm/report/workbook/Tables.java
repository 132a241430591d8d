package dev.srm.report.workbook;

import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableColumns;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/** Real Excel tables (filter buttons, structured references, banded rows) over ranges a sheet has already written. */
final class Tables {

    private static final String STYLE = "TableStyleMedium2";

    private Tables() {}

    /**
     * Makes rows {@code headerRow}..{@code lastRow} of {@code sheetName} a table named {@code tableName}.
     * The table goes on the underlying XSSF sheet (SXSSF has no tables); that sheet holds none of the streamed cells,
     * so POI cannot read the headers from them and the columns are named here — Excel repairs a table whose column
     * names differ from its header cells.
     */
    static void add(SXSSFWorkbook workbook, String sheetName, String tableName, List<String> headers, int headerRow,
            int lastRow) {
        if (lastRow <= headerRow) throw new IllegalArgumentException("table " + tableName + " needs a row below its header");
        XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(sheetName);
        AreaReference area = new AreaReference(new CellReference(headerRow, 0),
                new CellReference(lastRow, headers.size() - 1), SpreadsheetVersion.EXCEL2007);
        XSSFTable table = sheet.createTable(area);
        table.setName(tableName);
        table.setDisplayName(tableName);

        CTTable ct = table.getCTTable();
        CTTableColumns columns = ct.getTableColumns();
        for (int i = 0; i < headers.size(); i++) columns.getTableColumnArray(i).setName(headers.get(i));
        ct.addNewAutoFilter().setRef(ct.getRef());

        CTTableStyleInfo style = ct.addNewTableStyleInfo();
        style.setName(STYLE);
        style.setShowRowStripes(true);
        style.setShowColumnStripes(false);
        style.setShowFirstColumn(false);
        style.setShowLastColumn(false);
    }
}
