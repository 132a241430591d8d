package dev.srm.responsibility;

import dev.srm.model.Responsibility;

/**
 * One rule's conclusion about who is responsible for one control on one component ({@code componentId} null for an
 * organization-scope control). Several decisions on one pair are merged by {@link Merge}.
 */
public record Decision(
        String controlId,
        String componentId,
        Responsibility responsibility,
        String aws,
        String customer,
        String rationale,
        String rule) {}
