package dev.srm.model;

/** Whether a service's endpoint faces the internet whatever the customer does: the right advice for exposed data. */
public enum InternetFacing implements YamlName {
    /** Reached over the internet by design (a CDN, a public DNS zone, a user pool's sign-in): it cannot move to a private zone. */
    BY_DESIGN,
    /** The customer chooses whether it is reachable from the internet. */
    OPTIONAL
}
