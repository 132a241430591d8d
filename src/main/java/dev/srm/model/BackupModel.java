package dev.srm.model;

/** What backing up a service's data means. */
public enum BackupModel implements YamlName {
    /** The service has backups of its own the customer turns on and keeps (snapshots, PITR, versioning). */
    SERVICE_BACKUPS,
    /** The customer must copy the data elsewhere itself; the service keeps no backups of its own. */
    CUSTOMER_COPIES,
    /** The service holds no customer data to back up. */
    NOT_APPLICABLE
}
