package dev.srm.model;

/** Data classification, from least to most sensitive (the order matters: rules compare with {@link #atLeast}). */
public enum Classification implements YamlName {
    PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED;

    public boolean atLeast(Classification other) {
        return compareTo(other) >= 0;
    }
}
