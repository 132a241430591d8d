package dev.srm.model;

/**
 * AWS's own grouping of services by how much of the stack AWS operates (AWS Security Best Practices whitepaper:
 * infrastructure, container and abstracted services).
 */
public enum ServiceCategory implements YamlName {
    /** The customer controls the operating system and up (EC2, EBS, VPC). */
    INFRASTRUCTURE,
    /** AWS runs the OS and platform on instances dedicated to the customer; the customer configures them (RDS, EMR). */
    CONTAINER,
    /** AWS runs everything behind an API endpoint; the customer manages data and access (S3, DynamoDB, SQS). */
    ABSTRACTED
}
