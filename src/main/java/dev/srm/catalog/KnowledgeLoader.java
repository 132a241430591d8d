package dev.srm.catalog;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Problems;
import dev.srm.model.Service;
import dev.srm.model.Statement;
import dev.srm.model.YamlName;
import dev.srm.model.Responsibility;
import dev.srm.yaml.Fields;
import dev.srm.yaml.YMap;
import dev.srm.yaml.YNode;
import dev.srm.yaml.YScalar;
import dev.srm.yaml.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
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
 * a statement per operational control citing the AWS pages it comes from (the service's traits are in its catalog
 * entry). Never silent: a file whose id is not its name or not in the catalog, a missing statement, an unknown value,
 * a statement without an AWS page — every problem of every file at once, as {@code FILE:LINE:COL: what — how to fix}.
 */
public final class KnowledgeLoader {

    /** The controls every service states its split for: the ones whose split differs from service to service. */
    public static final List<String> OPERATIONAL_CONTROLS = List.of("patch-management", "configuration-management",
            "change-management", "vulnerability-management", "malware-protection", "backup-and-recovery", "high-availability",
            "encryption-at-rest", "encryption-in-transit", "key-management", "zone-security", "network-security",
            "logging-and-monitoring", "data-residency", "data-retention-and-deletion");

    /** Where the built-in files are, in the jar. */
    public static final String BUILT_IN_FOLDER = "catalog/services/";

    private static final Set<String> FILE_FIELDS = new LinkedHashSet<>(List.of("service", "checked", "statements"));
    private static final Set<String> STATEMENT_FIELDS = new LinkedHashSet<>(List.of("responsibility", "aws", "customer", "why",
            "sources", "note"));
    private static final Pattern AWS_PAGE = Pattern.compile("https://(docs\\.aws\\.amazon\\.com|aws\\.amazon\\.com)/\\S+");

    private final YamlLoader yaml = new YamlLoader();
    private final ServiceCatalog services;
    private final ControlCatalog controls;

    public KnowledgeLoader(ServiceCatalog services, ControlCatalog controls) {
        this.services = services;
        this.controls = controls;
    }

    /**
     * The statements of a built-in service's file, by control id; empty when it has none. A built-in file that does
     * not load is a defect of srm itself (every build loads them all), so it is an {@link IllegalStateException}.
     */
    static Map<String, Statement> builtIn(String serviceId) {
        String resource = BUILT_IN_FOLDER + serviceId + ".yaml";
        try (InputStream in = KnowledgeLoader.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Map.of() : builtIn(serviceId, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #builtIn(String)} for the file's bytes. */
    static Map<String, Statement> builtIn(String serviceId, byte[] file) {
        String resource = BUILT_IN_FOLDER + serviceId + ".yaml";
        try {
            Problems problems = new Problems();
            Map<String, Statement> statements = parse(new YamlLoader().parse(new String(file, StandardCharsets.UTF_8), resource),
                    resource, serviceId, problems);
            problems.throwIfAny();
            return statements;
        } catch (InvalidInputException e) {
            throw new IllegalStateException("built-in knowledge file " + resource + " does not load: " + e.getMessage(), e);
        }
    }

    /** Every {@code *.yaml} of {@code folder}, sorted by name, by service id; all problems of all files at once. */
    public Map<String, Map<String, Statement>> folder(Path folder) {
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
        Map<String, Map<String, Statement>> knowledge = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            YNode root = yaml.load(file, file.toString());
            Service service = services.find(name);
            if (service == null || !service.id().equals(name)) {
                problems.add(Problem.inFile(file.toString(), "'" + name + "' is not a service id of the catalog — add a catalog "
                        + "entry (with its traits) to services.yaml first, or name the file after the service's id"));
                continue;
            }
            Map<String, Statement> statements = file(root, file.toString(), name, problems);
            if (statements != null) knowledge.put(name, statements);
        }
        problems.throwIfAny();
        return knowledge;
    }

    /** One file's document; problems go to {@code problems}; null when it has any. */
    Map<String, Statement> file(YNode root, String file, String expectedId, Problems problems) {
        int before = problems.sorted().size();
        Map<String, Statement> statements = parse(root, file, expectedId, problems);
        return problems.sorted().size() > before ? null : statements;
    }

    private static Map<String, Statement> parse(YNode root, String file, String expectedId, Problems problems) {
        YMap map = Fields.asMap(root, "a knowledge file", problems);
        if (map == null) return Map.of();
        Fields f = new Fields(map, "the knowledge file", FILE_FIELDS, problems);
        String id = f.requiredText("service");
        if (id != null && !id.equals(expectedId)) {
            problems.add(f.node("service").position(), "service '" + id + "' is not the file's name — name the file " + id
                    + ".yaml, or correct the id");
        }
        YearMonth checked = Months.required(f, "checked", problems);
        return statements(expectedId, checked, f.node("statements"), map, problems);
    }

    private static Map<String, Statement> statements(String service, YearMonth checked, YNode node, YMap file, Problems problems) {
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
            Statement statement = statement(service, control, checked, entry, problems);
            if (statement != null) statements.put(control, statement);
        }
        return statements;
    }

    private static Statement statement(String service, String control, YearMonth checked, YNode node, Problems problems) {
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
        if (responsibility == null || aws == null || customer == null || why == null || sources.isEmpty() || checked == null) {
            return null;
        }
        return new Statement(service, control, responsibility, aws, customer, why, sources, note, checked);
    }
}
