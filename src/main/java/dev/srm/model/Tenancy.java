package dev.srm.model;

/** Whether the resources behind a service are dedicated to one customer or shared by many. */
public enum Tenancy implements YamlName {
    /** Instances, clusters or nodes dedicated to one customer (EC2 instances, RDS DB instances, EMR clusters). */
    SINGLE_TENANT,
    /** A fleet shared by many customers behind one API (S3, DynamoDB, SQS, Lambda). */
    MULTI_TENANT
}
