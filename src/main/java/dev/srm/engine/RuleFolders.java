package dev.srm.engine;

import dev.srm.responsibility.RuleFailureException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads users' rule folders: every {@code .drl} and decision table ({@code .xlsx}, {@code .csv}) below each folder,
 * recursively and through symbolic links (fixture folders named {@code tests} excepted), and every
 * {@code controls.yaml}. Never silent: a folder that does not exist, is not a folder, holds no rule file, is given
 * twice or inside another given folder; a file in srm's reserved package, one that cannot be read, is too large or
 * is the same file as another: each is an error, all reported in one pass (exit 3).
 */
public final class RuleFolders {

    /** Built-in rules live in this package and below; custom rules must not. */
    public static final String RESERVED_PACKAGE = "srm.rules";

    /**
     * What the folders hold: rule sources in path order, the control catalogs that extend the built-in one, and the
     * real path of every file read (links resolved), so that no output is ever written over one of them.
     */
    /** {@code controlCatalogs} and {@code serviceCatalogs} are the folders' controls.yaml and services.yaml files. */
    public record Loaded(List<RuleSource> sources, List<Path> controlCatalogs, List<Path> serviceCatalogs, List<Path> inputs) {}

    private RuleFolders() {}

    public static Loaded load(List<Path> folders) {
        return load(folders, RuleLimits.fromSystemProperties());
    }

    public static Loaded load(List<Path> folders, RuleLimits limits) {
        List<String> errors = new ArrayList<>();
        List<RuleSource> sources = new ArrayList<>();
        List<Path> catalogs = new ArrayList<>();
        List<Path> serviceCatalogs = new ArrayList<>();
        List<Path> inputs = new ArrayList<>();
        Map<Path, Path> fileByReal = new HashMap<>();
        int ruleFiles = 0;
        for (Path folder : GivenFolders.check(folders, errors)) {
            int errorsBefore = errors.size();
            int sourcesBefore = sources.size();
            int servicesBefore = serviceCatalogs.size();
            RuleFolderWalk.Walked walked = RuleFolderWalk.walk(folder, errors, limits, ruleFiles);
            if (walked.stoppedAtLimit()) break;
            ruleFiles = walked.ruleFiles();
            for (RuleFolderWalk.Found file : walked.files()) {
                Path path = file.path();
                Path earlier = fileByReal.putIfAbsent(file.real(), path);
                if (earlier != null) {
                    errors.add(path + ": is the same file as " + earlier + " (through a symbolic link) — srm reads each file "
                            + "once; remove one of the links");
                    continue;
                }
                inputs.add(file.real());
                String fileName = path.getFileName().toString();
                if (fileName.equals("controls.yaml")) {
                    catalogs.add(path);
                    continue;
                }
                if (fileName.equals("services.yaml")) {
                    serviceCatalogs.add(path);
                    continue;
                }
                try {
                    RuleSource source = RuleSource.of(path.toString(), RuleFileReader.read(path, file.size(), limits), false, limits);
                    String pkg = source.packageName();
                    if (pkg.equals(RESERVED_PACKAGE) || pkg.startsWith(RESERVED_PACKAGE + ".")) {
                        errors.add(path + ": package " + pkg + " is reserved for srm's built-in rules — declare a package of "
                                + "your own (for example acme.rules." + stem(fileName) + ")");
                    } else {
                        sources.add(source);
                    }
                } catch (RuleFailureException e) {
                    errors.addAll(e.messages());
                }
            }
            // A folder may only add services (services.yaml) for the built-in rules to assess.
            if (sources.size() == sourcesBefore && serviceCatalogs.size() == servicesBefore && errors.size() == errorsBefore) {
                errors.add(folder + ": holds no rule file (.drl, .xlsx or .csv) or services.yaml — check the --rules path");
            }
        }
        if (!errors.isEmpty()) throw new RuleFailureException(errors);
        return new Loaded(List.copyOf(sources), List.copyOf(catalogs), List.copyOf(serviceCatalogs), List.copyOf(inputs));
    }

    private static String stem(String fileName) {
        String stem = fileName.replaceFirst("\\..*$", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return stem.isEmpty() ? "custom" : stem;
    }

    /** The given folders that exist, are folders, and are given once; a problem with any of them is added to errors. */
    static final class GivenFolders {

        private GivenFolders() {}

        static List<Path> check(List<Path> folders, List<String> errors) {
            List<Path> usable = new ArrayList<>();
            List<Path> reals = new ArrayList<>();
            List<Path> spellings = new ArrayList<>();
            for (Path folder : folders) {
                Path real = usableFolder(folder, errors);
                if (real == null) continue;
                String clash = clash(folder, real, spellings, reals);
                if (clash != null) {
                    errors.add(clash);
                    continue;
                }
                usable.add(folder);
                reals.add(real);
                spellings.add(folder);
            }
            return usable;
        }

        /** The folder's real path, or null (with the error) when it is missing, not a folder, or unreadable. */
        private static Path usableFolder(Path folder, List<String> errors) {
            if (!Files.exists(folder)) {
                errors.add(Files.isSymbolicLink(folder)
                        ? folder + ": is a symbolic link to a folder that does not exist — fix the link or the --rules path"
                        : folder + ": rules folder does not exist — check the --rules path");
                return null;
            }
            if (!Files.isDirectory(folder)) {
                errors.add(folder + ": is not a folder — --rules takes a folder of .drl, .xlsx and .csv rule files");
                return null;
            }
            try {
                return folder.toRealPath();
            } catch (IOException e) {
                errors.add(RuleFileReader.cannotRead(folder, e, true));
                return null;
            }
        }

        /** The error when {@code real} is a folder already given, inside one, or around one; null otherwise. */
        private static String clash(Path folder, Path real, List<Path> spellings, List<Path> reals) {
            for (int i = 0; i < reals.size(); i++) {
                Path other = spellings.get(i);
                if (real.equals(reals.get(i))) {
                    String also = other.toString().equals(folder.toString()) ? "" : " (also as " + other + ")";
                    return folder + ": given twice with --rules" + also + " — give each folder once";
                }
                if (real.startsWith(reals.get(i))) {
                    return folder + ": is inside " + other + ", already given with --rules — give each folder once (" + other
                            + " reads the folders below it)";
                }
                if (reals.get(i).startsWith(real)) {
                    return folder + ": holds " + other + ", already given with --rules — give each folder once (" + folder
                            + " reads the folders below it)";
                }
            }
            return null;
        }
    }
}
