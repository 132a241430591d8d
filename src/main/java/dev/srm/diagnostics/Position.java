package dev.srm.diagnostics;

/** Where something stands in a file: 1-based line and column. */
public record Position(String file, int line, int column) {

    public Position {
        if (file == null) throw new IllegalArgumentException("a position needs a file");
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
