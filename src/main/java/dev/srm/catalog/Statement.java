package dev.srm.catalog;

import dev.srm.responsibility.Responsibility;
import java.util.List;

/**
 * What AWS does and what the customer must do for one operational control of one service, why, and the AWS pages
 * that say so; {@code note} (may be null) says what the pages do not.
 */
public record Statement(String control, Responsibility responsibility, String aws, String customer, String why,
        List<String> sources, String note) {

    public Statement {
        sources = List.copyOf(sources);
    }
}
