package dev.srm.model;

/** How far a component can be reached from. */
public enum Exposure implements YamlName {
    /** Reachable from the public internet. */
    INTERNET,
    /** Reachable from the organisation's networks (VPN, peered VPCs, corporate network). */
    INTERNAL,
    /** Reachable only inside its own VPC or account. */
    PRIVATE
}
