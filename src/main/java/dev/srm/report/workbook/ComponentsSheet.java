package dev.srm.report.workbook;

import dev.srm.model.Component;
import dev.srm.model.DataCategory;
import dev.srm.model.DataItem;
import dev.srm.model.Tenancy;
import dev.srm.responsibility.Assessment;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.PrintSetup;

/**
 * The architecture as srm understood it, one row per (component, data item), so a reader can check the input behind
 * every assignment — including which facts came from the file and which from the service catalog.
 */
final class ComponentsSheet {

    static final String NAME = "Components";
    static final List<String> HEADERS = List.of("Component", "Service", "Service name", "Model", "Model source", "Category",
            "Tenancy", "Exposure", "Description", "Data", "Classification", "Categories", "Encryption at rest",
            "Encryption at rest source", "Encryption in transit", "Backup");

    private ComponentsSheet() {}

    static void write(StreamingWorkbook workbook, Styles styles, Assessment assessment) {
        ContinuedTable table = new ContinuedTable(workbook, styles, NAME, "ComponentsTable", HEADERS, sheet -> {
            sheet.widths(ColumnWidths.component(assessment), ColumnWidths.service(assessment), 24, 8, 10, 15, 14, 10, 40,
                    ColumnWidths.data(assessment), 14, 20, 22, 15, 12, 9);
            sheet.freeze(1, 1);
            sheet.printOn(PrintSetup.A3_PAPERSIZE, true); // 16 columns: on A4 the text would print too small
            return sheet.header(HEADERS);
        });
        for (Component component : assessment.architecture().components()) {
            if (component.data().isEmpty()) {
                SheetBuilder sheet = table.row();
                writeComponent(sheet, styles, component);
                for (int column = 9; column < HEADERS.size(); column++) sheet.blank(column, styles.cell);
            }
            for (DataItem item : component.data()) {
                SheetBuilder sheet = table.row();
                writeComponent(sheet, styles, component);
                writeData(sheet, styles, item);
            }
        }
        table.finish();
    }

    private static void writeComponent(SheetBuilder sheet, Styles styles, Component component) {
        Tenancy tenancy = component.service().tenancy();
        sheet.text(0, component.id(), styles.cell);
        sheet.text(1, component.serviceId(), styles.cell);
        sheet.text(2, component.service().name(), styles.cell);
        sheet.text(3, component.model().label(), styles.cell);
        sheet.text(4, component.modelOverridden() ? "file" : "catalog", styles.cell);
        sheet.text(5, component.service().category().yamlName(), styles.cell);
        sheet.text(6, tenancy == null ? "" : tenancy.yamlName(), styles.cell);
        sheet.text(7, component.exposure().yamlName(), styles.cell);
        sheet.text(8, component.description(), styles.cell);
    }

    private static void writeData(SheetBuilder sheet, Styles styles, DataItem item) {
        sheet.text(9, item.name(), styles.cell);
        sheet.text(10, item.classification().yamlName(), styles.cell);
        sheet.text(11, item.categories().stream().map(DataCategory::yamlName).collect(Collectors.joining(", ")), styles.cell);
        sheet.text(12, item.encryptionAtRest().yamlName(), styles.cell);
        sheet.text(13, item.encryptionAtRestDeclared() ? "file" : "service default", styles.cell);
        sheet.text(14, yesNo(item.encryptionInTransit()), styles.cell);
        sheet.text(15, yesNo(item.backup()), styles.cell);
    }

    /** Blank when the file does not say, which is not the same as "No". */
    private static String yesNo(Boolean value) {
        return value == null ? "" : value ? "Yes" : "No";
    }
}
