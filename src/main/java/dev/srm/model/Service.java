package dev.srm.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * An AWS service from the catalog. {@code tenancy} is null where it does not matter; {@code documentation} is the AWS
 * page the entry's facts come from, {@code notes} a short summary of what that page says about them, {@code checked}
 * the month they were read. {@code variantOf} (may be null) names the catalog service this one is a variant of
 * (Aurora of RDS). {@code statements} holds the service's own statement per operational control, by control id, from
 * its knowledge file; empty where the service has none (rules then decide from the traits).
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
        String notes,
        String variantOf,
        ServiceTraits traits,
        YearMonth checked,
        Map<String, Statement> statements) {

    public Service {
        if (id == null || name == null || model == null || category == null || defaultEncryptionAtRest == null
                || documentation == null || traits == null || checked == null) {
            throw new IllegalArgumentException("service " + id + " is incomplete");
        }
        aliases = List.copyOf(aliases);
        notes = notes == null ? "" : notes;
        statements = Map.copyOf(statements);
    }

    public boolean multiTenant() {
        return tenancy == Tenancy.MULTI_TENANT;
    }

    /** This service's own statement for the control, or null. */
    public Statement statement(String controlId) {
        return statements.get(controlId);
    }

    /** The same service with its knowledge file's statements. */
    public Service withStatements(Map<String, Statement> byControl) {
        return new Service(id, name, model, category, tenancy, defaultEncryptionAtRest, aliases, documentation, notes,
                variantOf, traits, checked, byControl);
    }
}
