package dev.srm.model;

/** The file an architecture came from, as named to the user, and the SHA-256 of its bytes (for the audit trail). */
public record SourceFile(String displayName, String sha256) {}
