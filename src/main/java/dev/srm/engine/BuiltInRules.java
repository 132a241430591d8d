package dev.srm.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The DRL files srm ships under {@code rules/}, read from the jar (or from the build's classes folder). */
public final class BuiltInRules {

    static final String ROOT = "rules";

    private BuiltInRules() {}

    /** Every built-in {@code *.drl}, sorted by path, named {@code rules/<family>/<file>.drl}. */
    public static List<RuleSource> load() {
        URL root = readme();
        if ("jar".equals(root.getProtocol())) return readJar(root);
        return withFolder(BuiltInRules::read);
    }

    /** Something to do with the built-in rules folder (in the jar, or the build's classes folder). */
    public interface FolderAction<T> {
        T apply(Path rulesFolder) throws IOException;
    }

    /** Runs {@code action} on the built-in rules folder, which stays open while it runs. */
    public static <T> T withFolder(FolderAction<T> action) {
        URL root = readme();
        try {
            URI uri = root.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = openJar(uri)) {
                    return action.apply(jar.getPath("/" + ROOT));
                }
            }
            return action.apply(Path.of(uri).getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in rules", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL readme() {
        URL root = BuiltInRules.class.getClassLoader().getResource(ROOT + "/README.md");
        if (root == null) throw new IllegalStateException("built-in rules are missing: no " + ROOT + "/README.md on the class path");
        return root;
    }

    /**
     * The rules read straight from the jar's entries. The same files as {@link #withFolder} would list, without opening
     * the jar as a file system: that builds an index of all ~22,000 entries and took ~40 ms of every start.
     */
    private static List<RuleSource> readJar(URL readme) {
        String spec = readme.getPath();
        try (JarFile jar = new JarFile(Path.of(URI.create(spec.substring(0, spec.indexOf("!/")))).toFile())) {
            List<JarEntry> drl = jar.stream()
                    .filter(e -> !e.isDirectory() && e.getName().startsWith(ROOT + "/") && e.getName().endsWith(".drl"))
                    .sorted(Comparator.comparing(JarEntry::getName))
                    .toList();
            List<RuleSource> sources = new ArrayList<>();
            for (JarEntry entry : drl) {
                try (InputStream in = jar.getInputStream(entry)) {
                    sources.add(RuleSource.of(entry.getName(), in.readAllBytes(), true));
                }
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in rules", e);
        }
    }

    /** A private view of the jar (not the JVM-wide registered one, so closing it disturbs no one). */
    private static FileSystem openJar(URI uri) throws IOException {
        String spec = uri.getRawSchemeSpecificPart();
        Path jar = Path.of(URI.create(spec.substring(0, spec.indexOf("!/"))));
        return FileSystems.newFileSystem(jar);
    }

    private static List<RuleSource> read(Path dir) throws IOException {
        List<RuleSource> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> drl = files.filter(p -> p.getFileName().toString().endsWith(".drl")).sorted().toList();
            for (Path file : drl) {
                String name = ROOT + "/" + dir.relativize(file).toString().replace('\\', '/');
                sources.add(RuleSource.of(name, Files.readAllBytes(file), true));
            }
        }
        return sources;
    }
}
