package dev.srm.model;

import java.util.List;

/**
 * One use of one AWS service. {@code model} is the effective service model: the file's override, or the catalog's.
 * {@code index} is the component's place in the file (0-based), which reports keep.
 */
public record Component(
        String id,
        Service service,
        ServiceModel model,
        boolean modelOverridden,
        String description,
        Exposure exposure,
        List<DataItem> data,
        int index) {

    public Component {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("a component needs an id");
        if (service == null) throw new IllegalArgumentException("component " + id + " needs a service");
        if (model == null || exposure == null) throw new IllegalArgumentException("component " + id + " is incomplete");
        data = List.copyOf(data);
        description = description == null ? "" : description;
    }

    /** The catalog id of the service ({@code ec2}, {@code s3}, ...). */
    public String serviceId() {
        return service.id();
    }

    /** The service's traits (docs/knowledge-base.md): what rules branch on instead of service ids. */
    public ServiceTraits traits() {
        return service.traits();
    }

    /**
     * The service's own statement for the control, or null when it has none or the file overrides the service model
     * (the statement describes the service under its usual model; an override is decided from the traits).
     */
    public Statement statement(String controlId) {
        return modelOverridden ? null : service.statement(controlId);
    }

    /**
     * The service's own statements for these controls, in the order given, leaving out the controls it has none for;
     * empty when the file overrides the service model. Rules take them {@code from} this list: taking them from all of
     * the service's statements made Drools create and hash a fact handle for each one, per component and family.
     */
    public java.util.List<Statement> statements(String... controlIds) {
        if (modelOverridden || service.statements().isEmpty()) return java.util.List.of();
        java.util.List<Statement> stated = new java.util.ArrayList<>(controlIds.length);
        for (String controlId : controlIds) {
            Statement statement = service.statement(controlId);
            if (statement != null) stated.add(statement);
        }
        return stated;
    }

    public boolean hasData() {
        return !data.isEmpty();
    }

    /** The most sensitive classification of the data here, or null without data. */
    public Classification highestClassification() {
        return data.stream().map(DataItem::classification).max(Enum::compareTo).orElse(null);
    }

    public boolean handles(DataCategory category) {
        return data.stream().anyMatch(item -> item.hasCategory(category));
    }
}
