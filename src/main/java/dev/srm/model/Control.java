package dev.srm.model;

import java.util.List;

/** A security control from the catalog, with its references in the frameworks auditors map to. */
public record Control(
        String id,
        String title,
        Family family,
        ControlScope scope,
        String description,
        List<String> nist,
        List<String> iso,
        List<String> ccm) {

    public Control {
        if (id == null || title == null || family == null || scope == null || description == null) {
            throw new IllegalArgumentException("control " + id + " is incomplete");
        }
        nist = List.copyOf(nist);
        iso = List.copyOf(iso);
        ccm = List.copyOf(ccm);
    }

    public boolean organizationScope() {
        return scope == ControlScope.ORGANIZATION;
    }
}
