package dev.srm.model;

import java.util.List;

/** A team's AWS usage as read from its architecture file: the input of an assessment. */
public record Architecture(
        String name,
        String description,
        String owner,
        String environment,
        List<String> regions,
        Organization organization,
        List<Component> components,
        SourceFile source) {

    public Architecture {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("an architecture needs a name");
        if (components == null || components.isEmpty()) throw new IllegalArgumentException("an architecture needs components");
        regions = List.copyOf(regions);
        components = List.copyOf(components);
        organization = organization == null ? Organization.undeclared() : organization;
        description = description == null ? "" : description;
        owner = owner == null ? "" : owner;
        environment = environment == null ? "" : environment;
    }
}
