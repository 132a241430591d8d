package dev.srm.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.pipeline.Assessor;
import dev.srm.report.OutputFormat;
import dev.srm.report.Reports;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.RuleFailureException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import net.jqwik.api.statistics.Statistics;

/**
 * Fuzzing: a sample with one to three random mutations (a line deleted or duplicated, two tokens swapped, the file
 * cut short, a byte replaced, a YAML-special character inserted) is either assessed (exit 0, a JSON and a workbook
 * written) or refused with exit 2 and well-formed messages: never an exception (exit 1), a rules failure (exit 3), or
 * a hang.
 *
 * <p>Each case runs {@code srm validate} in-process, then, when the file is valid, assesses it the way {@code srm
 * assess} does but with rules compiled once for all cases (compiling them costs 1–2 s), mapping exceptions to exit
 * codes as the CLI does. A second property checks, on a few cases, that this gives what {@code srm assess} gives.
 *
 * <p>{@code mvn verify} runs {@value #DEFAULT_TRIES} cases; run more with
 * {@code mvn test -Dtest=ArchitectureFuzzTest -Dsrm.fuzz.tries=5000}. A failure prints the shrunk sample (the sample
 * file and its mutations, enough to rebuild the input) and the seed; the next run tries that sample first, and
 * {@code @Property(seed = "…")} replays the whole run.
 */
class ArchitectureFuzzTest {

    static final String TRIES_PROPERTY = "srm.fuzz.tries";
    static final int DEFAULT_TRIES = 500;
    static final Duration PER_CASE = Duration.ofSeconds(20);

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final List<Path> SAMPLES = samples();
    private static final byte[] SPECIAL = ":-[]{}&*!|>'\"%@`#".getBytes(StandardCharsets.US_ASCII);

    /** Compiled on first use, once for the whole run. */
    private static final class Rules {
        static final Assessor ASSESSOR = Assessor.builtIn(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
    }

    // ---- the properties -----------------------------------------------------------------------------------------

    @Property(tries = DEFAULT_TRIES)
    @AddLifecycleHook(TriesFromSystemProperty.class)
    void aMutatedSampleIsAssessedOrRefusedWithMessages(@ForAll("mutatedSamples") MutatedSample sample) throws IOException {
        Path dir = Files.createTempDirectory("srm-fuzz");
        try {
            Path file = dir.resolve("arch.yaml");
            Files.write(file, sample.bytes());
            int exit = assertTimeoutPreemptively(PER_CASE, () -> check(file, dir), () -> "no answer within " + PER_CASE + ": " + sample);
            Statistics.label("exit").collect(exit);
            Statistics.label("first mutation").collect(sample.mutations().get(0).getClass().getSimpleName());
        } finally {
            deleteTree(dir);
        }
    }

    /** The shortcut above against the real thing: the same exit code and lines as {@code srm assess}, rules compiled and all. */
    @Property(tries = 3)
    void theShortcutGivesWhatSrmAssessGives(@ForAll("mutatedSamples") MutatedSample sample) throws IOException {
        compareWithSrmAssess(sample);
    }

    /** The same on a sample as it is, so that at least one comparison is of an assessment and its JSON. */
    @Example
    void theShortcutGivesWhatSrmAssessGivesOnAValidSample() throws IOException {
        compareWithSrmAssess(new MutatedSample(PROJECT.resolve("samples/saas-back-office.yaml"), List.of()));
    }

