package dev.srm.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.srm.catalog.CatalogLoader;
import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.model.Architecture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The samples are the schema's documentation, so they must stay true: every {@code samples/*.yaml} validates, and
 * every {@code samples/invalid/*.yaml} fails with problems that point at a line and column of that file.
 */
class SamplesValidateTest {

    private static final Path SAMPLES = Path.of(System.getProperty("srm.projectDir", ".")).resolve("samples");
    private static final ArchitectureReader READER = new ArchitectureReader(CatalogLoader.builtInServices());

    static Stream<Path> validSamples() throws IOException {
        return yamlFiles(SAMPLES).stream();
    }

    static Stream<Path> invalidSamples() throws IOException {
        return yamlFiles(SAMPLES.resolve("invalid")).stream();
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void everySampleValidates(Path sample) {
        Architecture architecture = READER.read(sample);
        assertThat(architecture.components()).isNotEmpty();
        assertThat(architecture.name()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("invalidSamples")
    void everyInvalidSampleFailsWithPositionedProblems(Path sample) throws IOException {
        Throwable thrown = catchThrowable(() -> READER.read(sample));
        assertThat(thrown).as(sample + " must be invalid").isInstanceOf(InvalidInputException.class);
        List<Problem> problems = ((InvalidInputException) thrown).problems();
        int lines = Files.readAllLines(sample).size();
        assertThat(problems).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(sample.toString());
            assertThat(problem.line()).as(problem.format()).isBetween(1, lines + 1);
            assertThat(problem.column()).as(problem.format()).isPositive();
            assertThat(problem.format()).as("file:line:col: what is wrong — how to fix")
                    .startsWith(sample + ":" + problem.line() + ":" + problem.column() + ": ").contains(" — ");
        });
    }

    @ParameterizedTest
    @MethodSource("invalidSamples")
    void everyInvalidSampleSaysWhatItDemonstrates(Path sample) throws IOException {
        assertThat(Files.readAllLines(sample).get(0)).as("leading comment of " + sample).startsWith("# INVALID on purpose — shows: ");
    }

    /** samples/README.md shows, for each invalid file, exactly the lines srm prints: keep it true. */
    @ParameterizedTest
    @MethodSource("invalidSamples")
    void theReadmeShowsExactlyWhatSrmPrintsForEachInvalidSample(Path sample) throws IOException {
        List<String> readme = Files.readAllLines(SAMPLES.resolve("README.md"));
        String shownAs = "samples/invalid/" + sample.getFileName();
        Throwable thrown = catchThrowable(() -> READER.read(sample));
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        List<String> printed = ((InvalidInputException) thrown).problems().stream()
                .map(p -> new Problem(shownAs, p.line(), p.column(), p.message()).format())
                .toList();
        List<String> documented = readme.stream().filter(line -> line.startsWith(shownAs + ":")).toList();
        assertThat(documented).as("lines of samples/README.md for " + shownAs).containsExactlyElementsOf(printed);
        assertThat(readme).as("the command is shown").contains("$ ./srm validate " + shownAs);
    }

    @ParameterizedTest
    @MethodSource("validSamples")
    void theReadmeDescribesEverySample(Path sample) throws IOException {
        String readme = Files.readString(SAMPLES.resolve("README.md"));
        assertThat(readme).contains("(" + sample.getFileName() + ")", "./srm assess samples/" + sample.getFileName());
    }

    private static List<Path> yamlFiles(Path folder) throws IOException {
        assertThat(folder).as("samples folder (is srm.projectDir set to the project root?)").isDirectory();
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("*.yaml in " + folder).isNotEmpty();
        return files;
    }
}
