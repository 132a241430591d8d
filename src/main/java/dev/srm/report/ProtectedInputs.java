package dev.srm.report;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What srm reads, so that it never writes over it: the architecture files, and every file and folder of every
 * {@code --rules} folder (links followed, loops and unreadable folders passed over: the rules loader reports those).
 * Files are compared by identity (device and inode, so a hard link or symlink is the same file) and by real path;
 * folders by real path, so a path through a link is caught too.
 *
 * <p>Writing anywhere inside a rules folder is refused, not only over a rule file: srm reads every {@code .xlsx} and
 * {@code .csv} there as a decision table, so a workbook written there breaks the next run.
 */
public final class ProtectedInputs {

    private static final String OVER_INPUT = " — srm never writes over its input; ";
    private static final String INTO_RULES = " — srm never writes into a --rules folder (it would read an .xlsx or .csv "
            + "written there as a decision table on the next run); ";

    /** An input file as the user named it, and how to recognise it. */
    private record Input(String shown, String kind, Object key, Path real) {}

    private final List<Input> files = new ArrayList<>();
    /** Real path of every folder of the rules trees (linked ones included) → the --rules folder as the user gave it. */
    private final Map<Path, String> ruleFolders = new LinkedHashMap<>();

    private ProtectedInputs() {}

    /** {@code inputs} are the architecture files; {@code ruleFolders} the --rules folders (missing ones are ignored here). */
    public static ProtectedInputs of(List<Path> inputs, List<Path> ruleFolders) {
        ProtectedInputs protectedInputs = new ProtectedInputs();
        for (Path input : inputs) protectedInputs.addFile(input, input.toString(), "input file");
        for (Path folder : ruleFolders) protectedInputs.addRuleFolder(folder);
        return protectedInputs;
    }

    /**
     * Why {@code target} must not be written, as the message after {@code "TARGET: "}, ending with {@code fix}; or
     * null when it may be.
     */
    public String refusal(Path target, String fix) {
        Path real = realPath(target, false);
        String folder = ruleFolderHolding(real.getParent());
        if (folder != null) return "is inside the rules folder " + folder + INTO_RULES + fix;
        if (Files.exists(target)) {
            Object key = key(target);
            Path realTarget = realPath(target, true);
            for (Input input : files) {
                if ((key != null && key.equals(input.key())) || realTarget.equals(input.real())) {
                    String named = input.shown().equals(target.toString()) ? "" : " " + input.shown();
                    return "is the " + input.kind() + named + OVER_INPUT + fix;
                }
            }
        }
        return null;
    }

    /** Why srm must not write into {@code folder} (which may not exist yet), or null when it may. */
    public String folderRefusal(Path folder, String fix) {
        String rules = ruleFolderHolding(realPath(folder, true));
        return rules == null ? null : "is inside the rules folder " + rules + INTO_RULES + fix;
    }

    private String ruleFolderHolding(Path real) {
        for (Path candidate = real; candidate != null; candidate = candidate.getParent()) {
            String folder = ruleFolders.get(candidate);
            if (folder != null) return folder;
        }
        return null;
    }

    private void addFile(Path file, String shown, String kind) {
        if (!Files.exists(file)) return;
        files.add(new Input(shown, kind, key(file), realPath(file, true)));
    }

    private void addRuleFolder(Path folder) {
        if (!Files.isDirectory(folder)) return;
        String shown = folder.toString();
        Map<Path, String> seen = new HashMap<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    seen.putIfAbsent(realPath(dir, true), shown);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    if (attributes.isRegularFile()) addFile(file, file.toString(), "rule file");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // a loop or an unreadable folder: the rules loader says so
                }
            });
        } catch (IOException e) {
            // Only what could be visited is protected; the rules loader reports the folder itself.
        }
        seen.forEach(ruleFolders::putIfAbsent);
    }

    private static Object key(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The real path of {@code path}, which may not exist yet: its deepest existing ancestor resolved, the rest appended.
     * {@code followLast} false keeps a final symlink itself (srm replaces a link it writes to, never its target).
     */
    static Path realPath(Path path, boolean followLast) {
        Path absolute = path.toAbsolutePath();
        Deque<Path> rest = new ArrayDeque<>();
        Path existing = absolute;
        if (!followLast && absolute.getFileName() != null) {
            rest.push(absolute.getFileName());
            existing = absolute.getParent();
        }
        while (existing != null) {
            try {
                Path real = existing.toRealPath();
                for (Path name : rest) real = real.resolve(name.toString());
                return real.normalize();
            } catch (IOException e) {
                if (existing.getFileName() != null) rest.push(existing.getFileName());
                existing = existing.getParent();
            }
        }
        return absolute.normalize();
    }
}
