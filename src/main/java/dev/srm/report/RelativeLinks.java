package dev.srm.report;

import java.nio.charset.StandardCharsets;

/**
 * A file name as a relative URI reference (RFC 3986) that names exactly that file: every UTF-8 byte outside the
 * unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) percent-encoded. A file system allows almost any character in a
 * name; unencoded, {@code %} breaks the URI, {@code #} and {@code ?} start a fragment or query, and {@code :} in a first
 * segment reads as a scheme. Encoding the other allowed characters too (sub-delimiters such as {@code &}, {@code +})
 * costs nothing and keeps the link valid for every reader.
 */
public final class RelativeLinks {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private RelativeLinks() {}

    /** The relative URI of {@code fileName}, a single path segment (no '/'). */
    public static String to(String fileName) {
        byte[] bytes = fileName.getBytes(StandardCharsets.UTF_8);
        StringBuilder uri = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if (unreserved(c)) {
                uri.append((char) c);
            } else {
                uri.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return uri.toString();
    }

    private static boolean unreserved(int c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_'
                || c == '~';
    }
}
