package dev.srm.model;

import java.util.List;

/**
 * The facts about a service that rules branch on, from the service's knowledge file (docs/knowledge-base.md): rules
 * read these instead of listing service ids, so a new service can never fall silently into a complement rule.
 */
public record ServiceTraits(ContentAtRest contentAtRest, ServiceScope scope, Patching patching, boolean runsCustomerCode,
        Availability availability, BackupModel backup, List<KeyOption> keys) {

    public ServiceTraits {
        keys = List.copyOf(keys);
    }
}
