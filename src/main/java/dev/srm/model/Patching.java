package dev.srm.model;

/** Who patches what a service runs, and how: the split of patch, vulnerability and change management. */
public enum Patching implements YamlName {
    /** The customer patches the guest operating system and everything above it (EC2 instances, container hosts). */
    CUSTOMER_GUEST_OS,
    /** AWS patches the engine and OS in a maintenance window the customer sets, and the customer schedules upgrades. */
    MAINTENANCE_WINDOW,
    /** AWS patches the platform; the customer rebuilds what it supplies (images, runtimes, dependencies). */
    CUSTOMER_BUILT_ARTEFACTS,
    /** AWS patches everything without customer action or a window. */
    TRANSPARENT,
    /** Nothing that takes patches runs on the component itself (a VPC, a volume). */
    NONE
}
