package dev.srm.engine;

import dev.srm.files.SpecialFiles;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the files of one rules folder that srm reads: rule files, {@code controls.yaml} and {@code services.yaml}, below the folder at any
 * depth, {@code tests} folders (fixtures) excepted. Symbolic links are followed, to folders and to files alike, so no
 * rule is ever skipped because it is linked; a link loop, a dangling link, a pipe or device where a rule file should
 * be, and a folder srm may not read are each an error naming the path — never a silent skip, never a read that blocks.
 */
final class RuleFolderWalk implements FileVisitor<Path> {

    /** A file srm will read: its path as walked, its real path (links resolved), its size. */
    record Found(Path path, Path real, long size) {}

    /** What one walk found; {@code ruleFiles} counts the rule files of all folders walked so far. */
    record Walked(List<Found> files, int ruleFiles, boolean stoppedAtLimit) {}

    private final Path root;
    private final List<Found> found = new ArrayList<>();
    private final List<String> errors;
    private final RuleLimits limits;
    private int ruleFiles;
    private boolean stoppedAtLimit;

    private RuleFolderWalk(Path root, List<String> errors, RuleLimits limits, int filesBefore) {
        this.root = root;
        this.errors = errors;
        this.limits = limits;
        this.ruleFiles = filesBefore;
    }

    /**
     * The files below {@code root} that srm reads, sorted by path; problems are added to {@code errors}.
     * {@code filesBefore} rule files were found in earlier folders (the file limit counts all folders together).
     */
    static Walked walk(Path root, List<String> errors, RuleLimits limits, int filesBefore) {
        RuleFolderWalk walk = new RuleFolderWalk(root, errors, limits, filesBefore);
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, walk);
        } catch (IOException e) {
            errors.add(RuleFileReader.cannotRead(root, e, true));
        }
        walk.found.sort(java.util.Comparator.comparing(Found::path));
        return new Walked(walk.found, walk.ruleFiles, walk.stoppedAtLimit);
    }

    static boolean isReadBySrm(String fileName) {
        return fileName.equals("controls.yaml") || fileName.equals("services.yaml") || RuleSource.isRuleFile(fileName);
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && dir.getFileName().toString().equals("tests") ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            // Following links, the walk shows a link by its own attributes only when its target cannot be reached.
            errors.add(file + ": is a symbolic link to " + target(file) + ", which does not exist — fix the link or remove it");
            return FileVisitResult.CONTINUE;
        }
        if (!isReadBySrm(file.getFileName().toString())) return FileVisitResult.CONTINUE;
        if (!attrs.isRegularFile()) {
            errors.add(file + ": is " + SpecialFiles.kindOfNonRegular(file) + ", not a regular file — a rules folder holds files; remove it");
            return FileVisitResult.CONTINUE;
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            errors.add(RuleFileReader.cannotRead(file, e, false));
            return FileVisitResult.CONTINUE;
        }
        if (SpecialFiles.isKernelFile(real, attrs)) {
            errors.add(file + ": is a file of the kernel (" + real + "), not a rule file — remove it from the rules folder");
            return FileVisitResult.CONTINUE;
        }
        if (RuleSource.isRuleFile(file.getFileName().toString()) && ++ruleFiles > limits.maxFiles()) {
            // Stop at once: `--rules /` must not walk the whole disk before it is refused.
            errors.add(root + ": holds more than " + limits.maxFiles() + " rule files (in all --rules folders together) — give "
                    + "fewer or smaller folders, or raise the limit with -D" + RuleLimits.MAX_FILES_PROPERTY + "=N");
            stoppedAtLimit = true;
            return FileVisitResult.TERMINATE;
        }
        found.add(new Found(file, real, attrs.size()));
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (e instanceof FileSystemLoopException) {
            errors.add(file + ": is a symbolic link that loops (it leads back to a folder above it) — remove the link");
        } else {
            errors.add(RuleFileReader.cannotRead(file, e, Files.isDirectory(file)));
        }
        return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        if (e != null) errors.add(RuleFileReader.cannotRead(dir, e, true));
        return FileVisitResult.CONTINUE;
    }

    private static String target(Path link) {
        try {
            return "'" + Files.readSymbolicLink(link) + "'";
        } catch (IOException | UnsupportedOperationException e) {
            return "a path";
        }
    }
}
