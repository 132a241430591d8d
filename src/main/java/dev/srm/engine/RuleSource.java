package dev.srm.engine;

import dev.srm.yaml.Hashes;
import java.nio.charset.StandardCharsets;

/**
 * One rule file to compile: its name as users see it (a path), its text, whether srm ships it, and its SHA-256.
 */
public record RuleSource(String name, String text, boolean builtIn, String sha256) {

    public static RuleSource of(String name, byte[] bytes, boolean builtIn) {
        return new RuleSource(name, new String(bytes, StandardCharsets.UTF_8), builtIn, Hashes.sha256(bytes));
    }
}
