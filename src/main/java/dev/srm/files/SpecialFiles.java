package dev.srm.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Set;

/**
 * Recognises the files a reader must not open: named pipes, sockets and devices (opening a pipe blocks until a writer
 * comes; a device may never end), and the kernel's pseudo-files (/proc/kmsg is a "regular" file of size 0 whose read
 * blocks until the kernel logs something). Symbolic links are followed: it is what they point to that is read. Both
 * readers of users' files, the architecture reader and the rules loader, ask here.
 */
public final class SpecialFiles {

    /** Mount types whose files are the kernel's interfaces, not stored data. */
    private static final Set<String> KERNEL_FILE_SYSTEMS = Set.of("proc", "sysfs", "debugfs", "tracefs", "securityfs",
            "configfs", "devtmpfs", "cgroup", "cgroup2", "bpf", "pstore", "efivarfs", "fusectl");
    private static final List<String> KERNEL_TREES = List.of("/proc/", "/sys/", "/dev/");

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {}

    /** What kind of special file {@code path} is ("a named pipe"…), or null for a regular file (or a directory). */
    public static String kind(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            String type = Files.getFileStore(path).type();
            return KERNEL_FILE_SYSTEMS.contains(type) ? "a file of the kernel's " + type + " file system" : null;
        }
        if (Files.isDirectory(path)) return null;
        return kindByMode(path); // a missing file or a path through a file fails here, for the caller to say so
    }

    /** "a named pipe", "a character device", "a socket"… for a file that is neither regular nor a directory. */
    public static String kindOfNonRegular(Path path) {
        try {
            return kindByMode(path);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "a special file";
        }
    }

    private static String kindByMode(Path path) throws IOException {
        int mode = (Integer) Files.getAttribute(path, "unix:mode") & TYPE_MASK;
        return switch (mode) {
            case FIFO -> "a named pipe";
            case CHARACTER_DEVICE -> "a character device";
            case BLOCK_DEVICE -> "a block device";
            case SOCKET -> "a socket";
            default -> "a special file";
        };
    }

    /**
     * True for a "regular" file of procfs, sysfs and the like, given its real path and attributes: its size means
     * nothing and reading it may block. The file system is looked up only for files of size 0 (kernel files report 0
     * or a made-up size), since the look-up costs a system call per file.
     */
    public static boolean isKernelFile(Path real, BasicFileAttributes attrs) {
        for (String top : KERNEL_TREES) {
            if (real.toString().startsWith(top)) return true;
        }
        try {
            return attrs.size() == 0 && KERNEL_FILE_SYSTEMS.contains(Files.getFileStore(real).type());
        } catch (IOException | SecurityException e) {
            return false; // reading it will say what is wrong
        }
    }
}
