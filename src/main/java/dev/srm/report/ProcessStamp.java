package dev.srm.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The mark srm puts in the names of its temporary files and folders: {@code <pid>@<host>}. A run killed with SIGKILL
 * cannot delete them; the mark lets a later run tell a dead run's leftovers from a live run's work in progress.
 * The host keeps a run on one machine from judging the process ids of another that shares the folder (NFS, a
 * container's mounted volume): only marks of this host are ever judged.
 */
public final class ProcessStamp {

    private static final String HOST = host();
    private static final long PID = ProcessHandle.current().pid();

    private ProcessStamp() {}

    /** {@code <pid>@<host>} of this process. */
    public static String current() {
        return PID + "@" + HOST;
    }

    /** True for a mark of this host whose process is no longer alive (never this process). */
    public static boolean isDead(String pid, String host) {
        if (!HOST.equals(host)) return false;
        long id;
        try {
            id = Long.parseLong(pid);
        } catch (NumberFormatException e) {
            return false;
        }
        return id != PID && ProcessHandle.of(id).map(p -> !p.isAlive()).orElse(true);
    }

    /** The host name as the kernel knows it (no DNS look-up), reduced to letters, digits and '-'. */
    private static String host() {
        String name = null;
        try {
            name = Files.readString(Path.of("/proc/sys/kernel/hostname"), StandardCharsets.UTF_8).strip();
        } catch (Exception e) {
            name = System.getenv("HOSTNAME");
        }
        if (name == null || name.isBlank()) name = "localhost";
        String clean = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return clean.length() > 40 ? clean.substring(0, 40) : clean;
    }
}
