package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.bench.EstateGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Interrupting a run while it writes leaves no partial output and no temporary file, srm's or POI's, and prints no
 * stack trace — also under LANG=C, where {@code java -jar} runs srm as a second process under a UTF-8 locale and the
 * signal reaches the first.
 */
class InterruptIT {

    private static final Path JAR = Path.of(System.getProperty("srm.projectDir", "."), "target", "srm.jar").toAbsolutePath();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"TERM, C.UTF-8", "INT, C.UTF-8", "TERM, C", "INT, C"})
    void aSignalWhileWritingLeavesNothingBehind(String signal, String locale) throws Exception {
        Path estate = dir.resolve("estate.yaml");
        Files.writeString(estate, EstateGenerator.estate(4000, 7));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Path existing = out.resolve("estate.json");
        Files.writeString(existing, "previous run");
        ProcessBuilder builder = new ProcessBuilder("java", "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "assess",
                estate.toString(), "-o", out.resolve("estate.xlsx").toString(), "-o", existing.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
        builder.environment().keySet().removeAll(List.of("LC_ALL", "LC_CTYPE", "LANG"));
        builder.environment().put("LANG", locale);
        Process process = builder.start();

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        // Signal once both srm's output and POI's sheet files are being written.
        while ((temporaryFiles(out).isEmpty() || filesUnder(tmp).isEmpty()) && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(process.isAlive()).as("still writing when signalled: " + Files.readString(dir.resolve("log.txt"))).isTrue();
        assertThat(temporaryFiles(out)).isNotEmpty();
        assertThat(filesUnder(tmp)).isNotEmpty();
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isNotZero();
        assertThat(temporaryFiles(out)).isEmpty();
        assertThat(out.resolve("estate.xlsx")).doesNotExist();
        assertThat(existing).hasContent("previous run");
        assertThat(filesUnder(tmp)).as("POI temporary files").isEmpty();
        assertThat(Files.readString(dir.resolve("log.txt"))).doesNotContain("Exception", "\tat ");
    }

    private static List<Path> filesUnder(Path tmp) throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static List<Path> temporaryFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".srm-tmp")).toList();
        }
    }
}
