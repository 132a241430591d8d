package dev.srm.engine;

import dev.srm.model.Architecture;
import dev.srm.model.Component;
import dev.srm.responsibility.Conclusions;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.Match;

/**
 * Follows a session: which rule fires (so conclusions name it, and a failure names the rule whose consequence
 * failed), whether a consequence is running at all (outside one, a failure is in a condition), and which fact srm is
 * inserting (conditions on one fact are evaluated then).
 */
final class FiringTracker extends DefaultAgendaEventListener {

    private final Conclusions conclusions;
    private final ArrayDeque<String> recent = new ArrayDeque<>();
    private String lastRule;
    private boolean inConsequence;
    private List<Object> lastObjects = List.of();
    private Object inserting;

    FiringTracker(Conclusions conclusions) {
        this.conclusions = conclusions;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Match match = event.getMatch();
        lastRule = match.getRule().getName();
        inConsequence = true;
        conclusions.ruleFiring(lastRule);
        // Kept as is and described only when a rule fails: this runs for every firing (250k on a large estate).
        lastObjects = match.getObjects();
        if (!recent.contains(lastRule)) {
            if (recent.size() == 5) recent.removeFirst();
            recent.addLast(lastRule);
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        inConsequence = false;
    }

    /** srm is about to insert {@code fact} (null: all are inserted). */
    void inserting(Object fact) {
        inserting = fact;
    }

    /** The rule whose consequence is running, or null when none is (a failure then comes from a condition). */
    String ruleInConsequence() {
        return inConsequence ? lastRule : null;
    }

    String lastRule() {
        return lastRule;
    }

    Object insertingFact() {
        return inserting;
    }

    String lastFacts() {
        return describe(lastObjects);
    }

    String recentRules() {
        return String.join(", ", recent.stream().map(r -> "\"" + r + "\"").toList());
    }

    static String describe(List<Object> facts) {
        List<String> names = new ArrayList<>();
        for (Object fact : facts) {
            String name = describe(fact);
            if (name != null) names.add(name);
        }
        return names.isEmpty() ? "(no facts)" : String.join(", ", names);
    }

    static String describe(Object fact) {
        if (fact instanceof Component c) return "component '" + c.id() + "'";
        if (fact instanceof Architecture a) return "architecture '" + a.name() + "'";
        return fact == null ? null : fact.getClass().getSimpleName();
    }
}
