package dev.srm.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.model.Statement;
import dev.srm.model.Responsibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem a knowledge file can have is refused with its position, all of them at once. */
class KnowledgeLoaderTest {

    @TempDir
    Path folder;

    private final KnowledgeLoader loader = new KnowledgeLoader(CatalogLoader.builtInServices(), CatalogLoader.builtInControls());

    @Test
    void aCompleteFileLoadsIntoStatementsThatKnowTheirServiceAndMonth() throws IOException {
        write("sqs.yaml", file("sqs", ""));
        Map<String, Statement> sqs = loader.folder(folder).get("sqs");
        assertThat(sqs).hasSize(15);
        Statement patch = sqs.get("patch-management");
        assertThat(patch.service()).isEqualTo("sqs");
        assertThat(patch.checked()).hasToString("2026-12");
        assertThat(patch.responsibility()).isEqualTo(Responsibility.INHERITED);
        assertThat(patch.sources()).containsExactly("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/x.html");
        assertThat(patch.rationale()).isEqualTo("A page says so. (https://docs.aws.amazon.com/AWSSimpleQueueService/latest/"
                + "SQSDeveloperGuide/x.html; checked 2026-12)");
    }

    @Test
    void everyProblemOfEveryFileIsReportedWithItsPosition() throws IOException {
        write("sqs.yaml", file("sns", "").replace("checked: 2026-12", "checked: December"));
        write("sns.yaml", file("sns", "traits:\n  scope: regional\n"));
        String missing = file("s3", "");
        missing = missing.substring(0, missing.indexOf("  data-residency:"));
        write("s3.yaml", missing.replace("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/x.html",
                "http://example.com/blog"));

        assertThatThrownBy(() -> loader.folder(folder)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems().stream().map(Problem::format).map(line -> line.replace(folder + "/", "")).toList())
                        .contains(
                                "sqs.yaml:1:10: service 'sns' is not the file's name — name the file sns.yaml, or correct the id",
                                "sqs.yaml:2:10: checked must be the month the sources were read, as YYYY-MM (2026-12)",
                                "s3.yaml:4:3: no statement for control 'data-residency' — every service states all 15 operational controls",
                                "s3.yaml:10:9: source 'http://example.com/blog' is not an AWS documentation page — cite "
                                        + "https://docs.aws.amazon.com/… or https://aws.amazon.com/…")
                        .anySatisfy(line -> assertThat(line).startsWith("sns.yaml:2:1: ").contains("'traits'")));
    }

    @Test
    void aFileForAServiceOutsideTheCatalogIsRefused() throws IOException {
        write("memcache.yaml", file("memcache", ""));
        assertThatThrownBy(() -> loader.folder(folder)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems().get(0).format()).endsWith("memcache.yaml: 'memcache' is not a service id of the "
                        + "catalog — add a catalog entry (with its traits) to services.yaml first, or name the file after the "
                        + "service's id"));
    }

    @Test
    void anEmptyKnowledgeBaseIsAnError() {
        assertThatThrownBy(() -> loader.folder(folder)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems().get(0).format()).isEqualTo(folder + ": the knowledge base holds no service file (<id>.yaml)"));
    }

    @Test
    void aServiceFoundInTheCatalogCarriesItsStatementsReadOnDemand() {
        ServiceCatalog catalog = CatalogLoader.builtInServices();
        assertThat(catalog.services()).allSatisfy(service -> assertThat(service.statements()).isEmpty());
        assertThat(catalog.find("rds").statement("patch-management").service()).isEqualTo("rds");
        assertThat(catalog.find("rds")).isSameAs(catalog.find("RDS"));
        assertThat(catalog.find("dax").statements()).as("a service without a knowledge file").isEmpty();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    /** A complete file for {@code id}, {@code extra} lines after the service line. */
    private static String file(String id, String extra) {
        StringBuilder text = new StringBuilder("service: " + id + "\n" + extra + "checked: 2026-12\nstatements:\n");
        for (String control : KnowledgeLoader.OPERATIONAL_CONTROLS) {
            text.append("  ").append(control).append(":\n    responsibility: ")
                    .append(control.equals("patch-management") ? "inherited" : "shared").append("\n")
                    .append("    aws: AWS does its part.\n    customer: The customer does its part.\n    why: A page says so.\n")
                    .append("    sources:\n      - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/x.html\n");
        }
        return text.toString();
    }
}
