package dev.srm.catalog;

import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Problems;
import dev.srm.model.Availability;
import dev.srm.model.BackupModel;
import dev.srm.model.ContentAtRest;
import dev.srm.model.KeyOption;
import dev.srm.model.Patching;
import dev.srm.model.Service;
import dev.srm.model.ServiceScope;
import dev.srm.model.ServiceTraits;
import dev.srm.model.YamlName;
import dev.srm.responsibility.Responsibility;
import dev.srm.yaml.Fields;
import dev.srm.yaml.YMap;
import dev.srm.yaml.YNode;
import dev.srm.yaml.YScalar;
import dev.srm.yaml.YamlLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the per-service knowledge files (docs/knowledge-base.md): {@code <service-id>.yaml}, one per service, each with
 * the service's traits and a statement per operational control citing the AWS pages it comes from. Never silent: a file
 * whose id is not its name, a missing trait or statement, an unknown value, a statement without an AWS page — every
 * problem of every file at once, as {@code FILE:LINE:COL: what — how to fix}.
 */
public final class KnowledgeLoader {

    /** The controls every service states its split for: the ones whose split differs from service to service. */
    public static final List<String> OPERATIONAL_CONTROLS = List.of("patch-management", "configuration-management",
            "change-management", "vulnerability-management", "malware-protection", "backup-and-recovery", "high-availability",
            "encryption-at-rest", "encryption-in-transit", "key-management", "zone-security", "network-security",
            "logging-and-monitoring", "data-residency", "data-retention-and-deletion");

    private static final Set<String> FILE_FIELDS = new LinkedHashSet<>(List.of("service", "name", "variant_of", "checked",
            "traits", "statements"));
    private static final Set<String> TRAIT_FIELDS = new LinkedHashSet<>(List.of("content_at_rest", "scope", "patching",
            "runs_customer_code", "availability", "backup", "keys"));
    private static final Set<String> STATEMENT_FIELDS = new LinkedHashSet<>(List.of("responsibility", "aws", "customer", "why",
            "sources", "note"));
    private static final Pattern AWS_PAGE = Pattern.compile("https://(docs\\.aws\\.amazon\\.com|aws\\.amazon\\.com)/\\S+");
    private static final Pattern MONTH = Pattern.compile("20\\d\\d-(0[1-9]|1[0-2])");

    private final YamlLoader yaml = new YamlLoader();
    private final ServiceCatalog services;
    private final ControlCatalog controls;

    public KnowledgeLoader(ServiceCatalog services, ControlCatalog controls) {
        this.services = services;
        this.controls = controls;
    }

