package dev.srm.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.model.Service;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The build's snapshot of the catalogs and knowledge files (CatalogSnapshot) gives exactly what parsing their YAML
 * gives, and is not used where the YAML in the jar differs from what it was made from.
 */
class CatalogSnapshotTest {

    @Test
    void theSnapshotHoldsWhatTheYamlSays() {
        CatalogSnapshot snapshot = CatalogSnapshot.builtIn();
        assertThat(snapshot).as("the build writes " + CatalogSnapshot.RESOURCE).isNotNull();
        ServiceCatalog yaml = CatalogLoader.servicesFromYaml();
        assertThat(snapshot.services().services()).isEqualTo(yaml.services());
        assertThat(snapshot.controls().controls()).isEqualTo(CatalogLoader.controlsFromYaml().controls());
        assertThat(snapshot.controls().families()).isEqualTo(CatalogLoader.controlsFromYaml().families());
        int withStatements = 0;
        for (Service service : yaml.services()) {
            Service fromSnapshot = snapshot.services().find(service.id());
            assertThat(fromSnapshot.statements()).as(service.id()).isEqualTo(KnowledgeLoader.builtIn(service.id()));
            if (!fromSnapshot.statements().isEmpty()) withStatements++;
        }
        assertThat(withStatements).isGreaterThan(60);
    }

    @Test
    void aKnowledgeFileChangedAfterTheSnapshotIsReadFromItsYaml() {
        Function<String, byte[]> edited = name -> {
            byte[] bytes = CatalogSnapshot.resource(name);
            if (!name.equals(KnowledgeLoader.BUILT_IN_FOLDER + "s3.yaml")) return bytes;
            String text = new String(bytes, StandardCharsets.UTF_8);
            int customer = text.indexOf("customer: >-\n", text.indexOf("patch-management:")) + "customer: >-\n".length();
            return (text.substring(0, customer) + "      Edited after the build.\n" + text.substring(customer))
                    .getBytes(StandardCharsets.UTF_8);
        };
        CatalogSnapshot snapshot = CatalogSnapshot.read(edited);
        assertThat(snapshot).isNotNull();
        assertThat(snapshot.services().find("s3").statement("patch-management").customer()).startsWith("Edited after the build.");
        assertThat(snapshot.services().find("rds").statement("patch-management"))
                .isEqualTo(KnowledgeLoader.builtIn("rds").get("patch-management"));
    }

    @Test
    void aCatalogChangedAfterTheSnapshotDisablesIt() {
        for (String catalog : new String[] {CatalogLoader.SERVICES_RESOURCE, CatalogLoader.CONTROLS_RESOURCE}) {
            Function<String, byte[]> edited = name -> {
                byte[] bytes = CatalogSnapshot.resource(name);
                return name.equals(catalog) ? (new String(bytes, StandardCharsets.UTF_8) + "\n# edited\n")
                        .getBytes(StandardCharsets.UTF_8) : bytes;
            };
            assertThat(CatalogSnapshot.read(edited)).as(catalog).isNull();
        }
    }

    @Test
    void noSnapshotOrABrokenOneIsNotUsed() {
        assertThat(CatalogSnapshot.read(name -> name.equals(CatalogSnapshot.RESOURCE) ? null : CatalogSnapshot.resource(name)))
                .isNull();
        assertThat(CatalogSnapshot.read(name -> name.equals(CatalogSnapshot.RESOURCE) ? new byte[] {0, 0, 0, 1, 7}
                : CatalogSnapshot.resource(name))).isNull();
    }
}
