package dev.srm.yaml;

import dev.srm.diagnostics.Position;

/**
 * A scalar, always as the text the user wrote: srm decides what it means (YAML 1.1 would turn {@code NO} into false and
 * {@code 1.10} into 1.1). {@code plainNull} is true for an unquoted {@code ~}, {@code null} or empty value.
 */
public record YScalar(String text, boolean plainNull, Position position) implements YNode {

    @Override
    public String kind() {
        return plainNull ? "an empty value" : "a text value";
    }
}
