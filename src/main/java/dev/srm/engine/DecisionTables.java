package dev.srm.engine;

import dev.srm.diagnostics.Shown;
import dev.srm.diagnostics.Utf8Text;
import dev.srm.engine.tables.XlsxScan;
import dev.srm.responsibility.RuleFailureException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Turns a decision table (.xlsx or .csv in Drools' decision-table format) into DRL, so that tables go through the
 * same compile path as every other rule. Drools would otherwise only recognise a table by a {@code .drl.xlsx} name
 * and silently ignore a plain {@code .xlsx}; srm reads every table it is given, or says why it cannot. Before Drools
 * sees a table, srm checks what Drools would not: its size in rows (and, for .xlsx, unzipped), and that it holds plain
 * values only — no formula cells, no links to other workbooks, programs or data sources.
 */
final class DecisionTables {

    /** Formula cells listed one by one; past this many, one more line gives the count. */
    private static final int FORMULAS_LISTED = 20;

    private DecisionTables() {}

    /** A .csv table, already decoded as strict UTF-8. */
    static String csvToDrl(String name, String text, RuleLimits limits) {
        String table = Utf8Text.withoutBom(text);
        if (rowsExceed(table, limits.maxTableRows())) throw new RuleFailureException(tooManyRows(name, limits));
        // Drools' CSV reader decodes UTF-8 (and would keep a byte-order mark in the first cell): give it the text as such.
        return compile(name, table.getBytes(StandardCharsets.UTF_8), InputType.CSV);
    }

    static String xlsxToDrl(String name, byte[] bytes, RuleLimits limits) {
        XlsxScan.Result scan = XlsxScan.scan(bytes, limits.maxTableRows(), limits.maxTableBytes());
        List<String> problems = new ArrayList<>();
        if (scan.tooLarge()) {
            problems.add(name + ": unzips to more than " + limits.maxTableBytes() + " bytes, the limit for a spreadsheet table — "
                    + "split it, or raise the limit with -D" + RuleLimits.MAX_TABLE_BYTES_PROPERTY + "=N");
        } else if (scan.tooManyRows()) {
            problems.add(tooManyRows(name, limits));
        } else if (scan.notXlsx()) {
            problems.add(name + ": is not an .xlsx workbook (an old .xls, or not a spreadsheet at all) — save it as an Excel "
                    + "workbook (.xlsx)");
        } else if (scan.unreadable() != null) {
            problems.add(name + ": not a valid decision table: cannot read the workbook (" + Shown.text(scan.unreadable(), 120)
                    + ") — save it again from a spreadsheet program");
        } else {
            formulaProblems(name, scan.formulas(), problems);
            for (String link : scan.links()) {
                problems.add(name + ": links to data outside the workbook (" + link + ") — decision tables take plain values; "
                        + "remove the link (Excel: Data > Edit Links > Break Link) and type the values");
            }
        }
        if (!problems.isEmpty()) throw new RuleFailureException(problems);
        return compile(name, bytes, InputType.XLS);
    }

    private static void formulaProblems(String name, List<XlsxScan.FormulaCell> formulas, List<String> problems) {
        for (int i = 0; i < formulas.size() && i < FORMULAS_LISTED; i++) {
            XlsxScan.FormulaCell cell = formulas.get(i);
            problems.add(name + "!" + cell.sheet() + "!" + cell.cell() + ": a formula (=" + Shown.text(cell.formula(), 40)
                    + ") — decision tables take plain values; type the value itself");
        }
        if (formulas.size() > FORMULAS_LISTED) {
            problems.add(name + ": " + (formulas.size() - FORMULAS_LISTED) + " more formula cells — decision tables take plain "
                    + "values; type the values themselves");
        }
    }

    /** True when the text has more lines than {@code max} (Drools reads a CSV table line by line). */
    private static boolean rowsExceed(String text, int max) {
        int rows = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                if (++rows > max) return true;
            }
        }
        boolean unterminated = !text.isEmpty() && text.charAt(text.length() - 1) != '\n' && text.charAt(text.length() - 1) != '\r';
        return rows + (unterminated ? 1 : 0) > max;
    }

    private static String tooManyRows(String name, RuleLimits limits) {
        return name + ": table has more than " + limits.maxTableRows() + " rows, the limit for a decision table — split it "
                + "into several tables, or raise the limit with -D" + RuleLimits.MAX_TABLE_ROWS_PROPERTY + "=N";
    }

    private static String compile(String name, byte[] content, InputType type) {
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