    private static void compareWithSrmAssess(MutatedSample sample) throws IOException {
        Path dir = Files.createTempDirectory("srm-fuzz");
        try {
            Path file = dir.resolve("arch.yaml");
            Files.write(file, sample.bytes());
            Path json = dir.resolve("cli.json");
            Cli cli = assertTimeoutPreemptively(PER_CASE.multipliedBy(2), () -> Cli.run("assess", file.toString(), "-o", json.toString()));
            Outcome shortcut = assessDirectly(file, dir);
            assertThat(cli.exitCode()).as("srm assess, stderr:\n%s", cli.err()).isEqualTo(shortcut.exit());
            assertThat(cli.errLines()).isEqualTo(shortcut.errLines());
            assertThat(Files.exists(json)).isEqualTo(cli.exitCode() == 0);
            if (cli.exitCode() == 0) {
                // The same assessment, but for when it was made: the CLI's clock is the real one.
                ObjectMapper mapper = new ObjectMapper();
                ObjectNode fromCli = (ObjectNode) mapper.readTree(json.toFile());
                ObjectNode fromShortcut = (ObjectNode) mapper.readTree(dir.resolve("out.json").toFile());
                fromCli.remove("generated");
                fromShortcut.remove("generated");
                assertThat(fromShortcut).isEqualTo(fromCli);
            }
        } finally {
            deleteTree(dir);
        }
    }

    // ---- one case -----------------------------------------------------------------------------------------------

    private static int check(Path file, Path dir) throws IOException {
        Cli validate = Cli.run("validate", file.toString());
        validate.assertNoStackTrace();
        assertThat(validate.exitCode()).as("validate: 0 or 2; stderr:\n%s", validate.err()).isIn(0, 2);
        if (validate.exitCode() == 2) {
            validate.assertWellFormedRefusal(file.toString(), lineCount(Files.readAllBytes(file)));
            return 2;
        }
        assertThat(validate.out()).startsWith(file + ": valid — architecture '");
        Outcome assessed = assessDirectly(file, dir);
        assertThat(assessed.exit()).as("a valid file is assessed: %s", assessed.errLines()).isZero();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("out.json").toFile());
        assertThat(json.path("assignments").size()).isPositive();
        assertThat(Files.size(dir.resolve("out.xlsx"))).isPositive();
        return 0;
    }

    record Outcome(int exit, List<String> errLines) {}

    /** What {@code srm assess FILE -o out.json -o out.xlsx} does, with the rules compiled once; exit codes as Main.report. */
    private static Outcome assessDirectly(Path file, Path dir) {
        try {
            Assessment assessment = Rules.ASSESSOR.assess(file);
            for (OutputFormat format : OutputFormat.values()) {
                try (OutputStream out = Files.newOutputStream(dir.resolve("out" + format.extension()))) {
                    Reports.writerFor(format).write(assessment, out);
                }
            }
            return new Outcome(0, List.of());
        } catch (InvalidInputException e) {
            return new Outcome(2, e.problems().stream().map(Problem::format).toList());
        } catch (RuleFailureException e) {
            return new Outcome(3, e.messages());
        } catch (Exception e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return new Outcome(1, trace.toString().lines().toList());
        }
    }

    // ---- the inputs ---------------------------------------------------------------------------------------------

    record MutatedSample(Path sample, List<Mutation> mutations) {
        byte[] bytes() {
            try {
                byte[] bytes = Files.readAllBytes(sample);
                for (Mutation mutation : mutations) bytes = mutation.apply(bytes);
                return bytes;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return PROJECT.relativize(sample) + " " + mutations;
        }
    }

    @Provide
    Arbitrary<MutatedSample> mutatedSamples() {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                at.map(DeleteLine::new),
                at.map(DuplicateLine::new),
                Combinators.combine(at, at).as(SwapTokens::new),
                at.map(Truncate::new),
                Combinators.combine(at, Arbitraries.bytes()).as(ReplaceByte::new),
                Combinators.combine(at, Arbitraries.of(toList(SPECIAL))).as(InsertByte::new));
        return Combinators.combine(Arbitraries.of(SAMPLES), mutation.list().ofMinSize(1).ofMaxSize(3)).as(MutatedSample::new);
    }

    /** One change to a file's bytes; {@code at} is taken modulo what there is, so that every value means something. */
    sealed interface Mutation permits DeleteLine, DuplicateLine, SwapTokens, Truncate, ReplaceByte, InsertByte {
        byte[] apply(byte[] in);
    }

