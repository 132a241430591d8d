package dev.srm.model;

/** How a service is made highly available, and so what high availability asks of the customer. */
public enum Availability implements YamlName {
    /** AWS spreads every resource across Availability Zones (S3 Standard, DynamoDB, SQS). */
    AWS_ACROSS_AZS,
    /** Multi-AZ is an option the customer must choose (RDS Multi-AZ, ElastiCache replicas). */
    MULTI_AZ_OPTION,
    /** The customer places resources in several zones itself (EC2 instances, subnets). */
    CUSTOMER_PLACEMENT,
    /** Served from AWS's global edge network (CloudFront, Route 53). */
    GLOBAL_EDGE,
    /** A resource lives in one zone and cannot span others (an EBS volume). */
    SINGLE_AZ
}
