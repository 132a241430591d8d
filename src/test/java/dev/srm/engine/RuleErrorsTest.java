package dev.srm.engine;

import static dev.srm.testing.Facts.EC2;
import static dev.srm.testing.Facts.architecture;
import static dev.srm.testing.Facts.component;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.srm.catalog.CatalogLoader;
import dev.srm.catalog.ControlCatalog;
import dev.srm.responsibility.RuleFailureException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Java Error that a rule can cause — a stack overflow, running out of memory, a missing class, a failed assert, a
 * failed static initializer — is a rule failure like an exception: one line naming the rule (or, in a condition, the
 * rule Drools names, else the function), never an Error escaping the engine.
 */
class RuleErrorsTest {

    private static final ControlCatalog CONTROLS = CatalogLoader.builtInControls();
    private static final String HEADER = "package acme.errors;\nimport dev.srm.model.*;\nimport dev.srm.responsibility.*;\n"
            + "global dev.srm.responsibility.Conclusions srm;\n";
    private static final String RECURSE = "function int down(int n) { return down(n + 1) + 1; }\n";

    private static RuleEngine engine(String body) {
        return RuleEngine.compile(List.of(RuleSource.of("my-rules/errors.drl", (HEADER + body).getBytes(StandardCharsets.UTF_8), false)));
    }

    private static void assertFails(RuleEngine engine, String message) {
        assertThatThrownBy(() -> engine.run(architecture(component("web", EC2, 0)), CONTROLS))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.messages()).containsExactly(message));
    }

    @Test
    void aStackOverflowInAConsequenceNamesTheRuleAndTheFunction() {
        assertFails(engine(RECURSE + "rule \"acme/recurse\" when $c : Component() then down(0); end\n"),
                "rule \"acme/recurse\" failed on component 'web': StackOverflowError in function acme.errors.down — it recursed "
                        + "without end (a function or method that calls itself); fix the recursion");
    }

    @Test
    void aStackOverflowInAConstraintNamesTheRuleDroolsNames() {
        assertFails(engine("function boolean deep(int n) { return deep(n + 1); }\n"
                        + "rule \"acme/deep-when\" when $c : Component( deep(0) ) then end\n"),
                "rule \"acme/deep-when\" failed in its conditions: StackOverflowError in function acme.errors.deep — it recursed "
                        + "without end (a function or method that calls itself); fix the recursion");
    }

    @Test
    void aStackOverflowInAnEvalNamesTheFunction() {
        // Drools' listener tells only which rule fires, not whose condition it evaluates: the function is what is known.
        assertFails(engine("function boolean deep(int n) { return deep(n + 1); }\n"
                        + "rule \"acme/deep-eval\" when $c : Component() eval(deep(0)) then end\n"),
                "a rule failed in its conditions: StackOverflowError in function acme.errors.deep — it recursed without end (a "
                        + "function or method that calls itself); fix the recursion");
    }

    @Test
    void runningOutOfMemoryIsARuleFailureAndTheEngineRunsOn() {
        RuleEngine engine = engine("rule \"acme/hog\" when $c : Component() then long[] a = new long[Integer.MAX_VALUE - 8]; end\n");
        assertThatThrownBy(() -> engine.run(architecture(component("web", EC2, 0)), CONTROLS))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.messages()).singleElement().asString()
                        .startsWith("rule \"acme/hog\" failed on component 'web': OutOfMemoryError: ")
                        .endsWith(" — it used up Java's memory (it probably builds a list or text without end); fix the rule"));
        // The session was disposed: the next run starts clean.
        assertThatThrownBy(() -> engine.run(architecture(component("db", EC2, 0)), CONTROLS))
                .isInstanceOf(RuleFailureException.class).hasMessageContaining("on component 'db'");
    }

    @Test
    void aMissingClassIsARuleFailure() {
        assertFails(engine("rule \"acme/linkage\" when $c : Component() then throw new NoClassDefFoundError(\"acme/Gone\"); end\n"),
                "rule \"acme/linkage\" failed on component 'web': NoClassDefFoundError: acme/Gone — a class the rule uses is missing "
                        + "or does not match; check the rule's imports");
    }

    @Test
    void aFailedStaticInitializerIsARuleFailure() {
        assertFails(engine("rule \"acme/init\" when $c : Component() then "
                        + "throw new ExceptionInInitializerError(new IllegalStateException(\"no config\")); end\n"),
                "rule \"acme/init\" failed on component 'web': ExceptionInInitializerError: IllegalStateException: no config — a static initializer the rule "
                        + "uses failed; fix it");
    }

    @Test
    void aFailedAssertionIsARuleFailure() {
        assertFails(engine("rule \"acme/assert\" when $c : Component() then throw new AssertionError(\"never\"); end\n"),
                "rule \"acme/assert\" failed on component 'web': AssertionError: never — an assertion in the rule failed; fix the "
                        + "rule's consequence or its conditions");
    }

    @Test
    void aRuleNestedTooDeeplyForTheParserIsARuleFailure() {
        String deep = "(".repeat(3000) + "true" + ")".repeat(3000);
        assertThatThrownBy(() -> engine("rule \"acme/deep\" when Component( " + deep + " ) then end\n"))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.messages()).containsExactly(
                        "the rules could not be compiled: StackOverflowError in Drools' parser — a rule nests too deeply "
                                + "(parentheses or expressions thousands deep); simplify it"));
    }
}
