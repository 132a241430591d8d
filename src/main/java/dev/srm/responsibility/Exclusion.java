package dev.srm.responsibility;

/** One rule's conclusion that a control does not apply to a component, and why. A decision on the same pair wins. */
public record Exclusion(String controlId, String componentId, String reason, String rule) {}
