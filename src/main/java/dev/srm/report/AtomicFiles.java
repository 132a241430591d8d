package dev.srm.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes outputs so that nothing is ever half-written: each goes to a temporary file beside its target, and only when
 * every output is complete are they renamed into place. A failure, or an interrupt (SIGINT/SIGTERM), removes the
 * temporary files and leaves existing outputs untouched.
 */
public final class AtomicFiles {

    /** Produces the bytes of one output. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::deletePending, "srm-cleanup"));
    }

    private final List<Path[]> staged = new ArrayList<>();

    /** Writes {@code content} to a temporary file beside {@code target}; {@link #commit()} moves it into place. */
    public void stage(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".srm-tmp");
        PENDING.add(temp);
        try (OutputStream out = Files.newOutputStream(temp)) {
            content.writeTo(out);
        } catch (IOException | RuntimeException | Error e) {
            discard(temp);
            throw e;
        }
        staged.add(new Path[] {temp, target});
    }

    /** Moves every staged file into place (each move atomic where the file system allows). */
    public void commit() throws IOException {
        try {
            for (Path[] pair : staged) {
                try {
                    Files.move(pair[0], pair[1], StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(pair[0], pair[1], StandardCopyOption.REPLACE_EXISTING);
                }
                PENDING.remove(pair[0]);
            }
        } finally {
            rollback();
        }
    }

    /** Deletes every staged file that was not committed. */
    public void rollback() {
        for (Path[] pair : staged) discard(pair[0]);
        staged.clear();
    }

    private static void discard(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // Best effort: the shutdown hook tries again.
            return;
        }
        PENDING.remove(temp);
    }

    private static void deletePending() {
        for (Path temp : PENDING) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // Nothing more can be done while the JVM exits.
            }
        }
    }
}
