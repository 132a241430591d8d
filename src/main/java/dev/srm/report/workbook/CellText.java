package dev.srm.report.workbook;

/**
 * Makes any text safe to put in a cell. Text from the user's file or from rules may hold characters XML cannot carry,
 * sequences Excel would decode as escapes, or more characters than a cell holds; none of that may corrupt the workbook
 * or make the writer throw.
 */
final class CellText {

    /** Excel's limit on the characters in one cell; POI throws beyond it. */
    static final int MAX_LENGTH = 32_767;
    /** Appended where text was cut, so a reader sees that something is missing. */
    static final String TRUNCATED = "… [truncated]";

    private static final char REPLACEMENT = '\uFFFD';

    private CellText() {}

    /** The text to store for {@code value} (null is empty). */
    static String of(String value) {
        if (value == null || value.isEmpty()) return "";
        String text = needsRewrite(value) ? rewrite(value) : value;
        return text.length() > MAX_LENGTH ? truncate(text) : text;
    }

    /** {@code value} with the characters XML cannot carry replaced, for document properties (which know no escapes). */
    static String plain(String value) {
        if (value == null) return "";
        StringBuilder text = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                text.append(c).append(value.charAt(++i));
            } else {
                text.append(invalidInXml(c) ? REPLACEMENT : c);
            }
        }
        return text.toString();
    }

    /**
     * True when a person editing the cell could turn the text into a formula or a DDE call: it starts with one of the
     * characters spreadsheets treat as the start of a formula. Such cells get the quote prefix, so editing keeps them text.
     */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) return false;
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    // The fast path: most cells hold plain text, and 100k-row sheets call this for every cell.
    private static boolean needsRewrite(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++; // a well-formed pair (emoji and the like)
            } else if (c == '_' || invalidInXml(c)) {
                return true;
            }
        }
        return false;
    }

    private static String rewrite(String value) {
        StringBuilder text = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                text.append(c).append(value.charAt(++i));
            } else if (invalidInXml(c)) {
                // XML 1.0 cannot carry these; POI would write '?', which hides that something was there.
                text.append(REPLACEMENT);
            } else if (c == '_' && isEscapeAt(value, i)) {
                // Excel and POI read "_xHHHH_" as an escaped character; "_x005F_" is the escape of '_' itself.
                text.append("_x005F_");
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Control characters other than tab and line breaks, lone surrogate halves, U+FFFE and U+FFFF. */
    private static boolean invalidInXml(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c) || c >= '\uFFFE';
    }

    private static boolean isEscapeAt(String value, int i) {
        if (i + 6 >= value.length() || value.charAt(i + 1) != 'x' || value.charAt(i + 6) != '_') return false;
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(value.charAt(k), 16) < 0) return false;
        }
        return true;
    }

    private static String truncate(String text) {
        int cut = MAX_LENGTH - TRUNCATED.length();
        if (Character.isHighSurrogate(text.charAt(cut - 1))) cut--; // never split a character in two
        return text.substring(0, cut) + TRUNCATED;
    }
}
