package dev.srm.engine;

import static dev.srm.testing.Facts.EC2;
import static dev.srm.testing.Facts.architecture;
import static dev.srm.testing.Facts.component;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.srm.catalog.CatalogLoader;
import dev.srm.catalog.ControlCatalog;
import dev.srm.responsibility.Conclusions;
import dev.srm.responsibility.Decision;
import dev.srm.model.Responsibility;
import dev.srm.responsibility.RuleFailureException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static final ControlCatalog CONTROLS = CatalogLoader.builtInControls();
    private static final String HEADER = """
            import dev.srm.model.*;
            import dev.srm.responsibility.*;
            global dev.srm.responsibility.Conclusions srm;
            """;

    private static RuleSource drl(String name, String pkg, String body) {
        return RuleSource.of(name, ("package " + pkg + ";\n" + HEADER + body).getBytes(StandardCharsets.UTF_8), false);
    }

    private static final String PATCH_RULE = """
            rule "%s"
            when
                $c : Component( serviceId == "ec2" )
            then
                srm.shared($c, "patch-management", "AWS patches hosts", "Customer patches the guest OS", "EC2 is IaaS");
            end
            """;

    @Test
    void aConclusionNamesTheRuleThatFired() {
        RuleEngine engine = RuleEngine.compile(List.of(drl("custom/a.drl", "custom.a", PATCH_RULE.formatted("custom/patch"))));
        Conclusions conclusions = engine.run(architecture(component("web", EC2, 0)), CONTROLS);

        assertThat(conclusions.decisions()).containsExactly(new Decision("patch-management", "web", Responsibility.SHARED,
                "AWS patches hosts", "Customer patches the guest OS", "EC2 is IaaS", "custom/patch"));
        assertThat(engine.rules()).extracting(RuleEngine.RuleInfo::name, RuleEngine.RuleInfo::file)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("custom/patch", "custom/a.drl"));
    }

    @Test
    void compileErrorsNameTheFileAndLine() {
        RuleSource broken = drl("custom/broken.drl", "custom.b", """
                rule "custom/broken"
                when
                    $c : Component( noSuchField == 1 )
                then
                end
                """);
        assertThatThrownBy(() -> RuleEngine.compile(List.of(broken)))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> {
                    assertThat(e.messages()).isNotEmpty();
                    assertThat(e.messages()).allSatisfy(m -> assertThat(m).startsWith("custom/broken.drl:"));
                    assertThat(e.messages().get(0)).startsWith("custom/broken.drl:7: ").contains("noSuchField");
                });
    }

    @Test
    void duplicateRuleNamesAcrossPackagesAreAnError() {
        RuleSource a = drl("custom/a.drl", "custom.a", PATCH_RULE.formatted("custom/same"));
        RuleSource b = drl("custom/b.drl", "custom.b", PATCH_RULE.formatted("custom/same"));
        assertThatThrownBy(() -> RuleEngine.compile(List.of(a, b)))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.messages()).containsExactly(
                        "custom/b.drl: duplicate rule name \"custom/same\" (also in custom/a.drl) — rule names must be unique across all rule files"));
    }

    @Test
    void noRulesAtAllIsAnError() {
        assertThatThrownBy(() -> RuleEngine.compile(List.of(drl("custom/empty.drl", "custom.e", ""))))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.messages()).containsExactly(
                        "the rule files define no rules — srm will not report an assessment that no rule made"));
    }

    @Test
    void aConclusionAboutAnUnknownControlIsAnError() {
        RuleEngine engine = RuleEngine.compile(List.of(drl("custom/u.drl", "custom.u", """
                rule "custom/unknown"
                when $c : Component() then
                    srm.customer($c, "no-such-control", "", "", "");
                end
                """)));
        assertThatThrownBy(() -> engine.run(architecture(component("web", EC2, 0)), CONTROLS))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.messages()).containsExactly(
                        "rule \"custom/unknown\" concludes for unknown control 'no-such-control' — use an id from `srm catalog controls` or add the control to a controls.yaml"));
    }

    @Test
    void aRuleThatThrowsIsNamedWithItsFact() {
        RuleEngine engine = RuleEngine.compile(List.of(drl("custom/t.drl", "custom.t", """
                rule "custom/throws"
                when $c : Component() then
                    throw new IllegalStateException("boom");
                end
                """)));
        assertThatThrownBy(() -> engine.run(architecture(component("web", EC2, 0)), CONTROLS))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.messages().get(0))
                        .startsWith("rule \"custom/throws\" failed on component 'web': ")
                        .contains("IllegalStateException: boom"));
    }

    @Test
    void aRuleSetThatNeverStopsIsStopped() {
        RuleEngine engine = RuleEngine.compile(List.of(drl("custom/loop.drl", "custom.loop", """
                declare Tick
                    n : int
                end
                rule "custom/start"
                when $c : Component() then
                    insert(new Tick(0));
                end
                rule "custom/loop"
                when $t : Tick( n >= 0 ) then
                    modify($t) { setN($t.getN() + 1) };
                end
                """)));
        assertThatThrownBy(() -> engine.run(architecture(component("web", EC2, 0)), CONTROLS))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.messages().get(0))
                        .startsWith("rules kept firing without end (stopped after ")
                        .contains("\"custom/loop\""));
    }
}
