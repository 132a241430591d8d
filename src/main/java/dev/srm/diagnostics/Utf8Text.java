package dev.srm.diagnostics;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 for every text file srm reads (architecture YAML, catalogs, rule files, tables), whatever the platform's
 * charset: a byte that is not UTF-8 is refused with its line and column, never replaced by U+FFFD. A byte-order mark is
 * tolerated (and kept in the text; {@link #withoutBom} drops it).
 */
public final class Utf8Text {

    private Utf8Text() {}

    /** The text of {@code bytes}; {@code displayName}:LINE:COL: not valid UTF-8 (exit 2) at the first bad byte. */
    public static String decode(byte[] bytes, String displayName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return throwNotUtf8(bytes, buffer.position(), displayName);
        }
    }

    /** {@code text} without a leading byte-order mark. */
    public static String withoutBom(String text) {
        return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
    }

    public static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private static String throwNotUtf8(byte[] bytes, int offset, String displayName) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        String byteText = offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xFF) : "end of file";
        // Columns count characters, as editors and SnakeYAML do: the bytes before the bad one on its line are valid UTF-8.
        int from = line == 1 && startsWithBom(bytes) ? 3 : lineStart;
        String before = new String(bytes, from, Math.max(0, offset - from), StandardCharsets.UTF_8);
        throw new InvalidInputException(new Problem(displayName, line, before.codePointCount(0, before.length()) + 1,
                "not valid UTF-8 (byte " + byteText + ") — save the file as UTF-8"));
    }
}
