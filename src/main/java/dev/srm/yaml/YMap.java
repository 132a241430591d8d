package dev.srm.yaml;

import dev.srm.diagnostics.Position;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A YAML mapping whose keys are text, in file order. Duplicate keys never get this far: the loader rejects them. */
public record YMap(Map<String, Entry> entries, Position position) implements YNode {

    /** A key (with its own position, for "unknown field" errors) and its value. */
    public record Entry(YScalar key, YNode value) {}

    public YMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public YNode get(String key) {
        Entry entry = entries.get(key);
        return entry == null ? null : entry.value();
    }

    @Override
    public String kind() {
        return "a mapping";
    }
}
