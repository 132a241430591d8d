package dev.srm.engine;

import dev.srm.responsibility.RuleFailureException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads users' rule folders: every {@code .drl} and decision table ({@code .xlsx}, {@code .csv}) below each folder,
 * recursively (fixture folders named {@code tests} excepted), and every {@code controls.yaml}. Never silent: a folder
 * that does not exist, is not a folder or holds no rule file, and a file in srm's reserved package, are errors.
 */
public final class RuleFolders {

    /** Built-in rules live in this package and below; custom rules must not. */
    public static final String RESERVED_PACKAGE = "srm.rules";

    /** What the folders hold: rule sources in path order, and the control catalogs that extend the built-in one. */
    public record Loaded(List<RuleSource> sources, List<Path> controlCatalogs) {}

    private RuleFolders() {}

    public static Loaded load(List<Path> folders) {
        List<String> errors = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>();
        List<Path> catalogs = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.exists(folder)) {
                errors.add(folder + ": rules folder does not exist — check the --rules path");
                continue;
            }
            if (!Files.isDirectory(folder)) {
                errors.add(folder + ": is not a folder — --rules takes a folder of .drl, .xlsx and .csv rule files");
                continue;
            }
            List<Path> files = list(folder);
            int before = sources.size();
            int errorsBefore = errors.size();
            for (Path file : files) {
                String fileName = file.getFileName().toString();
                if (fileName.equals("controls.yaml")) {
                    catalogs.add(file);
                } else if (RuleSource.isRuleFile(fileName)) {
                    try {
                        RuleSource source = RuleSource.of(file.toString(), Files.readAllBytes(file), false);
                        String pkg = source.packageName();
                        if (pkg.equals(RESERVED_PACKAGE) || pkg.startsWith(RESERVED_PACKAGE + ".")) {
                            errors.add(file + ": package " + pkg + " is reserved for srm's built-in rules — declare a package of "
                                    + "your own (for example acme.rules." + stem(fileName) + ")");
                        } else {
                            sources.add(source);
                        }
                    } catch (RuleFailureException e) {
                        errors.addAll(e.messages());
                    } catch (IOException e) {
                        errors.add(file + ": cannot be read: " + e.getMessage());
                    }
                }
            }
            if (sources.size() == before && errors.size() == errorsBefore) {
                errors.add(folder + ": holds no rule file (.drl, .xlsx or .csv) — check the --rules path");
            }
        }
        if (!errors.isEmpty()) throw new RuleFailureException(errors);
        return new Loaded(List.copyOf(sources), List.copyOf(catalogs));
    }

    private static List<Path> list(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !insideTests(folder.relativize(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static boolean insideTests(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("tests")) return true;
        }
        return false;
    }

    private static String stem(String fileName) {
        String stem = fileName.replaceFirst("\\..*$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return stem.isEmpty() ? "custom" : stem;
    }
}
