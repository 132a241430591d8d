package dev.srm.report.workbook;

import dev.srm.model.Component;
import dev.srm.model.Control;
import dev.srm.model.DataItem;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Finding;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Widths of columns that hold identifiers, from the longest value, within bounds: ids should not wrap in the middle of a
 * word, and short ids should not waste a page's width. Prose columns have fixed widths and wrap.
 */
final class ColumnWidths {

    private ColumnWidths() {}

    static int controlId(Assessment assessment) {
        return fit(assessment.controls().stream().map(Control::id), 10, 30);
    }

    static int family(Assessment assessment, int max) {
        return fit(assessment.controls().stream().map(control -> control.family().title()), 14, max);
    }

    /** Component ids, and "Organization", which stands in their column for organization-scope rows. */
    static int component(Assessment assessment) {
        return fit(Stream.concat(Stream.of(MatrixSheet.ORGANIZATION), components(assessment).map(Component::id)), 12, 28);
    }

    static int service(Assessment assessment) {
        return fit(components(assessment).map(Component::serviceId), 8, 20);
    }

    static int rules(Assessment assessment) {
        return fit(assessment.assignments().stream().flatMap(assignment -> assignment.rules().stream()), 16, 44);
    }

    static int findingId(Assessment assessment) {
        return fit(assessment.findings().stream().map(Finding::id), 12, 32);
    }

    static int findingRule(Assessment assessment) {
        return fit(assessment.findings().stream().map(Finding::rule), 16, 44);
    }

    static int data(Assessment assessment) {
        return fit(components(assessment).flatMap(component -> component.data().stream()).map(DataItem::name), 12, 28);
    }

    /** Longest value plus a little padding, within {@code min}..{@code max} characters. */
    static int fit(Stream<String> values, int min, int max) {
        int longest = values.filter(Objects::nonNull).mapToInt(String::length).max().orElse(0);
        return Math.max(min, Math.min(max, longest + 2));
    }

    private static Stream<Component> components(Assessment assessment) {
        return assessment.architecture().components().stream();
    }
}
