package dev.srm.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step that pre-compiles the built-in rules gives the same classes under LANG=C as the build did: Drools
 * names generated classes by a hash of rule text taken in the platform charset, so the step runs with
 * -Dfile.encoding=UTF-8 (pom.xml; this test runs it with the options the pom gives) and refuses to run without it.
 * physical-environmental's DRL holds a '°'. (Its classes are compared: Drools orders the rule names inside some
 * shared lambdas of other packages differently from build to build, whatever the locale.)
 */
class RulePrebuiltLocaleIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final Path CLASSES = PROJECT.resolve("target/classes");
    private static final String PACKAGE = "srm/rules/physical_environmental";

    @TempDir
    Path temp;

    private Process generate(Path into, String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        // The test class path holds the build-only code generator (provided scope); failsafe puts the jar there, which
        // leaves the generator out: srm's classes folder comes first.
        command.addAll(List.of("-cp", CLASSES + java.io.File.pathSeparator
                        + System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                "dev.srm.engine.PrebuiltRulesGenerator", into.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(temp.resolve("log.txt").toFile());
        builder.environment().keySet().removeIf(key -> key.equals("LANG") || key.startsWith("LC_") || key.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().put("LANG", "C");
        return builder.start();
    }

    /** The JVM options pom.xml runs the step with: its exec arguments before -classpath. */
    private static List<String> jvmOptionsOfTheBuild() throws IOException {
        String pom = Files.readString(PROJECT.resolve("pom.xml"));
        String execution = pom.substring(pom.indexOf("<id>prebuild-rules</id>"));
        execution = execution.substring(0, execution.indexOf("<argument>-classpath</argument>"));
        List<String> options = new ArrayList<>();
        java.util.regex.Matcher argument = java.util.regex.Pattern.compile("<argument>([^<]*)</argument>").matcher(execution);
        while (argument.find()) options.add(argument.group(1));
        assertThat(options).as("JVM options of the prebuild-rules step in pom.xml").isNotEmpty();
        return options;
    }

    private static TreeMap<String, byte[]> files(Path root) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) files.put(root.relativize(file).toString(), Files.readAllBytes(file));
        }
        return files;
    }

    @Test
    void underLangCTheGeneratedClassesAreTheBuildsOwn() throws Exception {
        Path into = Files.createDirectories(temp.resolve("classes"));
        Process process = generate(into, jvmOptionsOfTheBuild().toArray(String[]::new));
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("finished in time").isTrue();
        assertThat(process.exitValue()).as(Files.readString(temp.resolve("log.txt"))).isZero();
        TreeMap<String, byte[]> built = files(CLASSES.resolve(PACKAGE));
        TreeMap<String, byte[]> underC = files(into.resolve(PACKAGE));
        assertThat(underC.keySet()).isEqualTo(built.keySet());
        for (String name : built.keySet()) assertThat(underC.get(name)).as(name).isEqualTo(built.get(name));
        assertThat(Files.readString(into.resolve("srm-rules/builtin.properties")))
                .isEqualTo(Files.readString(CLASSES.resolve("srm-rules/builtin.properties")));
    }

    @Test
    void withoutUtf8AsTheDefaultCharsetTheStepRefusesToRun() throws Exception {
        Path into = Files.createDirectories(temp.resolve("classes"));
        Process process = generate(into, "-XX:TieredStopAtLevel=1");
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        assertThat(process.exitValue()).isNotZero();
        assertThat(Files.readString(temp.resolve("log.txt"), StandardCharsets.ISO_8859_1))
                .contains("PrebuiltRulesGenerator needs -Dfile.encoding=UTF-8");
        try (Stream<Path> nothing = Files.list(into)) {
            assertThat(nothing).isEmpty();
        }
    }
}
