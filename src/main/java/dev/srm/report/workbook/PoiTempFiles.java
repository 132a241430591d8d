package dev.srm.report.workbook;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import dev.srm.report.ProcessStamp;
import dev.srm.report.StaleFiles;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;

/**
 * Puts POI's temporary sheet files in a folder of this process's own and deletes it when the JVM exits, however it
 * exits: an interrupted run (SIGINT, SIGTERM) skips the {@code finally} that normally disposes of them.
 *
 * <p>The workbook warm-up is a daemon thread that may still be creating sheets while the JVM exits (an invalid input
 * ends the run early): daemon threads run on during shutdown hooks. So the folder closes under a lock before it is
 * deleted, and a temporary file asked for after that is refused instead of being left behind.
 *
 * <p>SIGKILL runs no hook: the folder's name carries the process's mark, and the next run that writes a workbook
 * deletes the folders of dead runs ({@link StaleFiles}).
 */
final class PoiTempFiles {

    private static boolean installed;

    private PoiTempFiles() {}

    static synchronized void install() {
        if (installed) return;
        installed = true;
        try {
            Folder folder = new Folder(Files.createTempDirectory("srm-poi-" + ProcessStamp.current() + "."));
            StaleFiles.removeBeside(folder.dir, StaleFiles.POI_FOLDER);
            TempFile.setTempFileCreationStrategy(folder);
            Runtime.getRuntime().addShutdownHook(new Thread(folder::close, "srm-poi-cleanup"));
        } catch (IOException e) {
            // POI's default folder still works; only the clean-up after an interrupt is lost.
        }
    }

    /** POI's temporary files in one folder, which {@link #close} deletes and closes to new files. */
    static final class Folder implements TempFileCreationStrategy {

        private final Path dir;
        private final TempFileCreationStrategy files;
        private boolean closed;

        Folder(Path dir) {
            this.dir = dir;
            this.files = new DefaultTempFileCreationStrategy(dir.toFile());
        }

        @Override
        public synchronized File createTempFile(String prefix, String suffix) throws IOException {
            if (closed) throw new IOException("srm is exiting: no more temporary files");
            return files.createTempFile(prefix, suffix);
        }

        @Override
        public synchronized File createTempDirectory(String prefix) throws IOException {
            if (closed) throw new IOException("srm is exiting: no more temporary files");
            return files.createTempDirectory(prefix);
        }

        /** Deletes the folder and everything in it; no file can be created in it afterwards. */
        synchronized void close() {
            closed = true;
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // The JVM is exiting; nothing more can be done.
            }
        }
    }
}
