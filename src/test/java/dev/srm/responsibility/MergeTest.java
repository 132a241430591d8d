package dev.srm.responsibility;

import dev.srm.model.Responsibility;
import static dev.srm.testing.Facts.EC2;
import static dev.srm.testing.Facts.S3;
import static dev.srm.testing.Facts.architecture;
import static dev.srm.testing.Facts.component;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.srm.model.Architecture;
import dev.srm.model.Control;
import dev.srm.model.ControlScope;
import dev.srm.model.Family;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MergeTest {

    private static final Family FAMILY = new Family("f", "Family");
    private static final Control PATCH = control("patch-management", ControlScope.COMPONENT);
    private static final Control TRAINING = control("awareness-training", ControlScope.ORGANIZATION);
    private static final Architecture ARCH = architecture(component("web", EC2, 0), component("files", S3, 1));

    private static Control control(String id, ControlScope scope) {
        return new Control(id, id, FAMILY, scope, "d", List.of("SI-2"), List.of("A.8.8"), List.of("TVM-01"));
    }

    private static Conclusions conclusions() {
        return new Conclusions(Map.of(PATCH.id(), PATCH, TRAINING.id(), TRAINING));
    }

    private static void decide(Conclusions c, String rule, String component, Responsibility r, String text) {
        c.ruleFiring(rule);
        if (component == null) c.organization(TRAINING.id(), r, "aws " + text, "customer " + text, "why " + text);
        else c.decide(dev.srm.testing.Facts.component(component, component.equals("web") ? EC2 : S3, 0), PATCH.id(), r,
                "aws " + text, "customer " + text, "why " + text);
    }

    @Test
    void theMostCustomerHeavyDecisionWinsAndEveryRuleIsKept() {
        Conclusions c = conclusions();
        decide(c, "b/inherited", "web", Responsibility.INHERITED, "i");
        decide(c, "a/customer", "web", Responsibility.CUSTOMER, "c");
        decide(c, "c/shared", "web", Responsibility.SHARED, "s");
        decide(c, "x/org", null, Responsibility.SHARED, "o");
        c.ruleFiring("y/na");
        c.notApplicable(component("files", S3, 1), PATCH.id(), "multi-tenant");

        List<Assignment> assignments = Merge.assignments(ARCH, List.of(PATCH, TRAINING), c);

        assertThat(assignments).hasSize(2);
        Assignment web = assignments.get(0);
        assertThat(web.component().id()).isEqualTo("web");
        assertThat(web.responsibility()).isEqualTo(Responsibility.CUSTOMER);
        assertThat(web.aws()).isEqualTo("aws c");
        assertThat(web.customer()).isEqualTo("customer c");
        assertThat(web.rationale()).isEqualTo("why c");
        assertThat(web.rules()).containsExactly("a/customer", "c/shared", "b/inherited");
        assertThat(assignments.get(1).organizationScope()).isTrue();
        assertThat(assignments.get(1).rules()).containsExactly("x/org");
    }

    @Test
    void equalDecisionsJoinTheirTextsInRuleOrder() {
        Conclusions c = conclusions();
        decide(c, "z/second", "web", Responsibility.SHARED, "two");
        decide(c, "a/first", "web", Responsibility.SHARED, "one");
        decide(c, "x/org", null, Responsibility.SHARED, "o");
        decide(c, "q/files", "files", Responsibility.INHERITED, "f");

        Assignment web = Merge.assignments(ARCH, List.of(PATCH, TRAINING), c).get(0);

        assertThat(web.aws()).isEqualTo("aws one\naws two");
        assertThat(web.rules()).containsExactly("a/first", "z/second");
    }

    @Test
    void aDecisionBeatsNotApplicable() {
        Conclusions c = conclusions();
        c.ruleFiring("y/na");
        c.notApplicable(component("web", EC2, 0), PATCH.id(), "no");
        decide(c, "a/yes", "web", Responsibility.SHARED, "s");
        decide(c, "a/files", "files", Responsibility.SHARED, "s");

        List<Assignment> assignments = Merge.assignments(ARCH, List.of(PATCH), c);

        assertThat(assignments).extracting(a -> a.component().id()).containsExactly("web", "files");
    }

    @Test
    void undecidedPairsAreAnErrorListingEachPair() {
        Conclusions c = conclusions();
        decide(c, "a/web", "web", Responsibility.SHARED, "s");

        assertThatThrownBy(() -> Merge.assignments(ARCH, List.of(PATCH, TRAINING), c))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.messages()).containsExactly(
                        "no rule decides control 'patch-management' for component 'files' (service s3, PaaS) — add a rule that decides it, or one that declares it not applicable",
                        "no rule decides organization-scope control 'awareness-training' — add a rule that decides it, or one that declares it not applicable"));
    }

    @Test
    void aComponentControlDecidedForTheOrganizationIsRecordedAsAnError() {
        Conclusions c = conclusions();
        c.ruleFiring("bad/scope");
        c.organization(PATCH.id(), Responsibility.SHARED, "", "", "");
        assertThat(c.errors()).containsExactly("rule \"bad/scope\" decides component-scope control 'patch-management' for the "
                + "organization — decide it per component");
        assertThat(c.decisions()).isEmpty();
    }
}
