package dev.srm.report.workbook;

import dev.srm.model.Responsibility;
import dev.srm.responsibility.Severity;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;

/**
 * Every cell style of the workbook, created once: a workbook holds at most 64,000 styles, and a style per cell would
 * also bloat the file. Sheets ask for a style by what the cell is, not how it looks.
 */
final class Styles {

    private final SXSSFWorkbook workbook;
    private final Map<Short, CellStyle> quoted = new HashMap<>();
    private final Map<Responsibility, CellStyle> responsibility = new EnumMap<>(Responsibility.class);
    private final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle section;
    final CellStyle header;
    /** Body text of a table: wrapped, top-aligned, bordered. */
    final CellStyle cell;
    /** A blank grid cell of the matrix: bordered, so the grid reads as one. */
    final CellStyle gridBlank;
    final CellStyle label;
    /** Free text beside a label, outside tables: wrapped, top-aligned. */
    final CellStyle value;
    final CellStyle number;
    final CellStyle totalLabel;
    final CellStyle totalNumber;
    final CellStyle note;
    final CellStyle link;

    Styles(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        // Every style names its font: a style that inherits the default font shows in LibreOffice in LibreOffice's own
        // default typeface (POI's workbook has no "Normal" cell style for it to inherit from).
        XSSFFont body = font(11, false, null);
        XSSFFont bold = font(11, true, null);
        title = style(font(16, true, Palette.HEADING_TEXT), false);
        subtitle = style(font(11, false, Palette.MUTED_TEXT), false);
        section = style(font(12, true, Palette.HEADING_TEXT), false);

        header = bordered(style(font(11, true, Palette.HEADER_TEXT), true));
        fill(header, Palette.HEADER_FILL);
        header.setVerticalAlignment(VerticalAlignment.CENTER);

        cell = bordered(style(body, true));
        gridBlank = bordered(style(body, false));

        label = bordered(style(bold, true));
        fill(label, Palette.LABEL_FILL);
        value = bordered(style(body, true));
        number = bordered(style(body, false));
        number.setAlignment(HorizontalAlignment.RIGHT);
        totalLabel = bordered(style(bold, false));
        fill(totalLabel, Palette.LABEL_FILL);
        totalNumber = bordered(style(bold, false));
        fill(totalNumber, Palette.LABEL_FILL);
        totalNumber.setAlignment(HorizontalAlignment.RIGHT);

        note = style(font(10, false, Palette.MUTED_TEXT), true);
        XSSFFont linkFont = font(11, false, Palette.LINK_TEXT);
        linkFont.setUnderline(FontUnderline.SINGLE);
        link = style(linkFont, false);

        for (Responsibility r : Responsibility.values()) {
            String[] colours = Palette.of(r);
            CellStyle style = bordered(style(font(11, r == Responsibility.CUSTOMER, colours[1]), false));
            fill(style, colours[0]);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            responsibility.put(r, style);
        }
        for (Severity s : Severity.values()) {
            String[] colours = Palette.of(s);
            CellStyle style = bordered(style(font(11, s == Severity.HIGH, colours[1]), false));
            fill(style, colours[0]);
            severity.put(s, style);
        }
    }

    CellStyle of(Responsibility r) {
        return responsibility.get(r);
    }

    CellStyle of(Severity s) {
        return severity.get(s);
    }

    /**
     * The same look with Excel's quote prefix: the text stays text even when someone edits the cell and presses Enter,
     * which would otherwise turn "=..." into a live formula.
     */
    CellStyle quoted(CellStyle base) {
        return quoted.computeIfAbsent(base.getIndex(), index -> {
            CellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(base);
            style.setQuotePrefixed(true);
            return style;
        });
    }

    private XSSFFont font(int points, boolean bold, String colour) {
        XSSFFont font = (XSSFFont) workbook.createFont();
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        if (colour != null) font.setColor(new XSSFColor(Palette.rgb(colour), null));
        return font;
    }

    private CellStyle style(XSSFFont font, boolean wrap) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(wrap);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }

    private static CellStyle bordered(CellStyle style) {
        XSSFCellStyle xssf = (XSSFCellStyle) style;
        XSSFColor colour = new XSSFColor(Palette.rgb(Palette.BORDER), null);
        xssf.setBorderTop(BorderStyle.THIN);
        xssf.setBorderBottom(BorderStyle.THIN);
        xssf.setBorderLeft(BorderStyle.THIN);
        xssf.setBorderRight(BorderStyle.THIN);
        xssf.setTopBorderColor(colour);
        xssf.setBottomBorderColor(colour);
        xssf.setLeftBorderColor(colour);
        xssf.setRightBorderColor(colour);
        return style;
    }

    private static void fill(CellStyle style, String colour) {
        ((XSSFCellStyle) style).setFillForegroundColor(new XSSFColor(Palette.rgb(colour), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }
}
