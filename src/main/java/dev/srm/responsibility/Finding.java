package dev.srm.responsibility;

/**
 * Something in the architecture that needs the customer's attention. {@code componentId} and {@code dataName} are null
 * where the finding is about the organisation or a whole component.
 */
public record Finding(
        String id,
        Severity severity,
        String componentId,
        String dataName,
        String controlId,
        String message,
        String rule) {}
