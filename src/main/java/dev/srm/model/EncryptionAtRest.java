package dev.srm.model;

/** How data is encrypted at rest, from none to keys the customer alone holds. */
public enum EncryptionAtRest implements YamlName {
    /** Not encrypted at rest. */
    NONE,
    /** Encrypted with a key AWS owns and manages for the service (for example SSE-S3, DynamoDB's default). */
    AWS_OWNED_KEY,
    /** Encrypted with an AWS managed KMS key in the customer's account ({@code aws/<service>}). */
    AWS_MANAGED_KEY,
    /** Encrypted with a KMS key the customer creates and controls (key policy, rotation, deletion). */
    CUSTOMER_MANAGED_KEY,
    /** Encrypted by the customer before it reaches AWS. */
    CLIENT_SIDE;

    public boolean encrypted() {
        return this != NONE;
    }
}
