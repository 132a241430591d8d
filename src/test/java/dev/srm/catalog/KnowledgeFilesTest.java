package dev.srm.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.model.Service;
import dev.srm.yaml.YMap;
import dev.srm.yaml.YNode;
import dev.srm.yaml.YScalar;
import dev.srm.yaml.YSeq;
import dev.srm.yaml.YamlLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The per-service knowledge files (docs/knowledge-base.md) against their schema: until a loader reads them (issue 10),
 * this test is what checks them, every problem of every file listed at once.
 */
class KnowledgeFilesTest {

    private static final Path FOLDER = Path.of("src/main/resources/catalog/services");

    static final List<String> OPERATIONAL_CONTROLS = List.of("patch-management", "configuration-management",
            "change-management", "vulnerability-management", "malware-protection", "backup-and-recovery", "high-availability",
            "encryption-at-rest", "encryption-in-transit", "key-management", "zone-security", "network-security",
            "logging-and-monitoring", "data-residency", "data-retention-and-deletion");

    private static final Map<String, Set<String>> TRAITS = Map.of(
            "content_at_rest", Set.of("none", "cache", "yes"),
            "scope", Set.of("global", "regional", "zonal"),
            "patching", Set.of("customer-guest-os", "maintenance-window", "customer-built-artefacts", "transparent", "none"),
            "runs_customer_code", Set.of("true", "false"),
            "availability", Set.of("aws-across-azs", "multi-az-option", "customer-placement", "global-edge", "single-az"),
            "backup", Set.of("service-backups", "customer-copies", "not-applicable"));
    private static final Set<String> KEYS = Set.of("aws-owned", "aws-managed", "customer-managed");
    private static final Set<String> TOP = Set.of("service", "name", "variant_of", "checked", "traits", "statements");
    private static final Set<String> STATEMENT = Set.of("responsibility", "aws", "customer", "why", "sources", "note");
    private static final Set<String> RESPONSIBILITIES = Set.of("inherited", "shared", "customer");
    private static final String SOURCE = "https://(docs\\.aws\\.amazon\\.com|aws\\.amazon\\.com)/\\S+";

    private final ServiceCatalog catalog = CatalogLoader.builtInServices();

    @Test
    void everyKnowledgeFileFollowsTheSchema() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(FOLDER)) {
            files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(files).as("knowledge files in " + FOLDER).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Path file : files) check(file, problems);
        assertThat(problems).isEmpty();
    }

    private void check(Path file, List<String> problems) {
        String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
        YNode root = new YamlLoader().load(file, file.toString());
        if (!(root instanceof YMap map)) {
            problems.add(file + ": not a mapping");
            return;
        }
        unknownKeys(file + "", map, TOP, problems);
        String service = text(map.get("service"));
        if (!name.equals(service)) problems.add(file + ": service '" + service + "' does not match the file name");
        if (text(map.get("name")) == null) problems.add(file + ": no name");
        String variantOf = text(map.get("variant_of"));
        Service known = catalog.find(name);
        if (variantOf == null && (known == null || !known.id().equals(name))) {
            problems.add(file + ": '" + name + "' is not a catalog id — a variant names the service it refines with variant_of");
        }
        if (variantOf != null && (catalog.find(variantOf) == null || !catalog.find(variantOf).id().equals(variantOf))) {
            problems.add(file + ": variant_of '" + variantOf + "' is not a catalog id");
        }
        String checked = text(map.get("checked"));
        if (checked == null || !checked.matches("20\\d\\d-(0[1-9]|1[0-2])")) problems.add(file + ": checked must be YYYY-MM");
        checkTraits(file, map.get("traits"), problems);
        checkStatements(file, map.get("statements"), problems);
    }

    private static void checkTraits(Path file, YNode node, List<String> problems) {
        if (!(node instanceof YMap traits)) {
            problems.add(file + ": no traits mapping");
            return;
        }
        Set<String> allowed = new java.util.HashSet<>(TRAITS.keySet());
        allowed.add("keys");
        unknownKeys(file + ": traits", traits, allowed, problems);
        TRAITS.forEach((trait, values) -> {
            String value = text(traits.get(trait));
            if (value == null || !values.contains(value)) problems.add(file + ": trait " + trait + " is '" + value + "', not one of " + values);
        });
        if (!(traits.get("keys") instanceof YSeq keys)) {
            problems.add(file + ": trait keys must be a list");
        } else {
            for (YNode key : keys.items()) {
                if (!KEYS.contains(text(key))) problems.add(file + ": key option '" + text(key) + "' is not one of " + KEYS);
            }
        }
    }

    private static void checkStatements(Path file, YNode node, List<String> problems) {
        if (!(node instanceof YMap statements)) {
            problems.add(file + ": no statements mapping");
            return;
        }
        unknownKeys(file + ": statements", statements, Set.copyOf(OPERATIONAL_CONTROLS), problems);
        for (String control : OPERATIONAL_CONTROLS) {
            if (!(statements.get(control) instanceof YMap statement)) {
                problems.add(file + ": no statement for " + control);
                continue;
            }
            String where = file + ": " + control;
            unknownKeys(where, statement, STATEMENT, problems);
            if (!RESPONSIBILITIES.contains(String.valueOf(text(statement.get("responsibility"))))) {
                problems.add(where + ": responsibility must be one of " + RESPONSIBILITIES);
            }
            for (String field : List.of("aws", "customer", "why")) {
                String value = text(statement.get(field));
                if (value == null || value.isBlank()) problems.add(where + ": no " + field);
            }
            if (!(statement.get("sources") instanceof YSeq sources) || sources.items().isEmpty()) {
                problems.add(where + ": no sources");
            } else {
                for (YNode source : sources.items()) {
                    if (text(source) == null || !text(source).matches(SOURCE)) {
                        problems.add(where + ": source '" + text(source) + "' is not an AWS page");
                    }
                }
            }
        }
    }

    private static void unknownKeys(String where, YMap map, Set<String> allowed, List<String> problems) {
        for (String key : map.entries().keySet()) {
            if (!allowed.contains(key)) problems.add(where + ": unknown key '" + key + "'");
        }
    }

    private static String text(YNode node) {
        return node instanceof YScalar scalar && !scalar.plainNull() ? scalar.text() : null;
    }
}
