package dev.srm.responsibility;

import dev.srm.model.Responsibility;
import dev.srm.model.Architecture;
import dev.srm.model.Control;
import java.time.Instant;
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
