package dev.srm.model;

/** Where the hardware a service runs on stands: the split of the physical and environmental controls. */
public enum Hosting implements YamlName {
    /** In AWS data centres: physical and environmental protection is inherited from AWS. */
    AWS_DATA_CENTERS,
    /** On the customer's premises (Outposts racks and servers, Snow devices): the site is the customer's. */
    CUSTOMER_PREMISES
}
