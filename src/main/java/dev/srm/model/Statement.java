package dev.srm.model;

import dev.srm.model.Responsibility;
import java.time.YearMonth;
import java.util.List;

/**
 * What AWS does and what the customer must do for one operational control of one service, why, and the AWS pages
 * that say so, read in {@code checked}; {@code note} (may be null) says what the pages do not. From the service's
 * knowledge file (docs/knowledge-base.md); rules reach it as {@code component.statement("patch-management")}.
 */
public record Statement(String service, String control, Responsibility responsibility, String aws, String customer,
        String why, List<String> sources, String note, YearMonth checked) {

    public Statement {
        sources = List.copyOf(sources);
    }

    /**
     * Hashes the service and control only (equal statements have equal ones): Drools keeps every fact a rule takes
     * {@code from} a collection in a hash map, and the record's own hash of every text cost a 5,000-component estate
     * ~0.4 s.
     */
    @Override
    public int hashCode() {
        return 31 * service.hashCode() + control.hashCode();
    }

    /** The rationale shown in the matrix: why, then the pages and the month they were read. */
    public String rationale() {
        return why + " (" + String.join(", ", sources) + "; checked " + checked + ")";
    }
}
