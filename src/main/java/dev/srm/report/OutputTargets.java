package dev.srm.report;

import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Problems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks outputs before any work is done, every problem at once: a known format, never an input nor inside a rules
 * folder, a regular file (or none yet) in a folder that exists and is writable, each named once. Shared by single
 * runs ({@code -o}) and batches ({@code --out-dir}).
 */
public final class OutputTargets {

    private OutputTargets() {}

    /**
     * Adds to {@code problems} what is wrong with each of {@code targets}; {@code fix} ends a refusal to write over an
     * input ("choose another output path", "choose another --out-dir").
     */
    public static void check(List<Path> targets, ProtectedInputs inputs, String fix, Problems problems) {
        Set<Path> seen = new HashSet<>();
        for (Path target : targets) {
            String refusal = refusal(target, inputs, fix);
            if (refusal != null) problems.add(Problem.inFile(target.toString(), refusal));
            else if (!seen.add(ProtectedInputs.realPath(target, false))) {
                problems.add(Problem.inFile(target.toString(), "is given twice with -o — give each output once"));
            }
        }
    }

    private static String refusal(Path target, ProtectedInputs inputs, String fix) {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (OutputFormat.of(target) == null) {
            return "unknown output format — use a path ending in .xlsx (workbook) or .json";
        }
        String overInput = inputs.refusal(target, fix);
        if (overInput != null) return overInput;
        if (Files.isDirectory(absolute)) return "is a directory — give a file name ending in .xlsx or .json";
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // A device or pipe (/dev/full, /dev/stdout): srm writes a temporary file and renames it, which would
            // replace the device node itself.
            return "is not a regular file — give a file path ending in .xlsx or .json";
        }
        if (parent != null && !Files.isDirectory(parent)) {
            return "cannot be written: directory " + parent + " does not exist — create it first";
        }
        if (parent != null && !Files.isWritable(parent)) return "cannot be written: directory " + parent + " is not writable";
        return null;
    }
}
