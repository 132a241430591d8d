package dev.srm.model;

/**
 * Practices of the whole organisation. Each is null when the file does not say, so rules can tell
 * "declared absent" (false) from "not declared" (null).
 */
public record Organization(Boolean securityTraining, Boolean incidentResponsePlan) {

    public static Organization undeclared() {
        return new Organization(null, null);
    }
}
