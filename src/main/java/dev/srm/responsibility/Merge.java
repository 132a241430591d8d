package dev.srm.responsibility;

import dev.srm.model.Responsibility;
import dev.srm.model.Architecture;
import dev.srm.model.Component;
import dev.srm.model.Control;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the rules' conclusions into one assignment per applicable (control, component) pair, deterministically:
 * the responsibility asking most of the customer wins (customer over shared over inherited), its texts are kept, and
 * every contributing rule is listed, deciding rules first. A decision beats a "not applicable". A pair that no rule
 * decides or excludes is an error, never a silent default.
 */
public final class Merge {

    private static final int MAX_LISTED_GAPS = 25;
    private static final Comparator<Decision> STRONGEST_FIRST = Comparator
            .comparing(Decision::responsibility, Comparator.reverseOrder())
            .thenComparing(Decision::rule);

    private Merge() {}

    /** Assignments in catalog order of controls, then file order of components. */
    public static List<Assignment> assignments(Architecture architecture, List<Control> controls, Conclusions conclusions) {
        Map<String, List<Decision>> decisionsByPair = new HashMap<>();
        for (Decision decision : conclusions.decisions()) {
            decisionsByPair.computeIfAbsent(pair(decision.controlId(), decision.componentId()), k -> new ArrayList<>()).add(decision);
        }
        Set<String> excluded = new HashSet<>();
        for (Exclusion exclusion : conclusions.exclusions()) excluded.add(pair(exclusion.controlId(), exclusion.componentId()));

        List<Assignment> assignments = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        for (Control control : controls) {
            if (control.organizationScope()) {
                List<Decision> decisions = decisionsByPair.get(pair(control.id(), null));
                if (decisions == null) gaps.add("no rule decides organization-scope control '" + control.id() + "'");
                else assignments.add(merged(control, null, decisions));
                continue;
            }
            for (Component component : architecture.components()) {
                List<Decision> decisions = decisionsByPair.get(pair(control.id(), component.id()));
                if (decisions != null) assignments.add(merged(control, component, decisions));
                else if (!excluded.contains(pair(control.id(), component.id()))) {
                    gaps.add("no rule decides control '" + control.id() + "' for component '" + component.id() + "' (service "
                            + component.serviceId() + ", " + component.model().label() + ")");
                }
            }
        }
        if (!gaps.isEmpty()) throw new RuleFailureException(gapMessages(gaps));
        return assignments;
    }

    private static Assignment merged(Control control, Component component, List<Decision> decisions) {
        List<Decision> ordered = new ArrayList<>(decisions);
        ordered.sort(STRONGEST_FIRST);
        Responsibility winner = ordered.get(0).responsibility();
        List<Decision> deciding = ordered.stream().filter(d -> d.responsibility() == winner).toList();
        Set<String> rules = new LinkedHashSet<>();
        ordered.forEach(d -> rules.add(d.rule()));
        return new Assignment(control, component, winner,
                joined(deciding, Decision::aws), joined(deciding, Decision::customer), joined(deciding, Decision::rationale),
                new ArrayList<>(rules));
    }

    private static String joined(List<Decision> decisions, java.util.function.Function<Decision, String> text) {
        Set<String> distinct = new LinkedHashSet<>();
        for (Decision decision : decisions) {
            String value = text.apply(decision);
            if (!value.isEmpty()) distinct.add(value);
        }
        // One text (the usual case) is kept as it is, not copied: the rules' texts are shared between assignments.
        return distinct.size() == 1 ? distinct.iterator().next() : String.join("\n", distinct);
    }

    private static List<String> gapMessages(List<String> gaps) {
        List<String> messages = new ArrayList<>();
        for (int i = 0; i < gaps.size() && i < MAX_LISTED_GAPS; i++) {
            messages.add(gaps.get(i) + " — add a rule that decides it, or one that declares it not applicable");
        }
        if (gaps.size() > MAX_LISTED_GAPS) messages.add("... and " + (gaps.size() - MAX_LISTED_GAPS) + " more undecided pairs");
        return messages;
    }

    private static String pair(String controlId, String componentId) {
        return controlId + '\u0000' + (componentId == null ? "" : componentId);
    }

    /** Findings most severe first, then in file order of components, then by data item and id. */
    public static List<Finding> orderedFindings(Architecture architecture, List<Finding> findings) {
        Map<String, Integer> componentOrder = new HashMap<>();
        for (Component component : architecture.components()) componentOrder.put(component.id(), component.index());
        Comparator<Finding> order = Comparator
                .comparing(Finding::severity, Comparator.reverseOrder())
                .thenComparing(f -> f.componentId() == null ? -1 : componentOrder.getOrDefault(f.componentId(), Integer.MAX_VALUE))
                .thenComparing(f -> f.dataName() == null ? "" : f.dataName())
                .thenComparing(Finding::id)
                .thenComparing(f -> f.controlId() == null ? "" : f.controlId())
                .thenComparing(Finding::rule);
        return findings.stream().sorted(order).toList();
    }
}
