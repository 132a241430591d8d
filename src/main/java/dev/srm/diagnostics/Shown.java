package dev.srm.diagnostics;

import java.util.Locale;

/**
 * How a user's text is shown inside a message: on one line, control characters written as escapes, and cut short.
 * A value can be anything a broken or hostile file holds (a megabyte, a line break, a terminal escape sequence); the
 * message must stay one readable line, and its position already says where the whole value is.
 */
public final class Shown {

    /** Characters of a value shown before it is cut with "…". */
    public static final int MAX = 60;

    private Shown() {}

    /** {@code text} escaped and cut to {@link #MAX} characters. */
    public static String text(String text) {
        return text(text, MAX);
    }

    /**
     * {@code 'text'} for a value that should have been one of the names srm knows: escaped, cut short, and followed by
     * {@link #nonAscii} so that a look-alike letter is not invisible.
     */
    public static String quoted(String text) {
        return "'" + text(text) + "'" + nonAscii(text);
    }

    /** {@code text} escaped and cut to {@code max} characters (code points), "…" marking the cut. */
    public static String text(String text, int max) {
        StringBuilder shown = new StringBuilder(Math.min(text.length(), max) + 8);
        int count = 0;
        for (int i = 0; i < text.length(); count++) {
            if (count == max) return shown.append('…').toString();
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (needsEscape(c)) shown.append(String.format(Locale.ROOT, "\\u%04X", c));
                    else shown.appendCodePoint(c);
                }
            }
        }
        return shown.toString();
    }

    /** A whole line with its control characters escaped, so that one problem always prints as one line. */
    public static String oneLine(String line) {
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            if (c == '\n' || c == '\r' || c == '\t' || needsEscape(c)) return text(line, Integer.MAX_VALUE);
            i += Character.charCount(c);
        }
        return line;
    }

    /**
     * " (it holds U+0430 CYRILLIC SMALL LETTER A)" for a text with a character outside ASCII, or "". The names srm knows
     * are ASCII; a look-alike letter would otherwise give a message that names a value which looks right.
     */
    public static String nonAscii(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c > 0x7F) {
                String name = Character.getName(c);
                return String.format(Locale.ROOT, " (it holds U+%04X%s)", c, name == null ? "" : " " + name);
            }
            i += Character.charCount(c);
        }
        return "";
    }

    /** C0 and C1 controls and DEL, line and paragraph separators, bidirectional overrides, unpaired surrogates. */
    private static boolean needsEscape(int c) {
        return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069) || (c >= 0xD800 && c <= 0xDFFF);
    }
}
