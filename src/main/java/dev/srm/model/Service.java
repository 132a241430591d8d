package dev.srm.model;

import java.util.List;

/**
 * An AWS service from the catalog. {@code tenancy} is null where it does not matter; {@code documentation} is the AWS
 * page the entry's facts come from, {@code notes} a short summary of what that page says about them.
 */
public record Service(
        String id,
        String name,
        ServiceModel model,
        ServiceCategory category,
        Tenancy tenancy,
        EncryptionAtRest defaultEncryptionAtRest,
        List<String> aliases,
        String documentation,
        String notes) {

    public Service {
        if (id == null || name == null || model == null || category == null || defaultEncryptionAtRest == null
                || documentation == null) {
            throw new IllegalArgumentException("service " + id + " is incomplete");
        }
        aliases = List.copyOf(aliases);
        notes = notes == null ? "" : notes;
    }

    public boolean multiTenant() {
        return tenancy == Tenancy.MULTI_TENANT;
    }
}
