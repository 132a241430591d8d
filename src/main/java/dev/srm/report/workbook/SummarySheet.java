package dev.srm.report.workbook;

import dev.srm.model.Architecture;
import dev.srm.model.Control;
import dev.srm.model.Family;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.model.Responsibility;
import dev.srm.responsibility.Severity;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;

/** The first page an auditor sees: what was assessed, when, with what, and the result in numbers and a chart. */
final class SummarySheet {

    static final String NAME = "Summary";
    static final String SOURCE = "https://aws.amazon.com/compliance/shared-responsibility-model/";

    private static final Severity[] SEVERITIES = {Severity.HIGH, Severity.MEDIUM, Severity.LOW};

    private SummarySheet() {}

    /** AWS's own definition of each category (AWS Shared Responsibility Model page, "Controls" section). */
    static String definition(Responsibility responsibility) {
        return switch (responsibility) {
            case INHERITED -> "Controls which a customer fully inherits from AWS, such as physical and environmental controls.";
            case SHARED -> "Controls which apply to both the infrastructure layer and customer layers, but in completely "
                    + "separate contexts or perspectives: AWS provides the requirements for the infrastructure and the "
                    + "customer provides its own control implementation within its use of AWS services (patch management, "
                    + "configuration management, awareness and training).";
            case CUSTOMER -> "Controls which are solely the responsibility of the customer based on the application it "
                    + "deploys within AWS services (service and communications protection, zone security).";
        };
    }

    /** One line per category, for the matrix legend. */
    static String shortDefinition(Responsibility responsibility) {
        return switch (responsibility) {
            case INHERITED -> "AWS operates the control; the customer fully inherits it.";
            case SHARED -> "AWS operates its part for the infrastructure; the customer implements its own part.";
            case CUSTOMER -> "Solely the customer's responsibility.";
        };
    }

    static void write(StreamingWorkbook workbook, Styles styles, Assessment assessment) {
        SheetBuilder sheet = new SheetBuilder(workbook, NAME, styles, false);
        sheet.widths(44, 14, 14, 14, 14, 3);
        Architecture architecture = assessment.architecture();

        sheet.row();
        sheet.text(0, "Shared responsibility matrix", styles.title);
        sheet.row();
        sheet.text(0, "Assessed against the AWS Shared Responsibility Model by srm " + assessment.toolVersion(),
                styles.subtitle);
        sheet.gap();

        info(sheet, styles, "Architecture", architecture.name());
        if (!architecture.description().isBlank()) info(sheet, styles, "Description", architecture.description());
        if (!architecture.owner().isBlank()) info(sheet, styles, "Owner", architecture.owner());
        if (!architecture.environment().isBlank()) info(sheet, styles, "Environment", architecture.environment());
        if (!architecture.regions().isEmpty()) info(sheet, styles, "Regions", String.join(", ", architecture.regions()));
        info(sheet, styles, "File", architecture.source().displayName());
        info(sheet, styles, "Generated (UTC)", generated(assessment));
        info(sheet, styles, "Tool version", "srm " + assessment.toolVersion());
        sheet.gap();

        int firstCount = byResponsibility(sheet, styles, assessment);
        sheet.gap();
        byFamily(sheet, styles, assessment);
        sheet.gap();
        bySeverity(sheet, styles, assessment);
        sheet.gap();
        legend(sheet, styles, workbook);

        SummaryChart.add(workbook, NAME, firstCount, assessment.countsByResponsibility());
    }

    private static void info(SheetBuilder sheet, Styles styles, String label, String value) {
        sheet.row();
        sheet.text(0, label, styles.label);
        sheet.textAcross(1, 4, value, styles.value);
    }

    /** Returns the row of the first count, which the chart refers to. */
    private static int byResponsibility(SheetBuilder sheet, Styles styles, Assessment assessment) {
        sheet.row();
        sheet.text(0, "Assignments by responsibility", styles.section);
        sheet.row();
        sheet.text(0, "Responsibility", styles.header);
        sheet.text(1, "Assignments", styles.header);
        Map<Responsibility, Integer> counts = assessment.countsByResponsibility();
        int first = -1;
        for (Responsibility responsibility : Responsibility.values()) {
            int row = sheet.row();
            if (first < 0) first = row;
            sheet.text(0, responsibility.label(), styles.of(responsibility));
            sheet.number(1, counts.get(responsibility), styles.number);
        }
        sheet.row();
        sheet.text(0, "Total", styles.totalLabel);
        sheet.number(1, assessment.assignments().size(), styles.totalNumber);
        return first;
    }

