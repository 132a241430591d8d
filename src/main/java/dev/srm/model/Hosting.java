package dev.srm.model;

/** Where the hardware a service runs on stands, and whose it is: the split of the physical and environmental controls. */
public enum Hosting implements YamlName {
    /** In AWS data centres: physical and environmental protection is inherited from AWS. */
    AWS_DATA_CENTERS,
    /** AWS hardware on the customer's premises (Outposts racks and servers, Snow devices): the site is the customer's. */
    CUSTOMER_PREMISES,
    /**
     * Hardware the customer owns and runs, with AWS software on it (Greengrass core devices, gateway virtual machines on
     * the customer's hypervisor, thin-client devices the customer bought): every physical control is the customer's.
     */
    CUSTOMER_HARDWARE
}
