package dev.srm.engine;

import dev.srm.yaml.Hashes;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One rule file to compile: its name as users see it (a path), its DRL (a decision table's generated DRL), whether srm
 * ships it, and the SHA-256 of the file's own bytes.
 */
public record RuleSource(String name, String text, boolean builtIn, String sha256) {

    /** A {@code .drl} file, or a decision table ({@code .xlsx} / {@code .csv}) turned into DRL. */
    public static RuleSource of(String name, byte[] bytes, boolean builtIn) {
        String lower = name.toLowerCase(Locale.ROOT);
        String text = lower.endsWith(".xlsx") || lower.endsWith(".csv")
                ? DecisionTables.toDrl(name, bytes)
                : new String(bytes, StandardCharsets.UTF_8);
        return new RuleSource(name, text, builtIn, Hashes.sha256(bytes));
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
