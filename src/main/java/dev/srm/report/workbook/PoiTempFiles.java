package dev.srm.report.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;

/**
 * Puts POI's temporary sheet files in a folder of this process's own and deletes it when the JVM exits, however it
 * exits: an interrupted run (SIGINT, SIGTERM) skips the {@code finally} that normally disposes of them.
 */
final class PoiTempFiles {

    private static boolean installed;

    private PoiTempFiles() {}

    static synchronized void install() {
        if (installed) return;
        try {
            Path dir = Files.createTempDirectory("srm-poi-");
            TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(dir.toFile()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir), "srm-poi-cleanup"));
            installed = true;
        } catch (IOException e) {
            // POI's default folder still works; only the clean-up after an interrupt is lost.
            installed = true;
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // The JVM is exiting; nothing more can be done.
        }
    }
}
