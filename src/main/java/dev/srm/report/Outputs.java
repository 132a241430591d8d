package dev.srm.report;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.responsibility.Assessment;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes outputs all or none ({@link AtomicFiles}); a file that cannot be written is the user's problem to fix (exit
 * 2), reported as {@code PATH: cannot be written: REASON — …}, never as an internal error.
 */
public final class Outputs {

    private Outputs() {}

    /** Each target in the format its extension names. */
    public static void write(Assessment assessment, List<Path> targets) {
        Map<Path, AtomicFiles.Content> contents = new LinkedHashMap<>();
        for (Path target : targets) {
            ReportWriter writer = Reports.writerFor(OutputFormat.of(target));
            contents.put(target, out -> writer.write(assessment, out));
        }
        write(contents);
    }

    public static void write(Map<Path, AtomicFiles.Content> contents) {
        AtomicFiles files = new AtomicFiles();
        try {
            for (Map.Entry<Path, AtomicFiles.Content> output : contents.entrySet()) files.stage(output.getKey(), output.getValue());
            files.commit();
        } catch (AtomicFiles.Failure e) {
            throw new InvalidInputException(Problem.inFile(e.target().toString(), "cannot be written: " + reason(e.getCause())
                    + " — check the directory exists, is writable and has space"));
        } catch (IOException e) {
            throw new IllegalStateException("AtomicFiles names the target of every failure", e);
        } finally {
            files.rollback();
        }
    }

    /** The file system's reason, short: "permission denied", "no space left on device", "Read-only file system"… */
    public static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) return "permission denied";
            if (noSpace(t)) return "no space left on device";
            for (Throwable suppressed : t.getSuppressed()) {
                if (noSpace(suppressed)) return "no space left on device";
            }
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static boolean noSpace(Throwable t) {
        return t.getMessage() != null && t.getMessage().contains("No space left");
    }
}
