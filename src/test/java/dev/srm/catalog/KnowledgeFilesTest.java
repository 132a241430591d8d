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

    /**
     * Issue 10: a text written for one service is not copied into another's row for the same control. A variant may
     * share a text with the service it refines (Aurora's security groups are RDS's): that is in the data on purpose.
     */
    @Test
    void noTwoServicesShareACustomerText() {
        List<ServiceKnowledge> knowledge =
                new KnowledgeLoader(CatalogLoader.builtInServices(), CatalogLoader.builtInControls()).folder(FOLDER);
        java.util.Map<String, ServiceKnowledge> firstWith = new java.util.HashMap<>();
        List<String> shared = new java.util.ArrayList<>();
        for (ServiceKnowledge service : knowledge) {
            for (Statement statement : service.statements().values()) {
                String key = statement.control() + "\n" + statement.customer().strip();
                ServiceKnowledge other = firstWith.putIfAbsent(key, service);
                if (other != null && !family(other).equals(family(service))) {
                    shared.add(statement.control() + ": " + other.service() + " and " + service.service());
                }
            }
        }
        assertThat(shared).isEmpty();
    }

    private static String family(ServiceKnowledge service) {
        return service.variantOf() == null ? service.service() : service.variantOf();
    }
}
