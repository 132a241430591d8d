package dev.srm.yaml;

import dev.srm.diagnostics.Problems;
import dev.srm.diagnostics.Shown;
import dev.srm.diagnostics.Suggestions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one YAML mapping, recording a precise problem for every unknown, missing or mistyped field
 * instead of stopping at the first, so a user sees everything wrong with a file in one pass.
 * Getters return null for a missing or wrong field; the problem is already recorded.
 */
public final class Fields {

    private final YMap map;
    private final String what;
    private final Problems problems;

    /** {@code what} names the mapping in messages ("component 'web'", "data item"). */
    public Fields(YMap map, String what, Set<String> allowed, Problems problems) {
        this.map = map;
        this.what = what;
        this.problems = problems;
        for (YMap.Entry entry : map.entries().values()) {
            String key = entry.key().text();
            if (!allowed.contains(key)) {
                String hint = Suggestions.hint(key, allowed);
                problems.add(entry.key().position(), "unknown field " + Shown.quoted(key) + " in " + what + " — "
                        + (hint.isEmpty() ? "allowed: " + String.join(", ", sorted(allowed)) : hint));
            }
        }
    }

    /** Requires {@code node} to be a mapping; records a problem and returns null otherwise. */
    public static YMap asMap(YNode node, String what, Problems problems) {
        if (node instanceof YMap map) return map;
        problems.add(node.position(), what + " must be a mapping of fields, not " + node.kind()
                + " — write its fields as indented 'key: value' lines");
        return null;
    }

    public YMap map() {
        return map;
    }

    public boolean has(String key) {
        YNode node = map.get(key);
        return node != null && !(node instanceof YScalar scalar && scalar.plainNull());
    }

    public YNode node(String key) {
        return map.get(key);
    }

    public String requiredText(String key) {
        YNode node = map.get(key);
        if (node == null || (node instanceof YScalar s && (s.plainNull() || s.text().isBlank()))) {
            problems.add(node == null ? map.position() : node.position(), "missing required field '" + key + "' in " + what
                    + " — add '" + key + ": …'");
            return null;
        }
        return text(key, node);
    }

    public String optionalText(String key) {
        YNode node = map.get(key);
        if (node == null || (node instanceof YScalar s && s.plainNull())) return null;
        return text(key, node);
    }

    private String text(String key, YNode node) {
        if (node instanceof YScalar scalar) return scalar.text();
        problems.add(node.position(), "field '" + key + "' in " + what + " must be a text value, not " + node.kind()
                + " — write one value, as in '" + key + ": …'");
        return null;
    }

    /** true / false (any case). YAML 1.1's yes/no/on/off are refused: they are too easy to write by accident. */
    public Boolean optionalBoolean(String key) {
        String text = optionalText(key);
        if (text == null) return null;
        if (text.equalsIgnoreCase("true")) return Boolean.TRUE;
        if (text.equalsIgnoreCase("false")) return Boolean.FALSE;
        String lower = text.strip().toLowerCase(java.util.Locale.ROOT);
        String hint = switch (lower) {
            case "yes", "y", "on" -> "write true (srm does not read yes/no/on/off as booleans)";
            case "no", "n", "off" -> "write false (srm does not read yes/no/on/off as booleans)";
            default -> "write true or false";
        };
        problems.add(map.get(key).position(), "field '" + key + "' in " + what + " must be true or false, not '" + Shown.text(text)
                + "' — " + hint);
        return null;
    }

    /** An enum-like value: {@code parse} returns null for an unknown text, and the message lists {@code allowed}. */
    public <T> T optionalChoice(String key, Function<String, T> parse, String allowed) {
        String text = optionalText(key);
        return text == null ? null : choice(key, text, parse, allowed);
    }

    public <T> T requiredChoice(String key, Function<String, T> parse, String allowed) {
        String text = requiredText(key);
        return text == null ? null : choice(key, text, parse, allowed);
    }

    private <T> T choice(String key, String text, Function<String, T> parse, String allowed) {
        T value = parse.apply(text);
        if (value == null) {
            problems.add(map.get(key).position(), "field '" + key + "' in " + what + " has unknown value " + Shown.quoted(text)
                    + " — allowed: " + allowed);
        }
        return value;
    }

    /** The items of a list field; an empty list when absent; null (problem recorded) when it is not a list. */
    public List<YNode> list(String key) {
        YNode node = map.get(key);
        if (node == null || (node instanceof YScalar s && s.plainNull())) return List.of();
        if (node instanceof YSeq seq) return seq.items();
        problems.add(node.position(), "field '" + key + "' in " + what + " must be a list, not " + node.kind()
                + " — write one '- item' line per item, or [a, b]");
        return null;
    }

    /** A list of text values (for example {@code [a, b]}). */
    public List<YScalar> textList(String key) {
        List<YNode> items = list(key);
        if (items == null) return null;
        List<YScalar> texts = new ArrayList<>();
        for (YNode item : items) {
            if (item instanceof YScalar scalar && !scalar.plainNull()) texts.add(scalar);
            else problems.add(item.position(), "items of '" + key + "' in " + what + " must be text values, not " + item.kind()
                    + " — write each item as a single value");
        }
        return texts;
    }

    private static List<String> sorted(Set<String> keys) {
        List<String> list = new ArrayList<>(keys);
        Collections.sort(list);
        return list;
    }
}
