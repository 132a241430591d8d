package dev.srm.catalog;

import dev.srm.model.ServiceTraits;
import java.time.YearMonth;
import java.util.Map;

/**
 * One service's knowledge file: its traits and a statement per operational control, checked in {@code checked}.
 * {@code variantOf} (may be null) names the catalog service a variant refines until the catalog has its own entry.
 */
public record ServiceKnowledge(String service, String name, String variantOf, YearMonth checked, ServiceTraits traits,
        Map<String, Statement> statements) {

    public ServiceKnowledge {
        statements = Map.copyOf(statements);
    }
}
