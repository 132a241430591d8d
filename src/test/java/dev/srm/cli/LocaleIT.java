package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The locale changes nothing: under {@code LANG=C} (or no LANG, as in containers and CI), C.UTF-8 and a Turkish or
 * German default locale, the packaged jar and the launcher read a non-ASCII file name and content, write outputs under
 * non-ASCII names, print '—' and umlauts as UTF-8, and write the same bytes.
 */
class LocaleIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final String JAR = PROJECT.resolve("target/srm.jar").toString();
    private static final String LAUNCHER = PROJECT.resolve("srm").toString();
    private static final String INPUT = "ünïcödé.yaml";
    /** No LANG, LC_ALL or LC_CTYPE of the build's own: each run names its locale. */
    private static final Map<String, String> ASCII = Map.of("LANG", "C");
    private static final Map<String, String> UTF8 = Map.of("LC_ALL", "C.UTF-8");

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {}

    @BeforeEach
    void architectureWithANonAsciiNameAndContent() throws IOException {
        assertThat(System.getProperty("sun.jnu.encoding")).as("this test's own JVM must run under a UTF-8 locale to name"
                + " its files (LC_ALL=C.UTF-8 mvn verify)").isEqualTo("UTF-8");
        Files.writeString(dir.resolve(INPUT), """
                name: Café — Müller
                owner: Groß & Söhne
                components:
                  - id: web
                    service: ec2
                    description: Grüße — Straße, İstanbul, ıi
                    data:
                      - name: Kundenübersicht
                        classification: restricted
                """, StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("bätch"));
        Files.copy(dir.resolve(INPUT), dir.resolve("bätch").resolve(INPUT));
    }

    private Result run(Map<String, String> locale, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.remove("LANG");
        env.remove("LC_ALL");
        env.remove("LC_CTYPE");
        env.remove("SRM_JAVA_OPTS");
        env.putAll(locale);
        env.put("SOURCE_DATE_EPOCH", "1767225600");
        env.put("TZ", "UTC");
        Path out = Files.createTempFile("out", ".txt");
        Path err = Files.createTempFile("err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("finished in time").isTrue();
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private static String[] java(String... jvmOptionsThenArgs) {
        List<String> command = new ArrayList<>(List.of("java"));
        int i = 0;
        while (i < jvmOptionsThenArgs.length && jvmOptionsThenArgs[i].startsWith("-D")) command.add(jvmOptionsThenArgs[i++]);
        command.add("-jar");
        command.add(JAR);
        for (; i < jvmOptionsThenArgs.length; i++) command.add(jvmOptionsThenArgs[i]);
        return command.toArray(String[]::new);
    }

    private static String[] launcher(String... args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER));
        command.addAll(List.of(args));
        return command.toArray(String[]::new);
    }

    /** One single assessment writing both formats under names that say which run they come from. */
    private void assess(String tag, Map<String, String> locale, boolean viaLauncher, String... jvmOptions) throws Exception {
        List<String> args = new ArrayList<>(List.of(jvmOptions));
        args.addAll(List.of("assess", INPUT, "-o", tag + "—ö.json", "-o", tag + "—ö.xlsx"));
        String[] command = viaLauncher ? launcher(args.subList(jvmOptions.length, args.size()).toArray(String[]::new))
                : java(args.toArray(String[]::new));
        Result result = run(locale, command);
        assertThat(result.err()).as("stderr of " + tag).isEmpty();
        assertThat(result.exitCode()).as("exit code of " + tag).isZero();
        assertThat(result.out()).as(tag).contains("Architecture: Café — Müller (ünïcödé.yaml)\n",
                "Wrote:        " + tag + "—ö.json\n", "Wrote:        " + tag + "—ö.xlsx\n");
    }

    private byte[] bytes(String name) throws IOException {
        return Files.readAllBytes(dir.resolve(name));
    }

    @Test
    void aSingleAssessmentWritesTheSameBytesInEveryLocale() throws Exception {
        assess("utf8", UTF8, false);
        assess("ascii", ASCII, false);
        assess("launcher", ASCII, true);
        assess("turkish", UTF8, false, "-Duser.language=tr", "-Duser.country=TR");
        assess("german", ASCII, false, "-Duser.language=de", "-Duser.country=DE");

        String json = new String(bytes("utf8—ö.json"), StandardCharsets.UTF_8);
        assertThat(json).contains("\"name\" : \"Café — Müller\"", "\"file\" : \"ünïcödé.yaml\"");
        for (String tag : List.of("ascii", "launcher", "turkish", "german")) {
            assertThat(bytes(tag + "—ö.json")).as(tag + " JSON").isEqualTo(bytes("utf8—ö.json"));
            assertThat(bytes(tag + "—ö.xlsx")).as(tag + " workbook").isEqualTo(bytes("utf8—ö.xlsx"));
        }
    }

    @Test
    void aBatchOverAFolderOfNonAsciiNamesWorksUnderLangC() throws Exception {
        Files.createDirectories(dir.resolve("öut-utf8"));
        Result reference = run(UTF8, java("assess", "bätch", "--out-dir", "öut-utf8"));
        assertThat(reference.exitCode()).as(reference.err()).isZero();
        for (String tag : List.of("jar", "launcher")) {
            Path out = Files.createDirectories(dir.resolve("öut—" + tag));
            String[] args = {"assess", "bätch", "--out-dir", out.getFileName().toString()};
            Result result = run(ASCII, tag.equals("jar") ? java(args) : launcher(args));
            assertThat(result.err()).as("stderr of " + tag).isEmpty();
            assertThat(result.exitCode()).as("exit code of " + tag).isZero();
            assertThat(result.out()).as(tag).startsWith("OK    bätch/ünïcödé.yaml → öut—" + tag
                    + "/ünïcödé-responsibility-matrix.xlsx (1 components");
            assertThat(Files.readAllBytes(out.resolve("ünïcödé-responsibility-matrix.xlsx"))).as(tag)
                    .isEqualTo(bytes("öut-utf8/ünïcödé-responsibility-matrix.xlsx"));
        }
    }

    @Test
    void messagesPrintTheDashAndTheNameUnderLangC() throws Exception {
        Result missing = run(ASCII, java("validate", "nö-such-file.yaml"));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("nö-such-file.yaml: no such file — check the path\n");
        Result valid = run(ASCII, java("validate", INPUT));
        assertThat(valid.out()).isEqualTo("ünïcödé.yaml: valid — architecture 'Café — Müller', 1 component(s)\n");
        Result help = run(ASCII, java("--help"));
        assertThat(help.out()).contains("Exit codes: 0 success · 1 internal error");
    }
}
