package dev.srm.model;

/** The cloud service model of a component: how much of the stack AWS runs. */
public enum ServiceModel implements YamlName {
    /** Infrastructure as a service: the customer runs the guest OS and everything above it (EC2). */
    IAAS("IaaS"),
    /** Platform as a service: AWS runs the OS and platform, the customer its code, data and configuration (RDS, Lambda). */
    PAAS("PaaS"),
    /** Software as a service: AWS runs the whole application, the customer its users, data and settings (WorkMail). */
    SAAS("SaaS");

    private final String label;

    ServiceModel(String label) {
        this.label = label;
    }

    /** "IaaS", "PaaS", "SaaS": how people write it, and how srm writes it in reports. */
    public String label() {
        return label;
    }

    @Override
    public String yamlName() {
        return label;
    }
}