    /** Every {@code *.yaml} of {@code folder}, sorted by name; all problems of all files at once. */
    public List<ServiceKnowledge> folder(Path folder) {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the knowledge base " + folder, e);
        }
        Problems problems = new Problems();
        for (String control : OPERATIONAL_CONTROLS) {
            if (controls.find(control) == null) {
                problems.add(Problem.inFile(folder.toString(), "operational control '" + control + "' is not in the control catalog"));
            }
        }
        if (files.isEmpty()) problems.add(Problem.inFile(folder.toString(), "the knowledge base holds no service file (<id>.yaml)"));
        List<ServiceKnowledge> knowledge = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            ServiceKnowledge one = file(yaml.load(file, file.toString()), file.toString(), name, problems);
            if (one != null) knowledge.add(one);
        }
        problems.throwIfAny();
        return List.copyOf(knowledge);
    }

    /** One file's document; problems go to {@code problems}; null when it has any. */
    ServiceKnowledge file(YNode root, String file, String expectedId, Problems problems) {
        YMap map = Fields.asMap(root, "a knowledge file", problems);
        if (map == null) return null;
        int before = problems.sorted().size();
        Fields f = new Fields(map, "the knowledge file", FILE_FIELDS, problems);
        String id = f.requiredText("service");
        if (id != null && !id.equals(expectedId)) {
            problems.add(f.node("service").position(), "service '" + id + "' is not the file's name — name the file " + id
                    + ".yaml, or correct the id");
        }
        String name = f.requiredText("name");
        String variantOf = f.optionalText("variant_of");
        if (id != null) checkCatalog(f, id, variantOf, problems);
        YearMonth checked = month(f, problems);
        ServiceTraits traits = traits(f.node("traits"), map, problems);
        Map<String, Statement> statements = statements(f.node("statements"), map, problems);
        if (problems.sorted().size() > before || id == null || name == null || checked == null || traits == null) return null;
        return new ServiceKnowledge(id, name, variantOf, checked, traits, statements);
    }

    private void checkCatalog(Fields f, String id, String variantOf, Problems problems) {
        if (variantOf == null) {
            if (!isCatalogId(id)) {
                problems.add(f.node("service").position(), "'" + id + "' is not a service id of the catalog — for a variant, "
                        + "name the catalog service it refines with 'variant_of: …'");
            }
        } else if (!isCatalogId(variantOf)) {
            problems.add(f.node("variant_of").position(), "variant_of '" + variantOf + "' is not a service id of the catalog "
                    + "— see `srm catalog services`");
        } else if (isCatalogId(id)) {
            problems.add(f.node("variant_of").position(), "'" + id + "' has a catalog entry of its own — remove variant_of");
        }
    }

    private boolean isCatalogId(String id) {
        Service service = services.find(id);
        return service != null && service.id().equals(id);
    }

    private static YearMonth month(Fields f, Problems problems) {
        String text = f.requiredText("checked");
        if (text == null) return null;
        if (MONTH.matcher(text).matches()) {
            try {
                return YearMonth.parse(text);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(f.node("checked").position(), "checked must be the month the sources were read, as YYYY-MM (2026-12)");
        return null;
    }

    private static ServiceTraits traits(YNode node, YMap file, Problems problems) {
        if (node == null) {
            problems.add(file.position(), "missing required field 'traits' in the knowledge file — every service states "
                    + String.join(", ", TRAIT_FIELDS));
            return null;
        }
        YMap map = Fields.asMap(node, "traits", problems);
        if (map == null) return null;
        Fields f = new Fields(map, "traits", TRAIT_FIELDS, problems);
        ContentAtRest content = f.requiredChoice("content_at_rest", t -> YamlName.parse(ContentAtRest.class, t),
                YamlName.allowed(ContentAtRest.class));
        ServiceScope scope = f.requiredChoice("scope", t -> YamlName.parse(ServiceScope.class, t), YamlName.allowed(ServiceScope.class));
        Patching patching = f.requiredChoice("patching", t -> YamlName.parse(Patching.class, t), YamlName.allowed(Patching.class));
        Boolean code = f.requiredText("runs_customer_code") == null ? null : f.optionalBoolean("runs_customer_code");
        Availability availability = f.requiredChoice("availability", t -> YamlName.parse(Availability.class, t),
                YamlName.allowed(Availability.class));
        BackupModel backup = f.requiredChoice("backup", t -> YamlName.parse(BackupModel.class, t), YamlName.allowed(BackupModel.class));
        List<KeyOption> keys = new ArrayList<>();
        if (!f.has("keys")) {
            problems.add(map.position(), "missing required field 'keys' in traits — list the at-rest key options, [] for none");
            return null;
        }
        List<YScalar> keyNodes = f.textList("keys");
        if (keyNodes == null) return null;
        for (YScalar key : keyNodes) {
            KeyOption option = YamlName.parse(KeyOption.class, key.text());
            if (option == null) {
                problems.add(key.position(), "unknown key option '" + key.text() + "' — allowed: " + YamlName.allowed(KeyOption.class));
            } else {
                keys.add(option);
            }
        }
        if (content == null || scope == null || patching == null || code == null || availability == null || backup == null) return null;
        return new ServiceTraits(content, scope, patching, code, availability, backup, keys);
    }

    private Map<String, Statement> statements(YNode node, YMap file, Problems problems) {
        Map<String, Statement> statements = new LinkedHashMap<>();
        if (node == null) {
            problems.add(file.position(), "missing required field 'statements' in the knowledge file — state the split of "
                    + "each operational control");
            return statements;
        }
        YMap map = Fields.asMap(node, "statements", problems);
        if (map == null) return statements;
        new Fields(map, "statements", new LinkedHashSet<>(OPERATIONAL_CONTROLS), problems);
        for (String control : OPERATIONAL_CONTROLS) {
            YNode entry = map.get(control);
            if (entry == null) {
                problems.add(map.position(), "no statement for control '" + control + "' — every service states all "
                        + OPERATIONAL_CONTROLS.size() + " operational controls");
                continue;
            }
            Statement statement = statement(control, entry, problems);
            if (statement != null) statements.put(control, statement);
        }
        return statements;
    }

    private static Statement statement(String control, YNode node, Problems problems) {
        YMap map = Fields.asMap(node, "the statement for " + control, problems);
        if (map == null) return null;
        Fields f = new Fields(map, "the statement for " + control, STATEMENT_FIELDS, problems);
        Responsibility responsibility = f.requiredChoice("responsibility", t -> YamlName.parse(Responsibility.class, t),
                YamlName.allowed(Responsibility.class));
        String aws = f.requiredText("aws");
        String customer = f.requiredText("customer");
        String why = f.requiredText("why");
        String note = f.optionalText("note");
        List<String> sources = new ArrayList<>();
        List<YScalar> sourceNodes = f.textList("sources");
        if (sourceNodes != null && sourceNodes.isEmpty()) {
            problems.add(map.position(), "the statement for " + control + " cites no page — add 'sources:' with the AWS page "
                    + "that states it");
        }
        for (YScalar source : sourceNodes == null ? List.<YScalar>of() : sourceNodes) {
            if (!AWS_PAGE.matcher(source.text()).matches()) {
                problems.add(source.position(), "source '" + source.text() + "' is not an AWS documentation page — cite "
                        + "https://docs.aws.amazon.com/… or https://aws.amazon.com/…");
            } else {
                sources.add(source.text());
            }
        }
        if (responsibility == null || aws == null || customer == null || why == null || sources.isEmpty()) return null;
        return new Statement(control, responsibility, aws, customer, why, sources, note);
    }
}
