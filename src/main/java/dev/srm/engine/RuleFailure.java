package dev.srm.engine;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one-line message for a rule that failed at run time: which rule (for a consequence, the rule that fired; for a
 * condition, the rule Drools names in its error if it does, else the DRL function the failure happened in), on which
 * facts, what went wrong, and what to do about it.
 */
final class RuleFailure {

    /** How Drools names the rule of a failed constraint: {@code [Rule "x" in file.drl]} or {@code rule: x}. */
    private static final Pattern DROOLS_RULE = Pattern.compile("\\[Rule \"([^\"]+)\"|Rule name: ?'?([^'\\n\\]]+)");

    private RuleFailure() {}

    static String describe(Throwable failure, FiringTracker tracker, Set<String> rulePackages) {
        Throwable root = root(failure);
        Throwable error = firstError(failure);
        String what = (error != null && error != root ? error.getClass().getSimpleName() + ": " : "")
                + root.getClass().getSimpleName()
                + (root.getMessage() == null || root instanceof StackOverflowError ? "" : ": " + RuleEngine.oneLine(root.getMessage()));
        Throwable kind = error != null ? error : root;
        String consequence = tracker.ruleInConsequence();
        if (consequence != null) {
            return "rule \"" + consequence + "\" failed on " + tracker.lastFacts() + ": " + what + inFunction(root, rulePackages)
                    + " — " + hint(kind, "fix the rule's consequence or its conditions");
        }
        String onFact = tracker.insertingFact() != null ? " on " + FiringTracker.describe(tracker.insertingFact()) : "";
        String rule = ruleNamedBy(failure);
        if (rule != null) {
            return "rule \"" + rule + "\" failed in its conditions" + onFact + ": " + what + inFunction(root, rulePackages)
                    + " — " + hint(kind, "fix the rule's conditions");
        }
        // Drools tells which rule fires, not which rule's condition it is evaluating: name what the failure shows.
        String after = tracker.lastRule() == null ? "" : " (the last rule to fire was \"" + tracker.lastRule() + "\")";
        return "a rule failed in its conditions" + onFact + after + ": " + what + inFunction(root, rulePackages)
                + " — " + hint(kind, "fix the conditions that call it");
    }

    /** The Error in the chain (Drools wraps an Error of a constraint in its own exceptions), or null. */
    private static Throwable firstError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Error) return t;
        }
        return null;
    }

    private static Throwable root(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
        return cause;
    }

    /** The rule a Drools error message names (a failed constraint says which rule it belongs to), or null. */
    private static String ruleNamedBy(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e.getMessage() == null) continue;
            Matcher m = DROOLS_RULE.matcher(e.getMessage());
            if (m.find()) return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        }
        return null;
    }

    /** " in function acme.rules.deep" when the failure happened in a DRL function of a rule package. */
    private static String inFunction(Throwable root, Set<String> rulePackages) {
        for (StackTraceElement frame : root.getStackTrace()) {
            String type = frame.getClassName();
            int dot = type.lastIndexOf('.');
            if (dot < 0 || !rulePackages.contains(type.substring(0, dot))) continue;
            String simple = type.substring(dot + 1);
            // Drools compiles DRL function f into a class F of the rule's package, with the static method f.
            if (simple.equalsIgnoreCase(frame.getMethodName())) return " in function " + type.substring(0, dot) + "." + frame.getMethodName();
            return "";
        }
        return "";
    }

    private static String hint(Throwable root, String otherwise) {
        if (root instanceof StackOverflowError) return "it recursed without end (a function or method that calls itself); fix the recursion";
        if (root instanceof OutOfMemoryError) return "it used up Java's memory (it probably builds a list or text without end); fix the rule";
        if (root instanceof ExceptionInInitializerError) return "a static initializer the rule uses failed; fix it";
        if (root instanceof LinkageError) return "a class the rule uses is missing or does not match; check the rule's imports";
        if (root instanceof AssertionError) return "an assertion in the rule failed; " + otherwise;
        return otherwise;
    }
}
