package dev.srm.responsibility;

/** A rule file that took part in an assessment: its name as shown to users, whether srm ships it, and its SHA-256. */
public record RuleFileInfo(String name, boolean builtIn, String sha256) {}
