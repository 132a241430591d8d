package dev.srm.report;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes what runs killed with SIGKILL left behind: temporary outputs beside targets and POI's temporary folders.
 * Only entries that match srm's naming pattern, belong to the same user as {@code ours} (a file this run just created)
 * and carry the mark of a dead process of this host ({@link ProcessStamp}); a live run's files are never touched.
 * Each folder is looked at once per run.
 */
public final class StaleFiles {

    /** {@code .<target name>.<pid>@<host>.<random>.srm-tmp}, as {@link AtomicFiles} names its temporary files. */
    static final Pattern TEMPORARY_OUTPUT = Pattern.compile("^\\..*\\.(\\d+)@([a-z0-9-]+)\\.[0-9a-f]{8}\\.srm-tmp$", Pattern.DOTALL);
    /** {@code srm-poi-<pid>@<host>.<random>}, the folder of POI's temporary sheet files. */
    public static final Pattern POI_FOLDER = Pattern.compile("^srm-poi-(\\d+)@([a-z0-9-]+)\\.\\d+$");

    private static final Set<Path> LOOKED_AT = ConcurrentHashMap.newKeySet();

    private StaleFiles() {}

    /** Deletes dead runs' entries of {@code pattern} in {@code ours}' folder; folders are deleted with all they hold. */
    public static void removeBeside(Path ours, Pattern pattern) {
        Path folder = ours.toAbsolutePath().getParent();
        if (folder == null || !LOOKED_AT.add(folder)) return;
        Object owner = owner(ours);
        if (owner == null) return; // no POSIX owner to compare: leave everything
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Matcher name = pattern.matcher(entry.getFileName().toString());
                if (name.matches() && ProcessStamp.isDead(name.group(1), name.group(2)) && Objects.equals(owner, owner(entry))) {
                    delete(entry);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up is a courtesy: it never stops a run.
        }
    }

    private static Object owner(Path path) {
        try {
            return Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Deletes {@code entry} and, if it is a folder, everything below it, never following a link. */
    private static void delete(Path entry) throws IOException {
        Files.walkFileTree(entry, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.deleteIfExists(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
