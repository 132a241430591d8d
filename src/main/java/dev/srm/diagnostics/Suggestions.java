package dev.srm.diagnostics;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …" for mistyped names: the closest known name by edit distance, if it is close enough. */
public final class Suggestions {

    private Suggestions() {}

    /**
     * The closest candidate to {@code typed}, or null when none is plausibly what the user meant. Short names get
     * little slack: two edits turn any three-letter name into another ('lex' into 'dax', 'ds' into 'dms'), so a name
     * of up to five characters may be one edit away, and a name of one or two characters gets no guess at all (is 'ds'
     * Directory Service mistyped, or Direct Connect's 'dx'?).
     */
    public static String closest(String typed, Collection<String> candidates) {
        String needle = typed.toLowerCase(Locale.ROOT);
        int allowed = allowedEdits(needle.length());
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String hay = candidate.toLowerCase(Locale.ROOT);
            int distance;
            if (isPrefix(needle, hay) || isPrefix(hay, needle)) {
                distance = Math.abs(hay.length() - needle.length()) / 2;
            } else if (Math.abs(hay.length() - needle.length()) > allowed) {
                // The edit distance is at least the difference in length: too far, and computing it for a value of
                // megabytes against every candidate would take minutes.
                continue;
            } else {
                distance = distance(needle, hay);
            }
            if (distance < bestDistance || (distance == bestDistance && best != null && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? best : null;
    }

    private static int allowedEdits(int length) {
        if (length <= 2) return 0;
        if (length <= 5) return 1;
        return Math.max(2, length / 3);
    }

    /** {@code prefix} begins {@code text} and is long enough to mean something: 'ds' is no hint of 'dsql'. */
    private static boolean isPrefix(String prefix, String text) {
        return prefix.length() >= 3 && text.startsWith(prefix);
    }

    /** " — did you mean 'x'?" or the empty string. */
    public static String hint(String typed, Collection<String> candidates) {
        String closest = closest(typed, candidates);
        return closest == null ? "" : "did you mean '" + closest + "'?";
    }

    /** Edit distance counting a swap of two neighbouring letters as one edit ('nmae' → 'name'), as typists make them. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
