package dev.srm.responsibility;

import dev.srm.model.YamlName;

/** How urgent a finding is, from least to most. */
public enum Severity implements YamlName {
    LOW, MEDIUM, HIGH;

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** "High", "Medium", "Low". */
    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
    }
}
