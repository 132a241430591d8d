package dev.srm.report;

import java.nio.file.Path;
import java.util.Locale;

/** The output formats, chosen by file extension. */
public enum OutputFormat {
    XLSX(".xlsx"),
    JSON(".json");

    private final String extension;

    OutputFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    /** The format of {@code path} by its extension, or null. */
    public static OutputFormat of(Path path) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        for (OutputFormat format : values()) {
            if (name.endsWith(format.extension)) return format;
        }
        return null;
    }
}
