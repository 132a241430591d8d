package dev.srm.yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Recognises the files a reader must not open: named pipes, sockets and devices (opening a pipe blocks until a writer
 * comes; a device may never end), and the kernel's pseudo-files (/proc/kmsg is a "regular" file of size 0 whose read
 * blocks until the kernel logs something). Symbolic links are followed: it is what they point to that is read.
 */
final class SpecialFiles {

    /** Mount types whose files are the kernel's interfaces, not stored data. */
    private static final Set<String> KERNEL_FILE_SYSTEMS = Set.of("proc", "sysfs", "debugfs", "tracefs", "securityfs",
            "configfs", "cgroup", "cgroup2", "bpf", "pstore", "efivarfs", "fusectl");

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {}

    /** What kind of special file {@code path} is ("a named pipe"…), or null for a regular file (or a directory). */
    static String kind(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            String type = Files.getFileStore(path).type();
            return KERNEL_FILE_SYSTEMS.contains(type) ? "a file of the kernel's " + type + " file system" : null;
        }
        if (Files.isDirectory(path)) return null;
        int mode = (Integer) Files.getAttribute(path, "unix:mode") & TYPE_MASK;
        return switch (mode) {
            case FIFO -> "a named pipe";
            case CHARACTER_DEVICE -> "a character device";
            case BLOCK_DEVICE -> "a block device";
            case SOCKET -> "a socket";
            default -> "a special file";
        };
    }
}
