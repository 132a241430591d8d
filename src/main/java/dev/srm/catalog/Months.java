package dev.srm.catalog;

import dev.srm.diagnostics.Problems;
import dev.srm.yaml.Fields;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The month a fact was checked against its AWS page, written YYYY-MM. */
final class Months {

    private static final Pattern MONTH = Pattern.compile("20\\d\\d-(0[1-9]|1[0-2])");

    private Months() {
    }

    /** The month in field {@code key}, or null after reporting why not. */
    static YearMonth required(Fields f, String key, Problems problems) {
        String text = f.requiredText(key);
        if (text == null) return null;
        if (MONTH.matcher(text).matches()) {
            try {
                return YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(f.node(key).position(), key + " must be the month the sources were read, as YYYY-MM (2026-12)");
        return null;
    }
}
