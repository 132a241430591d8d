package dev.srm.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus ({@code src/test/resources/corpus}, see its README): every broken or hostile file gives exactly
 * the exit code and the lines its {@code .expected} holds, each refusal is well formed, and nothing takes more than
 * {@link #BOUND}. The inputs that cannot be committed (huge files, directories, devices) are made here.
 */
class CorpusTest {

    static final Path CORPUS = Path.of(System.getProperty("srm.projectDir", ".")).resolve("src/test/resources/corpus");
    /** A correctness bound, not a benchmark: refusing hostile input must never turn into a hang. */
    static final Duration BOUND = Duration.ofSeconds(2);
    static final long MAX_BYTES = 8L * 1024 * 1024;

    /** Counts instances: case 88 names this class in a tag, and a safe reader never creates one. */
    public static final class Canary {
        static final AtomicInteger CREATED = new AtomicInteger();

        public Canary() {
            CREATED.incrementAndGet();
        }
    }

    @TempDir
    static Path temp;

    @BeforeAll
    static void warmUp() {
        // Class loading and the service catalog cost about a second once per JVM; that is not the time of a case.
        Cli valid = Cli.run("validate", Path.of(System.getProperty("srm.projectDir", ".")).resolve("samples/three-tier-webshop.yaml").toString());
        assertThat(valid.exitCode()).as(valid.err()).isZero();
    }

    @AfterAll
    static void nothingWasInstantiated() {
        assertThat(Canary.CREATED).hasValue(0);
    }

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    /** The refused cases: assessing an accepted one compiles the rules, which ArchitectureFuzzTest does many times. */
    static Stream<Path> refusedCases() throws IOException {
        return cases().filter(input -> Expected.of(input).exit() != 0);
    }

    @Test
    void theCorpusHoldsAtLeastFortyCasesEachWithItsExpectation() throws IOException {
        List<String> inputs = new ArrayList<>();
        List<String> expectations = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".yaml")) inputs.add(name.replaceFirst("\\.yaml$", ""));
                if (name.endsWith(".expected")) expectations.add(name.replaceFirst("\\.expected$", ""));
            }
        }
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(40);
        assertThat(expectations).containsExactlyInAnyOrderElementsOf(inputs);
        assertThat(inputs).allSatisfy(name -> assertThat(name).matches("\\d\\d-[a-z0-9-]+"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void validatePrintsExactlyWhatTheCaseExpects(Path input) throws IOException {
        Expected expected = Expected.of(input);
        String file = input.toString();
        Cli run = Cli.run("validate", file);
        assertThat(run.exitCode()).as("exit code of %s; stderr:\n%s", input.getFileName(), run.err()).isEqualTo(expected.exit());
        assertThat(run.errLines()).as("stderr").containsExactlyElementsOf(expected.err(file));
        assertThat(run.outLines()).as("stdout").containsExactlyElementsOf(expected.out(file));
        run.assertNoStackTrace();
        if (expected.exit() != 0) run.assertWellFormedRefusal(file, lineCount(input));
        assertThat(run.took()).as("time to answer").isLessThan(BOUND);
    }

    /** assess reads the file before anything else: a refused file is refused with the same lines, and nothing written. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedCases")
    void assessRefusesTheSameFilesWithTheSameLines(Path input) {
        Expected expected = Expected.of(input);
        String file = input.toString();
        Path json = temp.resolve(input.getFileName() + ".json");
        Cli run = Cli.run("assess", file, "-o", json.toString());
        assertThat(run.exitCode()).as("exit code; stderr:\n%s", run.err()).isEqualTo(expected.exit());
        assertThat(run.errLines()).containsExactlyElementsOf(expected.err(file));
        assertThat(json).doesNotExist();
        assertThat(run.took()).isLessThan(BOUND);
    }

    // ---- cases made here ----------------------------------------------------------------------------------------

    @Test
    void aTwentyMegabyteFileIsRefusedAtOnceNamingTheLimit() throws IOException {
        Path big = temp.resolve("twenty-megabytes.yaml");
        byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (int i = 0; i < 20 * 1024; i++) out.write(line);
        }
        assertThat(Files.size(big)).isEqualTo(20L * 1024 * 1024);
        assertRefused(big.toString(), big.toString() + ": file is 20971520 bytes, more than the limit of 8388608 bytes"
                + " — split it, or raise the limit with -Dsrm.yaml.maxBytes=N");
    }

    @Test
    void aFileJustUnderTheSizeLimitWithShortLinesIsRead() throws IOException {
        Path big = temp.resolve("just-under.yaml");
        StringBuilder yaml = new StringBuilder("name: Big\ncomponents:\n  - id: web\n    service: ec2\n");
        String comment = "# " + "c".repeat(77) + "\n";
        while (yaml.length() + comment.length() <= MAX_BYTES) yaml.append(comment);
        Files.writeString(big, yaml);
        Cli run = Cli.run("validate", big.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith(big + ": valid — architecture 'Big', 1 component(s)");
        assertThat(run.took()).isLessThan(BOUND);
    }

    @Test
    void anEightMegabyteLineIsRefusedAtOnceNamingTheLimit() throws IOException {
        // One token of 8 MB would take SnakeYAML minutes to read (its buffer is copied once per 1024 characters).
        Path file = temp.resolve("long-line.yaml");
        Files.writeString(file, "name: Webshop\n# " + "c".repeat((int) MAX_BYTES - 100) + "\ncomponents: []\n");
        assertRefused(file.toString(), file + ":2:1: line is 8388510 characters long, more than the limit of 100000"
                + " — break it over several lines, or raise the limit with -Dsrm.yaml.maxLineLength=N");
    }

    @Test
    void aFiveMegabyteValueIsShownCutShortAndRefusedAtOnce() throws IOException {
        // Folded over short lines, so that it passes the line limit and reaches the "did you mean" search.
        Path file = temp.resolve("long-value.yaml");
        StringBuilder yaml = new StringBuilder("name: Webshop\ncomponents:\n  - id: web\n    service: >-\n");
        for (int i = 0; i < 100; i++) yaml.append("      ").append("x".repeat(50_000)).append('\n');
        Files.writeString(file, yaml);
        assertRefused(file.toString(), file + ":4:14: unknown service '" + "x".repeat(60) + "…' in component 'web'"
                + " — see `srm catalog services` for the ids srm knows");
    }

    @Test
    void aDirectoryIsNotAFile() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("a-directory.yaml"));
        assertRefused(directory.toString(), directory + ": is a directory, not a file — give the path of a YAML file");
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = temp.resolve("no-such-file.yaml");
        assertRefused(missing.toString(), missing + ": no such file — check the path");
    }

    @Test
    void aPathThroughARegularFileSaysWhy() throws IOException {
        Path regular = Files.writeString(temp.resolve("regular-file"), "name: x\n");
        Path through = regular.resolve("arch.yaml");
        assertRefused(through.toString(), through + ": cannot be read: Not a directory — check the path");
    }

    @Test
    void theEmptyPathIsNotTheCurrentDirectory() {
        Cli run = Cli.run("validate", "");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("'': the path is empty — give the path of a YAML file");
        run.assertNoStackTrace();
    }

    /** A device is refused before it is opened (it used to be read up to the size limit: a device may never end). */
    @Test
    void aDeviceIsNotARegularFile() {
        Path zero = Path.of("/dev/zero");
        assertThat(zero).as("/dev/zero exists on Linux, where srm's tests run").exists();
        assertRefused(zero.toString(), "/dev/zero: is not a regular file (a character device) — give the path of a YAML file");
    }

    /**
     * A kernel pseudo-file is refused before it is read. /proc/self/mem used to be read and fail with EIO; the file
     * system's type now refuses it first, as it refuses /proc/kmsg (a "regular" file whose read blocks).
     */
    @Test
    void aFileOfTheProcFileSystemIsNotRead() {
        Path mem = Path.of("/proc/self/mem");
        assertThat(mem).as("/proc/self/mem exists on Linux, where srm's tests run").exists();
        assertRefused(mem.toString(), "/proc/self/mem: is not a regular file (a file of the kernel's proc file system)"
                + " — give the path of a YAML file");
    }

    /** Opening a named pipe blocks until a writer comes: refused without opening it, in well under the bound. */
    @Test
    void aNamedPipeIsRefusedWithoutBlocking() throws Exception {
        Path fifo = temp.resolve("fifo.yaml");
        mkfifo(fifo);
        assertRefused(fifo.toString(), fifo + ": is not a regular file (a named pipe) — give the path of a YAML file");
        Cli assess = Cli.run("assess", fifo.toString(), "-o", temp.resolve("fifo.json").toString());
        assertThat(assess.errLines()).containsExactly(fifo + ": is not a regular file (a named pipe) — give the path of a YAML file");
        assertThat(assess.exitCode()).isEqualTo(2);
    }

    /** /proc/kmsg is a "regular" file of size 0; as root it is readable, and a read blocks until the kernel logs. */
    @Test
    void aSymlinkToProcKmsgIsRefusedWithoutBlocking() throws IOException {
        Path kmsg = Files.createSymbolicLink(temp.resolve("kmsg.yaml"), Path.of("/proc/kmsg"));
        assertRefused(kmsg.toString(), kmsg + ": is not a regular file (a file of the kernel's proc file system)"
                + " — give the path of a YAML file");
    }

    /** In a batch each such file is refused on its own (exit 2) and the others are assessed; nothing blocks. */
    @Test
    void aBatchRefusesAPipeAndProcKmsgPerFileAndGoesOn() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("blocking-batch"));
        Files.copy(Path.of(System.getProperty("srm.projectDir", ".")).resolve("samples/three-tier-webshop.yaml"),
                folder.resolve("a-webshop.yaml"));
        Path kmsg = Files.createSymbolicLink(folder.resolve("kmsg.yaml"), Path.of("/proc/kmsg"));
        Path fifo = temp.resolve("batch-fifo.yaml");
        mkfifo(fifo);
        Path out = Files.createDirectories(temp.resolve("blocking-batch-out"));
        Cli run = Cli.run("assess", folder.toString(), fifo.toString(), "--out-dir", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).containsExactlyInAnyOrder(
                kmsg + ": is not a regular file (a file of the kernel's proc file system) — give the path of a YAML file",
                fifo + ": is not a regular file (a named pipe) — give the path of a YAML file");
        assertThat(out.resolve("a-webshop-responsibility-matrix.xlsx")).isRegularFile();
        assertThat(out.resolve("index.xlsx")).isRegularFile();
        assertThat(run.took()).isLessThan(Duration.ofSeconds(60));
    }

    /**
     * 250,000 components in 7.6 MB are within the size limit and exhausted 6 GB in the rules: refused while parsing, at
     * the components key, naming the option — after reading 20,001 components, not the whole file.
     */
    @Test
    void tooManyComponentsAreRefusedAtOnceNamingTheLimit() throws IOException {
        Path huge = temp.resolve("250k-components.yaml");
        StringBuilder yaml = new StringBuilder("name: Huge\ncomponents:\n");
        for (int i = 0; i < 250_000; i++) yaml.append("  - {id: c").append(i).append(", service: ec2}\n");
        Files.writeString(huge, yaml);
        assertThat(Files.size(huge)).isLessThan(MAX_BYTES);
        assertRefused(huge.toString(), huge + ":2:1: more than 20000 components, the limit — split the architecture"
                + " into several files, or raise the limit with -Dsrm.yaml.maxComponents=N");
    }

    /** Many values written out, no alias: over the values limit, and not called an alias bomb. */
    @Test
    void aFileOfMoreValuesThanTheLimitIsNotCalledAnAliasBomb() throws IOException {
        Path many = temp.resolve("many-values.yaml");
        StringBuilder yaml = new StringBuilder("name: Webshop\ndescription:");
        for (int i = 0; i < 2_000_000; i++) yaml.append(i % 8 == 0 ? "\n  - [a" : ", a").append(i % 8 == 7 ? "]" : "");
        yaml.append("\ncomponents:\n  - id: web\n    service: ec2\n");
        Files.writeString(many, yaml);
        // The 2,000,001st value: the sixth 'a' of the 222,222nd list (five values before the lists, nine in each).
        // Counted as the parser reads, so the time is that of parsing 6 MB of values (linear): a wider bound.
        Cli run = Cli.run("validate", many.toString());
        assertThat(run.errLines()).containsExactly(many + ":222224:21: more than 2000000 values in the file, the limit"
                + " — split the file, or raise the limit with -Dsrm.yaml.maxNodes=N");
        run.assertWellFormedRefusal(many.toString(), Integer.MAX_VALUE - 1);
        assertThat(run.took()).as("time to refuse").isLessThan(Duration.ofSeconds(10));
    }

    // A file without read permission: UnreadableFileIT (as root, chmod 000 does not stop a read in-process).

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static void assertRefused(String file, String... expectedLines) {
        Cli run = Cli.run("validate", file);
        assertThat(run.errLines()).as("stderr").containsExactly(expectedLines);
        run.assertWellFormedRefusal(file, Integer.MAX_VALUE - 1);
        assertThat(run.took()).as("time to refuse").isLessThan(BOUND);
    }

    private static void mkfifo(Path path) throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
    }

    private static int lineCount(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int lf = 0;
        int cr = 0;
        for (byte b : bytes) {
            if (b == '\n') lf++;
            if (b == '\r') cr++;
        }
        return Math.max(lf, cr) + 1;
    }

    /** A case's {@code .expected}: "exit: N", then stderr lines, and stdout lines marked "stdout: ". */
    record Expected(int exit, List<String> errTemplate, List<String> outTemplate) {

        static Expected of(Path input) {
            Path path = input.resolveSibling(input.getFileName().toString().replaceFirst("\\.yaml$", ".expected"));
            List<String> lines;
            try {
                lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("every case needs its .expected: " + path, e);
            }
            assertThat(lines).as(path.toString()).isNotEmpty();
            assertThat(lines.get(0)).as("first line of " + path).matches("exit: \\d");
            List<String> err = new ArrayList<>();
            List<String> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.startsWith("stdout: ")) out.add(line.substring("stdout: ".length()));
                else err.add(line);
            }
            return new Expected(Integer.parseInt(lines.get(0).substring("exit: ".length())), err, out);
        }

        List<String> err(String file) {
            return errTemplate.stream().map(line -> line.replace("{file}", file)).toList();
        }

        List<String> out(String file) {
            return outTemplate.stream().map(line -> line.replace("{file}", file)).toList();
        }
    }
}
