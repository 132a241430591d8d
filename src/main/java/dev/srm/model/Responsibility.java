package dev.srm.model;


/**
 * Who is responsible for a control under the AWS Shared Responsibility Model, from least to most customer duty.
 * The order is the merge order: when rules disagree, the one asking more of the customer wins.
 */
public enum Responsibility implements YamlName {
    /** The customer fully inherits the control from AWS (physical and environmental controls). */
    INHERITED("Inherited"),
    /** AWS does the infrastructure part, the customer its own part (patching, configuration, training). */
    SHARED("Shared"),
    /** Solely the customer's (service and communications protection, zone security). */
    CUSTOMER("Customer");

    private final String label;

    Responsibility(String label) {
        this.label = label;
    }

    /** "Inherited", "Shared", "Customer": the word in the workbook. */
    public String label() {
        return label;
    }
}
