package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch with SOURCE_DATE_EPOCH gives the same bytes twice, index.xlsx included; a SOURCE_DATE_EPOCH no output can
 * hold is refused before any work.
 */
class BatchReproducibleIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/srm.jar");

    @TempDir
    Path dir;

    private Process batch(Path out, String epoch, String zone) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", JAR.toString(), "assess", "samples/three-tier-webshop.yaml",
                "samples/serverless-api.yaml", "--out-dir", out.toString(), "--format", "xlsx,json").directory(PROJECT.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve(out.getFileName() + ".log").toFile());
        builder.environment().putAll(Map.of("SOURCE_DATE_EPOCH", epoch, "TZ", zone));
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process;
    }

    @Test
    void twoBatchesAreByteIdenticalIndexIncluded() throws Exception {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertThat(batch(first, "1767225600", "UTC").exitValue()).isZero();
        Thread.sleep(1100); // the wall clock moves on: only SOURCE_DATE_EPOCH may reach the outputs
        assertThat(batch(second, "1767225600", "Asia/Tokyo").exitValue()).isZero();
        List<String> names;
        try (Stream<Path> files = Files.list(first)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(names).contains("index.xlsx").hasSize(5);
        for (String name : names) {
            assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
        }
    }

    @Test
    void aSourceDateEpochBeyondTheYear9999IsRefusedBeforeAnyWork() throws Exception {
        Path out = dir.resolve("out");
        Process process = batch(out, "31556889864403199", "UTC");
        assertThat(process.exitValue()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(Files.readString(dir.resolve("out.log"))).isEqualTo("SOURCE_DATE_EPOCH: '31556889864403199' is out of range — "
                + "give seconds from 0 (1970-01-01) to 253402300799 (9999-12-31T23:59:59Z), such as 1700000000, or unset it\n");
        assertThat(out).doesNotExist();
    }
}
