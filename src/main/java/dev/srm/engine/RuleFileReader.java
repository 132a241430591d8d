package dev.srm.engine;

import dev.srm.responsibility.RuleFailureException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads one rule file, bounded by {@link RuleLimits#maxFileBytes()}; every I/O failure becomes a message naming the path. */
final class RuleFileReader {

    private RuleFileReader() {}

    /** The file's bytes; a file over the limit is refused by its size before it is opened, and again while it is read. */
    static byte[] read(Path file, long size, RuleLimits limits) {
        if (size > limits.maxFileBytes()) throw new RuleFailureException(tooLarge(file, size, limits));
        try (InputStream in = Files.newInputStream(file)) {
            // One byte more than the limit: a file that grew since it was listed is still refused, not read to the end.
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) throw new RuleFailureException(tooLarge(file, -1, limits));
            return bytes;
        } catch (IOException e) {
            throw new RuleFailureException(cannotRead(file, e, false));
        }
    }

    /** {@code size} -1: the file grew past the limit while it was read. */
    private static String tooLarge(Path file, long size, RuleLimits limits) {
        String what = size < 0 ? "is longer than the limit of " + limits.maxFileBytes() + " bytes for a rule file"
                : "file is " + size + " bytes, more than the limit of " + limits.maxFileBytes() + " bytes for a rule file";
        return file + ": " + what + " — split it, or raise the limit with -D" + RuleLimits.MAX_FILE_BYTES_PROPERTY + "=N";
    }

    /** {@code PATH: cannot be read: <reason> — <what to do>} for a file or folder of a rules folder. */
    static String cannotRead(Path path, IOException e, boolean folder) {
        String kind = folder ? "folder's" : "file's";
        if (e instanceof AccessDeniedException) {
            return path + ": cannot be read: permission denied — check the " + kind + " permissions";
        }
        if (e instanceof NoSuchFileException) {
            return path + ": disappeared while srm read the rules folder — run again once the folder is complete";
        }
        // Its message repeats the path; the reason alone is what the user needs ("Not a directory", "Input/output error").
        String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return path + ": cannot be read: " + reason + " — check the " + kind + " permissions and the disk";
    }
}
