package dev.srm.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files and tables are UTF-8 whatever the locale: the packaged srm gives byte-identical JSON under LANG=C (the
 * platform charset is then ASCII, as in most containers and CI), C.UTF-8 and an explicit ASCII file.encoding, with the
 * custom-rules sample (an em dash in a DRL) and a CSV table holding umlauts; and it refuses a Latin-1 rule file.
 */
class RuleEncodingIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/srm.jar");
    private static final String ASCII = "ANSI_X3.4-1968";

    /** Findings with umlauts and an em dash in their message, for the webshop's EC2 component. */
    private static final String UMLAUT_CSV = String.join("\n",
            "RuleSet,acme.rules.umlaut",
            "Import,\"dev.srm.model.*, dev.srm.responsibility.*\"",
            "Variables,dev.srm.responsibility.Conclusions srm",
            ",",
            "RuleTable Umlauts,,",
            "NAME,CONDITION,ACTION",
            ",$c : Component,",
            ",\"serviceId == \"\"$param\"\"\",\"srm.finding(\"\"acme-umlaut\"\", Severity.LOW, $c, null, null, \"\"$param\"\");\"",
            "Rule,service,message",
            "acme/umlaut-ec2,ec2,Größe und Maße — geprüft für Zürich",
            "");

    @TempDir
    Path temp;

    Path rules;

    @BeforeEach
    void rules() throws IOException {
        rules = temp.resolve("rules");
        try (Stream<Path> files = Files.walk(PROJECT.resolve("samples/custom-rules"))) {
            for (Path from : files.toList()) {
                Path to = rules.resolve(PROJECT.resolve("samples/custom-rules").relativize(from).toString());
                if (Files.isDirectory(from)) Files.createDirectories(to);
                else Files.copy(from, to);
            }
        }
        Files.writeString(rules.resolve("tables/umlauts.csv"), UMLAUT_CSV, StandardCharsets.UTF_8);
    }

    private record Run(int exitCode, String stderr, byte[] json) {}

    private Run assess(String name, Map<String, String> env, String... jvmOptions) throws Exception {
        Path json = temp.resolve(name + ".json");
        Path err = temp.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-jar", JAR.toString(), "assess", "samples/three-tier-webshop.yaml", "--rules", rules.toString(),
                "-o", json.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(PROJECT.toFile())
                .redirectOutput(temp.resolve(name + ".out").toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(key -> key.equals("LANG") || key.startsWith("LC_") || key.equals("JAVA_TOOL_OPTIONS"));
        builder.environment().put("SOURCE_DATE_EPOCH", "1767225600");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        return new Run(process.exitValue(), Files.readString(err, StandardCharsets.ISO_8859_1),
                Files.exists(json) ? Files.readAllBytes(json) : null);
    }

    @Test
    void theSameJsonBytesUnderEveryLocale() throws Exception {
        Run utf8 = assess("utf8", Map.of("LANG", "C.UTF-8"));
        Run c = assess("c", Map.of("LANG", "C"));
        Run none = assess("none", Map.of());
        Run ascii = assess("ascii", Map.of("LANG", "C.UTF-8"), "-Dfile.encoding=" + ASCII, "-Dsun.jnu.encoding=" + ASCII);
        assertThat(utf8.exitCode()).as(utf8.stderr()).isZero();
        String text = new String(utf8.json(), StandardCharsets.UTF_8);
        assertThat(text).contains("customer-managed key — use a customer-managed KMS key", "Größe und Maße — geprüft für Zürich");
        for (Run other : List.of(c, none, ascii)) {
            assertThat(other.exitCode()).as(other.stderr()).isZero();
            assertThat(new String(other.json(), StandardCharsets.UTF_8)).isEqualTo(text);
            assertThat(other.json()).isEqualTo(utf8.json());
        }
    }

    @Test
    void aLatin1RuleFileIsRefusedUnderEveryLocale() throws Exception {
        Path latin1 = rules.resolve("latin1.drl");
        Files.write(latin1, ("package acme.latin1;\nrule \"acme/gr\u00e4n\" when then end\n").getBytes(StandardCharsets.ISO_8859_1));
        for (Map<String, String> env : List.of(Map.of("LANG", "C"), Map.of("LANG", "C.UTF-8"))) {
            Run run = assess("latin1-" + env.get("LANG"), env);
            assertThat(run.exitCode()).as(run.stderr()).isEqualTo(3);
            assertThat(run.stderr().lines().toList()).as("under %s", env).singleElement().asString()
                    .startsWith(latin1 + ":2:14: not valid UTF-8 (byte 0xE4) ");
            assertThat(run.json()).isNull();
        }
    }
}
