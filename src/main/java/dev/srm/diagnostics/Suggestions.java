package dev.srm.diagnostics;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …" for mistyped names: the closest known name by edit distance, if it is close enough. */
public final class Suggestions {

    private Suggestions() {}

    /** The closest candidate to {@code typed}, or null when none is plausibly what the user meant. */
    public static String closest(String typed, Collection<String> candidates) {
        String needle = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, needle.length() / 3);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String hay = candidate.toLowerCase(Locale.ROOT);
            int distance;
            if (hay.startsWith(needle) || needle.startsWith(hay)) {
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

    /** " — did you mean 'x'?" or the empty string. */
    public static String hint(String typed, Collection<String> candidates) {
        String closest = closest(typed, candidates);
        return closest == null ? "" : "did you mean '" + closest + "'?";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
