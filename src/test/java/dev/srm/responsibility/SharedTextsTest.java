package dev.srm.responsibility;

import static dev.srm.testing.Facts.EC2;
import static dev.srm.testing.Facts.architecture;
import static dev.srm.testing.Facts.component;
import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.model.Architecture;
import dev.srm.model.Control;
import dev.srm.model.ControlScope;
import dev.srm.model.Family;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rules build their texts per component, so equal texts arrive as separate strings; kept once, 20,000 components fit
 * in a 512 MB heap (they needed more than 768 MB when every assignment held its own copies).
 */
class SharedTextsTest {

    private static final Control PATCH = new Control("patch-management", "Patch management",
            new Family("system-maintenance", "Configuration and Patch Management"), ControlScope.COMPONENT, "d",
            List.of("SI-2"), List.of("A.8.8"), List.of("TVM-01"));

    @Test
    void equalTextsOfDifferentComponentsAreOneStringFromDecisionToAssignment() {
        Architecture architecture = architecture(component("a", EC2, 0), component("b", EC2, 1));
        Conclusions conclusions = new Conclusions(Map.of(PATCH.id(), PATCH));
        for (var component : architecture.components()) {
            // new String: as a rule's "… " + $c.service().name() + " …" makes a new one each time it fires.
            conclusions.shared(component, PATCH.id(), new String("AWS patches the host"), new String(" You patch the guest "),
                    new String("why"));
        }
        List<Decision> decisions = conclusions.decisions();
        assertThat(decisions.get(1).aws()).isSameAs(decisions.get(0).aws());
        assertThat(decisions.get(1).customer()).isEqualTo("You patch the guest").isSameAs(decisions.get(0).customer());

        List<Assignment> assignments = Merge.assignments(architecture, List.of(PATCH), conclusions);
        assertThat(assignments).hasSize(2);
        assertThat(assignments.get(0).aws()).isSameAs(decisions.get(0).aws());
        assertThat(assignments.get(1).rationale()).isSameAs(assignments.get(0).rationale());
    }
}
