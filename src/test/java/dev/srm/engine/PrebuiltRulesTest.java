package dev.srm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.catalog.CatalogLoader;
import dev.srm.pipeline.Assessor;
import dev.srm.report.JsonReportWriter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The built-in rules pre-compiled at build time (executable model) decide exactly what the same DRL compiled at run time
 * decides: byte-identical JSON for every sample and every built-in fixture architecture.
 */
class PrebuiltRulesTest {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", "."));
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    private static final List<RuleSource> SOURCES = BuiltInRules.load();
    private static final RuleEngine PREBUILT = PrebuiltRules.load(SOURCES);
    private static final RuleEngine RUN_TIME = RuleEngine.compileAtRunTime(SOURCES);

    @Test
    void theBuildPrebuiltTheBuiltInRules() {
        assertThat(PREBUILT).as("pre-built rules in target/classes (" + PrebuiltRules.INDEX + ")").isNotNull();
        assertThat(RuleEngine.compile(SOURCES).files()).isEqualTo(PREBUILT.files());
    }

    @Test
    void sameRulesAndFiles() {
        assertThat(PREBUILT.rules()).isEqualTo(RUN_TIME.rules());
        assertThat(PREBUILT.files()).isEqualTo(RUN_TIME.files());
    }

    @Test
    void changedSourcesAreNotServedPrebuilt() {
        List<RuleSource> changed = new ArrayList<>(SOURCES);
        RuleSource first = changed.get(0);
        changed.set(0, RuleSource.of(first.name(), (first.text() + "\n// changed\n").getBytes(StandardCharsets.UTF_8), true));
        assertThat(PrebuiltRules.load(changed)).isNull();
        assertThat(PrebuiltRules.load(SOURCES.subList(1, SOURCES.size()))).isNull();
    }

    @TestFactory
    Stream<DynamicTest> sameJsonForEverySampleAndFixture() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> samples = Files.list(PROJECT.resolve("samples"))) {
            samples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        try (Stream<Path> fixtures = Files.walk(PROJECT.resolve("rules"))) {
            fixtures.filter(p -> p.getFileName().toString().equals("architecture.yaml"))
                    .filter(p -> p.getParent().getParent().getFileName().toString().equals("tests")).sorted().forEach(files::add);
        }
        assertThat(files).hasSizeGreaterThan(20);
        Assessor prebuilt = new Assessor(CatalogLoader.builtInServices(), CatalogLoader.builtInControls(), PREBUILT, CLOCK);
        Assessor runTime = new Assessor(CatalogLoader.builtInServices(), CatalogLoader.builtInControls(), RUN_TIME, CLOCK);
        return files.stream().map(file -> DynamicTest.dynamicTest(PROJECT.relativize(file).toString(), () -> {
            String expected = json(runTime, file);
            assertThat(json(prebuilt, file)).isEqualTo(expected);
        }));
    }

    private static String json(Assessor assessor, Path file) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonReportWriter().write(assessor.assess(file), out);
        // generated.at is the same (a fixed clock); strip it anyway so the comparison never depends on the clock.
        return out.toString(StandardCharsets.UTF_8).replaceAll("\"at\" : \"[^\"]*\"", "\"at\" : \"-\"");
    }
}
