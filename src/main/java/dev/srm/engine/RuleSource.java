package dev.srm.engine;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Utf8Text;
import dev.srm.responsibility.RuleFailureException;
import dev.srm.yaml.Hashes;
import java.util.Locale;

/**
 * One rule file to compile: its name as users see it (a path), its DRL (a decision table's generated DRL), whether srm
 * ships it, and the SHA-256 of the file's own bytes.
 */
public record RuleSource(String name, String text, boolean builtIn, String sha256) {

    /** A {@code .drl} file, or a decision table ({@code .xlsx} / {@code .csv}) turned into DRL, within the default limits. */
    public static RuleSource of(String name, byte[] bytes, boolean builtIn) {
        return of(name, bytes, builtIn, RuleLimits.fromSystemProperties());
    }

    /**
     * Text files (.drl, .csv) are strict UTF-8 whatever the platform's charset — a byte that is not is refused at its
     * line and column, as in YAML input — and a byte-order mark is dropped.
     */
    public static RuleSource of(String name, byte[] bytes, boolean builtIn, RuleLimits limits) {
        String lower = name.toLowerCase(Locale.ROOT);
        String text;
        if (lower.endsWith(".xlsx")) text = DecisionTables.xlsxToDrl(name, bytes, limits);
        else if (lower.endsWith(".csv")) text = DecisionTables.csvToDrl(name, utf8(name, bytes), limits);
        else text = Utf8Text.withoutBom(utf8(name, bytes));
        return new RuleSource(name, text, builtIn, Hashes.sha256(bytes));
    }

    private static String utf8(String name, byte[] bytes) {
        try {
            return Utf8Text.decode(bytes, name);
        } catch (InvalidInputException e) {
            throw new RuleFailureException(e.problems().stream().map(Problem::format).toList()); // a rule file: exit 3
        }
    }

    /** True for a file srm reads as rules: {@code .drl}, or a decision table {@code .xlsx} / {@code .csv}. */
    public static boolean isRuleFile(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".drl") || lower.endsWith(".xlsx") || lower.endsWith(".csv");
    }

    /** The DRL package the file declares, or "" when it declares none. */
    public String packageName() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)").matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
