package dev.srm.model;

import java.util.List;

/**
 * The facts about a service that rules branch on, from its catalog entry (docs/knowledge-base.md): rules read these
 * instead of listing service ids, so a new service can never fall silently into a complement rule.
 * {@code contentUsedForImprovement}: an AWS AI service that may store and use the content it processes to improve
 * the service, possibly in another Region, unless an AI services opt-out policy applies to the account.
 */
public record ServiceTraits(ContentAtRest contentAtRest, ServiceScope scope, Patching patching, boolean runsCustomerCode,
        Availability availability, BackupModel backup, List<KeyOption> keys, Hosting hosting,
        InternetFacing internetFacing, boolean contentUsedForImprovement) {

    public ServiceTraits {
        if (contentAtRest == null || scope == null || patching == null || availability == null || backup == null
                || hosting == null
                || internetFacing == null) {
            throw new IllegalArgumentException("service traits are incomplete");
        }
        keys = List.copyOf(keys);
    }

    /** Does the service keep customer content at rest (a cache counts)? */
    public boolean storesContent() {
        return contentAtRest != ContentAtRest.NONE;
    }

    public boolean offers(KeyOption key) {
        return keys.contains(key);
    }
}
