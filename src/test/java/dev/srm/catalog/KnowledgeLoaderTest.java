package dev.srm.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.model.ContentAtRest;
import dev.srm.model.KeyOption;
import dev.srm.model.Patching;
import dev.srm.responsibility.Responsibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every problem a knowledge file can have is refused with its position, all of them at once. */
class KnowledgeLoaderTest {

    @TempDir
    Path folder;

    private final KnowledgeLoader loader = new KnowledgeLoader(CatalogLoader.builtInServices(), CatalogLoader.builtInControls());

    @Test
    void aCompleteFileLoadsIntoTraitsAndStatements() throws IOException {
        write("sqs.yaml", file("sqs", ""));
        ServiceKnowledge sqs = loader.folder(folder).get(0);
        assertThat(sqs.service()).isEqualTo("sqs");
        assertThat(sqs.checked()).hasToString("2026-12");
        assertThat(sqs.traits().contentAtRest()).isEqualTo(ContentAtRest.YES);
        assertThat(sqs.traits().patching()).isEqualTo(Patching.TRANSPARENT);
        assertThat(sqs.traits().keys()).containsExactly(KeyOption.AWS_OWNED, KeyOption.CUSTOMER_MANAGED);
        assertThat(sqs.statements()).hasSize(15);
        Statement patch = sqs.statements().get("patch-management");
        assertThat(patch.responsibility()).isEqualTo(Responsibility.INHERITED);
        assertThat(patch.sources()).containsExactly("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/x.html");
    }

    @Test
    void everyProblemOfEveryFileIsReportedWithItsPosition() throws IOException {
        write("sqs.yaml", file("sns", "").replace("content_at_rest: yes", "content_at_rest: maybe")
                .replace("checked: 2026-12", "checked: December"));
        write("aurora.yaml", file("aurora", "variant_of: dynamo\n"));
        String missing = file("sns", "");
        missing = missing.substring(0, missing.indexOf("  data-residency:"));
        write("sns.yaml", missing.replace("https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/x.html",
                "http://example.com/blog"));

        assertThatThrownBy(() -> loader.folder(folder)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems().stream().map(Problem::format).map(line -> line.replace(folder + "/", "")).toList())
                        .contains(
                                "aurora.yaml:2:13: variant_of 'dynamo' is not a service id of the catalog — see `srm catalog services`",
                                "sqs.yaml:1:10: service 'sns' is not the file's name — name the file sns.yaml, or correct the id",
                                "sqs.yaml:3:10: checked must be the month the sources were read, as YYYY-MM (2026-12)",
                                "sqs.yaml:5:20: field 'content_at_rest' in traits has unknown value 'maybe' — allowed: none | cache | yes",
                                "sns.yaml:13:3: no statement for control 'data-residency' — every service states all 15 operational controls",
                                "sns.yaml:19:9: source 'http://example.com/blog' is not an AWS documentation page — cite "
                                        + "https://docs.aws.amazon.com/… or https://aws.amazon.com/…"));
    }

    @Test
    void anIdOutsideTheCatalogNeedsVariantOf() throws IOException {
        write("memcache.yaml", file("memcache", ""));
        assertThatThrownBy(() -> loader.folder(folder)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems().get(0).format()).endsWith("memcache.yaml:1:10: 'memcache' is not a service id of the "
                        + "catalog — for a variant, name the catalog service it refines with 'variant_of: …'"));
    }

    @Test
    void anEmptyKnowledgeBaseIsAnError() {
        assertThatThrownBy(() -> loader.folder(folder)).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems().get(0).format()).isEqualTo(folder + ": the knowledge base holds no service file (<id>.yaml)"));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text);
    }

    /** A complete file for {@code id}, {@code extra} lines after the service line. */
    private static String file(String id, String extra) {
        StringBuilder text = new StringBuilder("service: " + id + "\n" + extra + "name: Test service\nchecked: 2026-12\ntraits:\n"
                + "  content_at_rest: yes\n  scope: regional\n  patching: transparent\n  runs_customer_code: false\n"
                + "  availability: aws-across-azs\n  backup: customer-copies\n  keys: [aws-owned, customer-managed]\nstatements:\n");
        for (String control : KnowledgeLoader.OPERATIONAL_CONTROLS) {
            text.append("  ").append(control).append(":\n    responsibility: ")
                    .append(control.equals("patch-management") ? "inherited" : "shared").append("\n")
                    .append("    aws: AWS does its part.\n    customer: The customer does its part.\n    why: A page says so.\n")
                    .append("    sources:\n      - https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/x.html\n");
        }
        return text.toString();
    }
}