    private static void byFamily(SheetBuilder sheet, Styles styles, Assessment assessment) {
        Map<String, Family> families = new LinkedHashMap<>();
        for (Control control : assessment.controls()) families.putIfAbsent(control.family().id(), control.family());
        Map<String, Map<Responsibility, Integer>> counts = new LinkedHashMap<>();
        for (String id : families.keySet()) counts.put(id, zeros());
        for (Assignment assignment : assessment.assignments()) {
            Family family = assignment.control().family();
            families.putIfAbsent(family.id(), family);
            counts.computeIfAbsent(family.id(), id -> zeros()).merge(assignment.responsibility(), 1, Integer::sum);
        }

        sheet.row();
        sheet.text(0, "Assignments by control family", styles.section);
        sheet.row();
        sheet.text(0, "Control family", styles.header);
        Responsibility[] all = Responsibility.values();
        for (int i = 0; i < all.length; i++) sheet.text(1 + i, all[i].label(), styles.header);
        sheet.text(1 + all.length, "Total", styles.header);
        for (Map.Entry<String, Family> family : families.entrySet()) {
            Map<Responsibility, Integer> row = counts.get(family.getKey());
            sheet.row();
            sheet.text(0, family.getValue().title(), styles.cell);
            int total = 0;
            for (int i = 0; i < all.length; i++) {
                sheet.number(1 + i, row.get(all[i]), styles.number);
                total += row.get(all[i]);
            }
            sheet.number(1 + all.length, total, styles.totalNumber);
        }
    }

    private static void bySeverity(SheetBuilder sheet, Styles styles, Assessment assessment) {
        sheet.row();
        sheet.text(0, "Findings by severity", styles.section);
        sheet.row();
        sheet.text(0, "Severity", styles.header);
        sheet.text(1, "Findings", styles.header);
        Map<Severity, Integer> counts = assessment.findingsBySeverity();
        for (Severity severity : SEVERITIES) {
            sheet.row();
            sheet.text(0, severity.label(), styles.of(severity));
            sheet.number(1, counts.get(severity), styles.number);
        }
        sheet.row();
        sheet.text(0, "Total", styles.totalLabel);
        sheet.number(1, assessment.findings().size(), styles.totalNumber);
    }

    private static void legend(SheetBuilder sheet, Styles styles, StreamingWorkbook workbook) {
        sheet.row();
        sheet.text(0, "Responsibility categories", styles.section);
        sheet.row();
        sheet.text(0, "Category", styles.header);
        sheet.textAcross(1, 4, "Definition (AWS)", styles.header);
        for (Responsibility responsibility : Responsibility.values()) {
            sheet.row();
            sheet.text(0, responsibility.label(), styles.of(responsibility));
            sheet.textAcross(1, 4, definition(responsibility), styles.value);
        }
        sheet.row();
        sheet.text(0, "Source: AWS Shared Responsibility Model", styles.note);
        sheet.text(1, SOURCE, styles.link);
        Hyperlink link = workbook.getCreationHelper().createHyperlink(HyperlinkType.URL);
        link.setAddress(SOURCE);
        sheet.cell(1).setHyperlink(link);
    }

    private static Map<Responsibility, Integer> zeros() {
        Map<Responsibility, Integer> counts = new EnumMap<>(Responsibility.class);
        for (Responsibility r : Responsibility.values()) counts.put(r, 0);
        return counts;
    }

    /** ISO 8601 in UTC, to the second: finer digits only make the line harder to read. */
    static String generated(Assessment assessment) {
        return DateTimeFormatter.ISO_INSTANT.format(assessment.generatedAt().truncatedTo(ChronoUnit.SECONDS));
    }
}
