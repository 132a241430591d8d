package dev.srm.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.bench.EstateGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL runs no clean-up: the killed run's temporary output and POI's folder stay. The next run removes them — and
 * nothing of a live process, another user or another host, though named the same way.
 */
class StaleFilesIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/srm.jar");
    private static final String HOST = ProcessStamp.current().substring(ProcessStamp.current().indexOf('@') + 1);
    private static final long LIVE = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @Test
    void theNextRunRemovesWhatAKilledRunLeftAndNothingElse() throws Exception {
        Path estate = Files.writeString(dir.resolve("estate.yaml"), EstateGenerator.estate(4000, 7));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Process killed = srm(tmp, estate, out.resolve("estate.xlsx"), out.resolve("estate.json"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while ((named(out, ".srm-tmp").isEmpty() || filesUnder(tmp).isEmpty()) && killed.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(killed.isAlive()).as("still writing when killed").isTrue();
        new ProcessBuilder("kill", "-KILL", Long.toString(killed.pid())).start().waitFor();
        assertThat(killed.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long dead = killed.pid();
        List<Path> leftOutputs = named(out, ".srm-tmp");
        List<Path> leftFolders = named(tmp, "");
        assertThat(leftOutputs).as("the killed run's temporary outputs").isNotEmpty()
                .allSatisfy(p -> assertThat(p.getFileName().toString()).contains("." + dead + "@" + HOST + "."));
        assertThat(leftFolders).as("the killed run's POI folder").singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).startsWith("srm-poi-" + dead + "@" + HOST + "."));

        UserPrincipal nobody = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
        List<Path> keep = List.of(
                Files.writeString(out.resolve(".a.json." + LIVE + "@" + HOST + ".0000beef.srm-tmp"), "a live run's"),
                Files.writeString(out.resolve(".b.json." + dead + "@other-host.0000beef.srm-tmp"), "another host's"),
                Files.setOwner(Files.writeString(out.resolve(".c.json." + dead + "@" + HOST + ".0000beef.srm-tmp"), "x"), nobody),
                Files.writeString(out.resolve(".d.json." + dead + "@" + HOST + ".srm-tmp"), "not srm's pattern"),
                Files.writeString(Files.createDirectories(tmp.resolve("srm-poi-" + LIVE + "@" + HOST + ".1")).resolve("s.xml"), "live"),
                Files.setOwner(Files.createDirectories(tmp.resolve("srm-poi-" + dead + "@" + HOST + ".2")), nobody),
                Files.createDirectories(tmp.resolve("srm-poi-" + dead + "@other-host.3")));

        Process again = srm(tmp, PROJECT.resolve("samples/three-tier-webshop.yaml"), out.resolve("small.xlsx"));
        assertThat(again.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(again.exitValue()).as(Files.readString(dir.resolve("log.txt"))).isZero();

        for (Path left : leftOutputs) assertThat(left).as("removed").doesNotExist();
        for (Path left : leftFolders) assertThat(left).as("removed").doesNotExist();
        for (Path other : keep) assertThat(other).as("left alone").exists();
        assertThat(out.resolve("small.xlsx")).isNotEmptyFile();
    }

    private Process srm(Path tmp, Path input, Path... outputs) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of("java", "-Djava.io.tmpdir=" + tmp, "-jar", JAR.toString(), "assess",
                input.toString()));
        for (Path output : outputs) command.addAll(List.of("-o", output.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
    }

    private static List<Path> named(Path folder, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private static List<Path> filesUnder(Path tmp) throws IOException {
        try (Stream<Path> files = Files.walk(tmp)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
