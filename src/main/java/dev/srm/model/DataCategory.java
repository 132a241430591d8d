package dev.srm.model;

/** Kinds of data that carry their own obligations (GDPR, HIPAA, PCI DSS, ...). */
public enum DataCategory implements YamlName {
    PERSONAL, HEALTH, PAYMENT, CREDENTIALS, FINANCIAL
}
