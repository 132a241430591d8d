package dev.srm.model;

/** A kind of key a service can encrypt the customer's content at rest with. */
public enum KeyOption implements YamlName {
    /** A key AWS owns and manages for the service. */
    AWS_OWNED,
    /** An AWS managed KMS key in the customer's account ({@code aws/<service>}). */
    AWS_MANAGED,
    /** A KMS key the customer creates and controls. */
    CUSTOMER_MANAGED
}
