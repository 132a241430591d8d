package dev.srm.engine;

import dev.srm.responsibility.RuleFailureException;
import java.io.ByteArrayInputStream;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns a decision table (.xlsx or .csv in Drools' decision-table format) into DRL, so that tables go through the
 * same compile path as every other rule. Drools would otherwise only recognise a table by a {@code .drl.xlsx} name
 * and silently ignore a plain {@code .xlsx}; srm reads every table it is given, or says why it cannot.
 */
final class DecisionTables {

    private DecisionTables() {}

    static String toDrl(String name, byte[] content) {
        InputType type = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? InputType.CSV : InputType.XLS;
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(content), type);
            if (drl == null || drl.isBlank() || !drl.contains("rule ")) {
                throw new RuleFailureException(name + ": holds no rule table — a decision table needs a 'RuleSet' cell and a "
                        + "'RuleTable <name>' block (see rules/README.md)");
            }
            return drl;
        } catch (RuleFailureException e) {
            throw e;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
            String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
            throw new RuleFailureException(name + ": not a valid decision table: " + RuleEngine.oneLine(message)
                    + " — check it follows Drools' decision-table layout (RuleSet, Import, Variables, RuleTable)");
        }
    }
}
