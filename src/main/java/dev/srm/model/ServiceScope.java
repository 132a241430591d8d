package dev.srm.model;

/** Where a service's resources live, which decides what data residency can mean for them. */
public enum ServiceScope implements YamlName {
    /** One resource for all Regions (IAM, Route 53, CloudFront). */
    GLOBAL,
    /** A resource lives in one Region, usually across its Availability Zones. */
    REGIONAL,
    /** A resource lives in one Availability Zone (an EBS volume, an EC2 instance). */
    ZONAL
}
