package dev.srm.cli;

import dev.srm.diagnostics.Shown;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Finding;
import dev.srm.responsibility.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code --fail-on} says when it stops a run: the findings that reached the threshold, worst first, one line
 * each ({@code   high  ID  COMPONENT/DATA  MESSAGE}, escaped), at most {@value #MAX}, then how many more.
 */
final class FindingLines {

    static final int MAX = 10;

    private FindingLines() {}

    /** {@code heading}, a colon, then the lines of every finding of {@code threshold} or worse. */
    static List<String> of(String heading, Assessment assessment, Severity threshold) {
        List<Finding> reached = assessment.findings().stream().filter(f -> f.severity().atLeast(threshold))
                .sorted(Comparator.comparing(Finding::severity).reversed()).toList();
        List<String> lines = new ArrayList<>();
        lines.add(Shown.oneLine(heading + ":"));
        for (Finding finding : reached.subList(0, Math.min(MAX, reached.size()))) {
            lines.add(Shown.oneLine("  " + finding.severity().yamlName() + "  " + finding.id() + "  " + where(finding) + "  "
                    + finding.message()));
        }
        if (reached.size() > MAX) lines.add("  … and " + (reached.size() - MAX) + " more");
        return lines;
    }

    private static String where(Finding finding) {
        if (finding.componentId() == null) return "organization";
        return finding.dataName() == null ? finding.componentId() : finding.componentId() + "/" + finding.dataName();
    }

    static String heading(Severity threshold) {
        return "findings of severity " + threshold.yamlName() + " or higher exist (--fail-on " + threshold.yamlName() + ")";
    }
}
