package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start, as a user runs it: the ./srm launcher and the packaged jar, in a fresh process. */
class LauncherIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();

    @TempDir
    Path workDir;

    record Result(int exitCode, String out, String err) {}

    private Result run(Path dir, String... command) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of(command));
        Path out = Files.createTempFile(workDir, "out", ".txt");
        Path err = Files.createTempFile(workDir, "err", ".txt");
        Process process = new ProcessBuilder(args).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    @Test
    void quickStartWritesTheWorkbookInTheCurrentDirectory() throws Exception {
        Path sample = PROJECT.resolve("samples/three-tier-webshop.yaml");
        Result result = run(workDir, PROJECT.resolve("srm").toString(), "assess", sample.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        Path workbook = workDir.resolve("three-tier-webshop-responsibility-matrix.xlsx");
        assertThat(result.out()).contains("Wrote:        three-tier-webshop-responsibility-matrix.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(workbook.toFile())) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Summary");
        }
    }

    // ---- the class-data archive: trained once, safely, and only for an assessment -------------------------------

    /**
     * A fresh tree as the launcher sees it after a build: the launcher, the jar (newer than any source: there are none),
     * the training sample, and no archive.
     */
    private Path freshTree() throws IOException {
        Path tree = Files.createDirectories(workDir.resolve("tree"));
        Files.createDirectories(tree.resolve("target"));
        Files.createDirectories(tree.resolve("samples"));
        Files.copy(PROJECT.resolve("srm"), tree.resolve("srm"), java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(PROJECT.resolve("samples/enterprise-estate.yaml"), tree.resolve("samples/enterprise-estate.yaml"));
        Files.copy(PROJECT.resolve("target/srm.jar"), tree.resolve("target/srm.jar"));
        return tree;
    }

    private static List<String> archives(Path tree) throws IOException {
        try (var files = Files.list(tree.resolve("target"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("srm.jsa")).sorted().toList();
        }
    }

    @Test
    void helpAndVersionOnAFreshTreeDoNotTrain() throws Exception {
        Path tree = freshTree();
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"--version"}, new String[] {"-V"},
                new String[] {"assess", "--help"}, new String[] {"validate", PROJECT.resolve("samples/three-tier-webshop.yaml").toString()})) {
            List<String> command = new ArrayList<>(List.of(tree.resolve("srm").toString()));
            command.addAll(List.of(args));
            Result result = run(workDir, command.toArray(String[]::new));
            assertThat(result.exitCode()).as(String.join(" ", args) + ": " + result.err()).isZero();
        }
        assertThat(archives(tree)).as("no archive, no marker").isEmpty();
    }

    @Test
    void twoFirstAssessmentsAtOnceBothSucceedAndLeaveOneValidArchive() throws Exception {
        Path tree = freshTree();
        String sample = PROJECT.resolve("samples/three-tier-webshop.yaml").toString();
        List<Process> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(new ProcessBuilder(tree.resolve("srm").toString(), "assess", sample, "-o", workDir.resolve(i + ".json").toString())
                    .redirectErrorStream(true).redirectOutput(workDir.resolve(i + ".log").toFile()).start());
        }
        for (int i = 0; i < 2; i++) {
            assertThat(runs.get(i).waitFor(180, TimeUnit.SECONDS)).as("run %d finished", i).isTrue();
            assertThat(runs.get(i).exitValue()).as(Files.readString(workDir.resolve(i + ".log"))).isZero();
            assertThat(workDir.resolve(i + ".json")).isRegularFile();
        }
        assertThat(archives(tree)).as("one archive, no temporary file, no failure marker").containsExactly("srm.jsa");
        // -Xshare:on refuses to start unless the archive maps: it is complete and matches the jar.
        Result mapped = run(workDir, "java", "-Xshare:on", "-XX:SharedArchiveFile=" + tree.resolve("target/srm.jsa"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", tree.resolve("target/srm.jar").toString(), "--version");
        assertThat(mapped.exitCode()).as(mapped.err()).isZero();
    }

    @Test
    void aFailedTrainingIsNotRetriedUntilTheNextBuild() throws Exception {
        Path tree = freshTree();
        // The training assesses this sample; broken, the training fails (the user's own run is unaffected).
        Files.writeString(tree.resolve("samples/enterprise-estate.yaml"), "name: [broken\n");
        String sample = PROJECT.resolve("samples/three-tier-webshop.yaml").toString();
        Result first = run(workDir, tree.resolve("srm").toString(), "assess", sample, "-o", workDir.resolve("a.json").toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(archives(tree)).containsExactly("srm.jsa.failed");
        Path marker = tree.resolve("target/srm.jsa.failed");
        java.nio.file.attribute.FileTime markedAt = java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(tree.resolve("target/srm.jar")).toMillis() + 1000);
        Files.setLastModifiedTime(marker, markedAt);

        Result second = run(workDir, tree.resolve("srm").toString(), "assess", sample, "-o", workDir.resolve("b.json").toString());
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(Files.getLastModifiedTime(marker)).as("not trained again: the marker is untouched").isEqualTo(markedAt);
        assertThat(archives(tree)).containsExactly("srm.jsa.failed");

        // A new build (a jar newer than the marker) tries again.
        Files.setLastModifiedTime(tree.resolve("target/srm.jar"),
                java.nio.file.attribute.FileTime.fromMillis(markedAt.toMillis() + 1000));
        Files.copy(PROJECT.resolve("samples/enterprise-estate.yaml"), tree.resolve("samples/enterprise-estate.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Result rebuilt = run(workDir, tree.resolve("srm").toString(), "assess", sample, "-o", workDir.resolve("c.json").toString());
        assertThat(rebuilt.exitCode()).as(rebuilt.err()).isZero();
        assertThat(archives(tree)).contains("srm.jsa");
    }

    @Test
    void theJarReportsItsVersionAndExitCodes() throws Exception {
        Result version = run(workDir, "java", "-jar", PROJECT.resolve("target/srm.jar").toString(), "--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("srm ");
        assertThat(version.err()).isEmpty();

        Result missing = run(workDir, "java", "-jar", PROJECT.resolve("target/srm.jar").toString(), "assess", "nope.yaml");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("nope.yaml: no such file — check the path\n");
    }
}