    record DeleteLine(int at) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            lines.remove(at % lines.size());
            return join(lines);
        }
    }

    record DuplicateLine(int at) implements Mutation {
        public byte[] apply(byte[] in) {
            List<byte[]> lines = lines(in);
            int i = at % lines.size();
            lines.add(i, lines.get(i));
            return join(lines);
        }
    }

    /** Swaps two tokens (runs of bytes between blanks and line ends), say a key and a value. */
    record SwapTokens(int first, int second) implements Mutation {
        public byte[] apply(byte[] in) {
            List<int[]> tokens = new ArrayList<>();
            for (int i = 0; i < in.length; ) {
                if (blank(in[i])) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < in.length && !blank(in[i])) i++;
                tokens.add(new int[] {start, i});
            }
            if (tokens.size() < 2) return in;
            int[] a = tokens.get(first % tokens.size());
            int[] b = tokens.get(second % tokens.size());
            if (a == b) return in;
            if (a[0] > b[0]) {
                int[] swap = a;
                a = b;
                b = swap;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
            out.write(in, 0, a[0]);
            out.write(in, b[0], b[1] - b[0]);
            out.write(in, a[1], b[0] - a[1]);
            out.write(in, a[0], a[1] - a[0]);
            out.write(in, b[1], in.length - b[1]);
            return out.toByteArray();
        }

        private static boolean blank(byte b) {
            return b == ' ' || b == '\n' || b == '\r' || b == '\t';
        }
    }

    record Truncate(int at) implements Mutation {
        public byte[] apply(byte[] in) {
            return java.util.Arrays.copyOf(in, at % (in.length + 1));
        }
    }

    record ReplaceByte(int at, byte value) implements Mutation {
        public byte[] apply(byte[] in) {
            if (in.length == 0) return in;
            byte[] out = in.clone();
            out[at % in.length] = value;
            return out;
        }
    }

    record InsertByte(int at, byte value) implements Mutation {
        public byte[] apply(byte[] in) {
            int i = at % (in.length + 1);
            byte[] out = new byte[in.length + 1];
            System.arraycopy(in, 0, out, 0, i);
            out[i] = value;
            System.arraycopy(in, i, out, i + 1, in.length - i);
            return out;
        }

        @Override
        public String toString() {
            return "InsertByte[at=" + at + ", value='" + (char) value + "']";
        }
    }

    /** Lines with their line ends, so that joining them gives the bytes back. */
    private static List<byte[]> lines(byte[] in) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '\n') {
                lines.add(java.util.Arrays.copyOfRange(in, start, i + 1));
                start = i + 1;
            }
        }
        if (start < in.length || lines.isEmpty()) lines.add(java.util.Arrays.copyOfRange(in, start, in.length));
        return lines;
    }

    private static byte[] join(List<byte[]> lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) out.writeBytes(line);
        return out.toByteArray();
    }

    // ---- plumbing -----------------------------------------------------------------------------------------------

    /** {@code -Dsrm.fuzz.tries=N} overrides the number of cases. */
    public static final class TriesFromSystemProperty implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            Integer tries = Integer.getInteger(TRIES_PROPERTY);
            if (tries != null) context.attributes().setTries(tries);
            return property.execute();
        }
    }

    private static List<Path> samples() {
        try (Stream<Path> files = Files.list(PROJECT.resolve("samples"))) {
            List<Path> samples = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            if (samples.isEmpty()) throw new IllegalStateException("no samples/*.yaml to fuzz under " + PROJECT);
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Byte> toList(byte[] bytes) {
        List<Byte> list = new ArrayList<>();
        for (byte b : bytes) list.add(b);
        return list;
    }

    private static int lineCount(byte[] bytes) {
        int lf = 0;
        int cr = 0;
        for (byte b : bytes) {
            if (b == '\n') lf++;
            if (b == '\r') cr++;
        }
        return Math.max(lf, cr) + 1;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        }
    }
}
