package dev.srm.diagnostics;

/**
 * One thing wrong with a user's input, located as precisely as we can.
 * Line and column are 1-based; 0 means "no position" (for example a file that cannot be read at all).
 */
public record Problem(String file, int line, int column, String message) {

    public Problem {
        if (file == null || file.isBlank()) throw new IllegalArgumentException("a problem needs a file");
        if (message == null || message.isBlank()) throw new IllegalArgumentException("a problem needs a message");
    }

    public static Problem at(Position position, String message) {
        return new Problem(position.file(), position.line(), position.column(), message);
    }

    public static Problem inFile(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** {@code file:line:col: message}, the form editors and CI annotators understand; always one line. */
    public String format() {
        String where = line <= 0 ? file : column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
        return Shown.oneLine(where + ": " + message);
    }

    @Override
    public String toString() {
        return format();
    }
}
