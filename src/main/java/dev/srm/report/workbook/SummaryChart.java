package dev.srm.report.workbook;

import dev.srm.model.Responsibility;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;

/**
 * The bar chart of assignments by responsibility on the Summary sheet. It is drawn on the underlying XSSF sheet
 * (SXSSF's drawing cannot create charts); its data refers to the Summary's count cells and carries the same numbers
 * as a cache, because the XSSF sheet never sees the streamed cells.
 */
final class SummaryChart {

    /** Where the chart sits: right of the summary block. */
    private static final int FIRST_COLUMN = 6;
    private static final int LAST_COLUMN = 14;
    private static final int FIRST_ROW = 3;
    private static final int LAST_ROW = 22;

    private SummaryChart() {}

    static void add(SXSSFWorkbook workbook, String sheetName, int firstCountRow, Map<Responsibility, Integer> counts) {
        XSSFSheet sheet = workbook.getXSSFWorkbook().getSheet(sheetName);
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, FIRST_COLUMN, FIRST_ROW, LAST_COLUMN, LAST_ROW);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText("Assignments by responsibility");
        chart.setTitleOverlay(false);

        Responsibility[] all = Responsibility.values();
        String[] labels = new String[all.length];
        Integer[] values = new Integer[all.length];
        for (int i = 0; i < all.length; i++) {
            labels[i] = all[i].label();
            values[i] = counts.get(all[i]);
        }
        int lastCountRow = firstCountRow + all.length - 1;
        XDDFCategoryDataSource categories = XDDFDataSourcesFactory.fromArray(labels,
                range(sheetName, firstCountRow, lastCountRow, 0));
        XDDFNumericalDataSource<Integer> numbers = XDDFDataSourcesFactory.fromArray(values,
                range(sheetName, firstCountRow, lastCountRow, 1));

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        // Whole numbers only: with small counts the automatic scale would step by 0.5.
        if (counts.values().stream().allMatch(count -> count <= 10)) valueAxis.setMajorUnit(1);
        valueAxis.setTitle("Assignments");

        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) data.addSeries(categories, numbers);
        series.setTitle("Assignments", null);
        chart.plot(data);
        // Each bar in its category's colour, as in the sheets.
        for (int i = 0; i < all.length; i++) {
            series.getDataPoint(i).setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(Palette.rgb(darker(all[i])))));
        }
        showCounts(series.getCTBarSer());
    }

    // XDDF has no data-label API; the count on each bar saves reading it off the axis.
    private static void showCounts(CTBarSer series) {
        CTDLbls labels = series.isSetDLbls() ? series.getDLbls() : series.addNewDLbls();
        labels.addNewShowVal().setVal(true);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /** Bars are larger than cells; the cell's text colour family, a shade lighter, reads better than the pale fill. */
    private static String darker(Responsibility responsibility) {
        return switch (responsibility) {
            case INHERITED -> "009E73";
            case SHARED -> "E69F00";
            case CUSTOMER -> "0072B2";
        };
    }

    private static String range(String sheetName, int firstRow, int lastRow, int column) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheetName, true);
    }
}
