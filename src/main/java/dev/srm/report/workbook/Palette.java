package dev.srm.report.workbook;

import dev.srm.model.Responsibility;
import dev.srm.responsibility.Severity;

/**
 * The workbook's colours as RGB hex. Fills are light tints with dark text of the same hue, so every cell passes WCAG AA
 * contrast; the three responsibilities take hues from the Okabe–Ito palette (bluish green, orange, blue), which stay
 * apart for the common colour-vision deficiencies. The word is always in the cell as well, so nothing relies on colour.
 */
final class Palette {

    static final String HEADER_FILL = "1F4E78";
    static final String HEADER_TEXT = "FFFFFF";
    static final String HEADING_TEXT = "1F4E78";
    static final String MUTED_TEXT = "595959";
    static final String BORDER = "BFBFBF";
    static final String LABEL_FILL = "F2F2F2";
    static final String LINK_TEXT = "0563C1";

    private Palette() {}

    /** {fill, text} for a responsibility. */
    static String[] of(Responsibility responsibility) {
        return switch (responsibility) {
            case INHERITED -> new String[] {"CDEBDF", "00563B"};
            case SHARED -> new String[] {"FBDDA8", "6B3F00"};
            case CUSTOMER -> new String[] {"B7D3EE", "0B2E59"};
        };
    }

    /** {fill, text} for a severity. */
    static String[] of(Severity severity) {
        return switch (severity) {
            case HIGH -> new String[] {"F6C9C4", "7A1C14"};
            case MEDIUM -> new String[] {"FBDDA8", "6B3F00"};
            case LOW -> new String[] {"E7E6E6", "3A3A3A"};
        };
    }

    static byte[] rgb(String hex) {
        int value = Integer.parseInt(hex, 16);
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }
}
