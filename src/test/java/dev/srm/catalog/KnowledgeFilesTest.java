package dev.srm.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import java.nio.file.Path;
import dev.srm.model.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in knowledge files (docs/knowledge-base.md) load without a problem, every one of them, in every build (an
 * assessment reads only the files of the services it uses); {@link KnowledgeLoaderTest} shows each problem the loader
 * refuses.
 */
class KnowledgeFilesTest {

    private static final Path FOLDER = Path.of("src/main/resources/catalog/services");

    @Test
    void everyBuiltInKnowledgeFileLoads() {
        Map<String, Map<String, Statement>> knowledge;
        try {
            knowledge = new KnowledgeLoader(CatalogLoader.builtInServices(), CatalogLoader.builtInControls()).folder(FOLDER);
        } catch (InvalidInputException e) {
            throw new AssertionError(String.join("\n", e.problems().stream().map(Problem::format).toList()));
        }
        assertThat(knowledge).isNotEmpty();
        knowledge.forEach((service, statements) -> assertThat(statements.keySet()).as(service)
                .containsExactlyInAnyOrderElementsOf(KnowledgeLoader.OPERATIONAL_CONTROLS));
    }

    /**
     * Issue 10: a text written for one service is not copied into another's row for the same control. A variant may
     * share a text with the service it refines (Aurora's security groups are RDS's): that is in the data on purpose.
     */
    @Test
    void noTwoServicesShareACustomerText() {
        Map<String, Map<String, Statement>> knowledge =
                new KnowledgeLoader(CatalogLoader.builtInServices(), CatalogLoader.builtInControls()).folder(FOLDER);
        Map<String, String> firstWith = new java.util.HashMap<>();
        List<String> shared = new java.util.ArrayList<>();
        knowledge.forEach((service, statements) -> {
            for (Statement statement : statements.values()) {
                String key = statement.control() + "\n" + statement.customer().strip();
                String other = firstWith.putIfAbsent(key, service);
                if (other != null && !family(other).equals(family(service))) {
                    shared.add(statement.control() + ": " + other + " and " + service);
                }
            }
        });
        assertThat(shared).isEmpty();
    }

    /** The service a variant refines, or the service itself. */
    static String family(String serviceId) {
        String base = CatalogLoader.builtInServices().find(serviceId).variantOf();
        return base == null ? serviceId : base;
    }
}
