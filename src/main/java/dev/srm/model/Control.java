package dev.srm.model;

import java.util.List;

/**
 * A security control from the catalog, with its references in the frameworks auditors map to: NIST SP 800-53 rev. 5,
 * ISO/IEC 27001:2022 Annex A, CSA CCM v4, SOC 2 (2017 Trust Services Criteria) and the HIPAA Security Rule (45 CFR
 * §164.308–§164.316); an empty list where no requirement of that framework fits.
 */
public record Control(
        String id,
        String title,
        Family family,
        ControlScope scope,
        String description,
        List<String> nist,
        List<String> iso,
        List<String> ccm,
        List<String> soc2,
        List<String> hipaa) {

    public Control {
        if (id == null || title == null || family == null || scope == null || description == null) {
            throw new IllegalArgumentException("control " + id + " is incomplete");
        }
        nist = List.copyOf(nist);
        iso = List.copyOf(iso);
        ccm = List.copyOf(ccm);
        soc2 = List.copyOf(soc2);
        hipaa = List.copyOf(hipaa);
    }

    /** A control without SOC 2 and HIPAA references (a rule folder's controls.yaml may leave them out). */
    public Control(String id, String title, Family family, ControlScope scope, String description, List<String> nist,
            List<String> iso, List<String> ccm) {
        this(id, title, family, scope, description, nist, iso, ccm, List.of(), List.of());
    }

    public boolean organizationScope() {
        return scope == ControlScope.ORGANIZATION;
    }
}
