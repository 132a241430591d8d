package dev.srm.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in knowledge files (docs/knowledge-base.md) load without a problem. Until the rules read them (issue 10),
 * this is where they are checked; {@link KnowledgeLoaderTest} shows each problem the loader refuses.
 */
class KnowledgeFilesTest {

    private static final Path FOLDER = Path.of("src/main/resources/catalog/services");

    @Test
    void everyBuiltInKnowledgeFileLoads() {
        List<ServiceKnowledge> knowledge;
        try {
            knowledge = new KnowledgeLoader(CatalogLoader.builtInServices(), CatalogLoader.builtInControls()).folder(FOLDER);
        } catch (InvalidInputException e) {
            throw new AssertionError(String.join("\n", e.problems().stream().map(Problem::format).toList()));
        }
        assertThat(knowledge).isNotEmpty();
        for (ServiceKnowledge service : knowledge) {
            assertThat(service.statements().keySet()).as(service.service())
                    .containsExactlyInAnyOrderElementsOf(KnowledgeLoader.OPERATIONAL_CONTROLS);
        }
    }
}
