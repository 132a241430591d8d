package dev.srm.model;

/** Whether a service stores the customer's content at rest: the at-rest findings apply only where it does. */
public enum ContentAtRest implements YamlName {
    /** Passes content through without storing it (a load balancer, an API without a cache, IAM). */
    NONE,
    /** Keeps content only in a cache it manages (an API Gateway cache, a CDN's edge caches). */
    CACHE,
    /** Stores content (a bucket, a database, a volume). */
    YES
}
