package dev.srm.responsibility;

import dev.srm.model.Responsibility;
import dev.srm.model.Architecture;
import dev.srm.model.Control;
import java.time.Instant;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The result of assessing one architecture: every assignment and finding, the controls they refer to, and what an
 * auditor needs to tie the result to its sources (tool version, rule files with their hashes, generation time).
 */
public record Assessment(
        Architecture architecture,
        List<Control> controls,
        List<Assignment> assignments,
        List<Finding> findings,
        List<RuleFileInfo> ruleFiles,
        String toolVersion,
        Instant generatedAt) {

    public Assessment {
        controls = List.copyOf(controls);
        assignments = List.copyOf(assignments);
        findings = List.copyOf(findings);
        ruleFiles = List.copyOf(ruleFiles);
    }

    /**
     * When the knowledge srm used here was last checked against AWS's pages: the oldest and the newest month among the
     * assessed services' catalog entries and statements (equal when all were checked in one month); empty without
     * components.
     */
    public List<YearMonth> knowledgeChecked() {
        YearMonth oldest = null;
        YearMonth newest = null;
        for (var component : architecture.components()) {
            List<YearMonth> months = new java.util.ArrayList<>();
            months.add(component.service().checked());
            for (var statement : component.service().statements().values()) months.add(statement.checked());
            for (YearMonth month : months) {
                if (oldest == null || month.isBefore(oldest)) oldest = month;
                if (newest == null || month.isAfter(newest)) newest = month;
            }
        }
        return oldest == null ? List.of() : List.of(oldest, newest);
    }

    /** {@link #knowledgeChecked()} as people read it: "2026-12", or "2026-10 to 2026-12". */
    public String knowledgeCheckedText() {
        List<YearMonth> months = knowledgeChecked();
        if (months.isEmpty()) return "-";
        return months.get(0).equals(months.get(1)) ? months.get(0).toString() : months.get(0) + " to " + months.get(1);
    }

    /** Number of assignments of each responsibility (every responsibility present, zero or more). */
    public Map<Responsibility, Integer> countsByResponsibility() {
        Map<Responsibility, Integer> counts = new EnumMap<>(Responsibility.class);
        for (Responsibility r : Responsibility.values()) counts.put(r, 0);
        for (Assignment a : assignments) counts.merge(a.responsibility(), 1, Integer::sum);
        return counts;
    }

    /** Number of findings of each severity (every severity present, zero or more). */
    public Map<Severity, Integer> findingsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) counts.put(s, 0);
        for (Finding f : findings) counts.merge(f.severity(), 1, Integer::sum);
        return counts;
    }

    /** True when a finding of {@code threshold} or worse exists. */
    public boolean hasFindingAtLeast(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }
}
