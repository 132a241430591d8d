package dev.srm.responsibility;

import dev.srm.model.Responsibility;
import dev.srm.model.Component;
import dev.srm.model.Control;
import java.util.List;

/**
 * The final responsibility for one control on one component (component null for organization scope): what AWS does,
 * what the customer must do, why, and every rule that contributed (the deciding ones first).
 */
public record Assignment(
        Control control,
        Component component,
        Responsibility responsibility,
        String aws,
        String customer,
        String rationale,
        List<String> rules) {

    public Assignment {
        rules = List.copyOf(rules);
    }

    public boolean organizationScope() {
        return component == null;
    }
}
