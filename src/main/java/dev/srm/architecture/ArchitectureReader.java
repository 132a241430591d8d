package dev.srm.architecture;

import dev.srm.catalog.ServiceCatalog;
import dev.srm.diagnostics.Position;
import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Problems;
import dev.srm.diagnostics.Shown;
import dev.srm.diagnostics.Suggestions;
import dev.srm.model.Architecture;
import dev.srm.model.Classification;
import dev.srm.model.Component;
import dev.srm.model.DataCategory;
import dev.srm.model.DataItem;
import dev.srm.model.EncryptionAtRest;
import dev.srm.model.Exposure;
import dev.srm.model.Organization;
import dev.srm.model.Service;
import dev.srm.model.ServiceModel;
import dev.srm.model.SourceFile;
import dev.srm.model.YamlName;
import dev.srm.yaml.Fields;
import dev.srm.yaml.YMap;
import dev.srm.yaml.YNode;
import dev.srm.yaml.YScalar;
import dev.srm.yaml.YamlLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates an architecture file into the fact model. Every problem in the file is reported in one pass,
 * each with file, line and column and a hint; nothing is assessed unless the whole file is valid.
 */
public final class ArchitectureReader {

    private static final Pattern COMPONENT_ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final int MAX_TEXT = 10_000;

    private static final Set<String> TOP_FIELDS = ordered("name", "description", "owner", "environment", "regions",
            "organization", "components");
    private static final Set<String> ORGANIZATION_FIELDS = ordered("security_training", "incident_response_plan");
    private static final Set<String> COMPONENT_FIELDS = ordered("id", "service", "model", "description", "exposure", "data");
    private static final Set<String> DATA_FIELDS = ordered("name", "classification", "categories", "encryption_at_rest",
            "encryption_in_transit", "backup");

    private final ServiceCatalog services;
    private final YamlLoader yaml;

    public ArchitectureReader(ServiceCatalog services, YamlLoader yaml) {
        this.services = services;
        this.yaml = yaml;
    }

    public ArchitectureReader(ServiceCatalog services) {
        this(services, new YamlLoader());
    }

    /** Reads {@code file}, naming it as the user gave it. Throws {@code InvalidInputException} with every problem. */
    public Architecture read(Path file) {
        String displayName = file.toString();
        YamlLoader.Document document = yaml.loadDocument(file, displayName);
        return fromTree(document.root(), new SourceFile(displayName, document.sha256()));
    }

    Architecture fromTree(YNode root, SourceFile source) {
        String file = source.displayName();
        Problems problems = new Problems();
        if (root == null) {
            problems.add(Problem.inFile(file, "the file is empty — an architecture needs at least 'name' and 'components'"));
            problems.throwIfAny();
        }
        YMap top = Fields.asMap(root, "the architecture file", problems);
        problems.throwIfAny();

        Fields f = new Fields(top, "the architecture", TOP_FIELDS, problems);
        String name = limited(f, "name", f.requiredText("name"), problems);
        String description = limited(f, "description", f.optionalText("description"), problems);
        String owner = limited(f, "owner", f.optionalText("owner"), problems);
        String environment = limited(f, "environment", f.optionalText("environment"), problems);
        List<String> regions = regions(f, problems);
        Organization organization = organization(f.node("organization"), problems);

        List<Component> components = new ArrayList<>();
        List<YNode> componentNodes = f.list("components");
        if (componentNodes != null && componentNodes.isEmpty()) {
            Position where = f.node("components") == null ? top.position() : f.node("components").position();
            problems.add(where, f.node("components") == null
                    ? "missing required field 'components' — list at least one component (id, service)"
                    : "'components' is empty — list at least one component (id, service)");
        }
        Map<String, Position> ids = new HashMap<>();
        if (componentNodes != null) {
            for (YNode node : componentNodes) {
                Component component = component(node, components.size(), ids, problems);
                if (component != null) components.add(component);
            }
        }
        problems.throwIfAny();
        return new Architecture(name, description, owner, environment, regions, organization, components, source);
    }

    private List<String> regions(Fields f, Problems problems) {
        List<YScalar> nodes = f.textList("regions");
        List<String> regions = new ArrayList<>();
        if (nodes == null) return regions;
        for (YScalar region : nodes) {
            String code = region.text().strip();
            if (AwsRegions.CODES.contains(code)) {
                if (!regions.contains(code)) regions.add(code);
            } else {
                String hint = Suggestions.hint(code, AwsRegions.CODES);
                problems.add(region.position(), "unknown AWS region " + Shown.quoted(code) + " — "
                        + (hint.isEmpty() ? "use a region code such as eu-west-1 or us-east-1" : hint));
            }
        }
        return regions;
    }

    private static Organization organization(YNode node, Problems problems) {
        if (node == null || (node instanceof YScalar s && s.plainNull())) return Organization.undeclared();
        YMap map = Fields.asMap(node, "'organization'", problems);
        if (map == null) return Organization.undeclared();
        Fields f = new Fields(map, "organization", ORGANIZATION_FIELDS, problems);
        return new Organization(f.optionalBoolean("security_training"), f.optionalBoolean("incident_response_plan"));
    }

    private Component component(YNode node, int index, Map<String, Position> ids, Problems problems) {
        YMap map = Fields.asMap(node, "each component", problems);
        if (map == null) return null;
        Fields f = new Fields(map, "a component", COMPONENT_FIELDS, problems);
        String id = f.requiredText("id");
        if (id != null && !COMPONENT_ID.matcher(id).matches()) {
            problems.add(f.node("id").position(), "component id '" + Shown.text(id) + "' may only hold lower-case letters, digits and '-'"
                    + " — for example '" + Shown.text(suggestedId(id)) + "'");
            id = null;
        } else if (id != null && id.length() > 200) {
            problems.add(f.node("id").position(), "component id is " + id.length() + " characters long — keep it under 200");
            id = null;
        }
        if (id != null) {
            Position here = f.node("id").position();
            Position first = ids.putIfAbsent(id, here);
            if (first != null) {
                problems.add(here, "duplicate component id '" + id + "' " + firstAt(here, first) + " — component ids must be unique");
                id = null;
            }
        }
        String what = id == null ? "a component" : "component '" + id + "'";
        Service service = null;
        String serviceName = f.requiredText("service");
        if (serviceName != null) {
            service = services.find(serviceName);
            if (service == null) {
                String meant = services.suggest(serviceName);
                problems.add(f.node("service").position(), "unknown service " + Shown.quoted(serviceName) + " in " + what + " — "
                        + (meant == null ? "see `srm catalog services` for the ids srm knows" : "did you mean '" + meant + "'?"));
            }
        }
        ServiceModel declaredModel = f.optionalChoice("model", t -> YamlName.parse(ServiceModel.class, t), "IaaS | PaaS | SaaS");
        String description = limited(f, "description", f.optionalText("description"), problems);
        Exposure exposure = f.optionalChoice("exposure", t -> YamlName.parse(Exposure.class, t), YamlName.allowed(Exposure.class));
        List<DataItem> data = new ArrayList<>();
        List<YNode> dataNodes = f.list("data");
        Map<String, Position> dataNames = new HashMap<>();
        if (dataNodes != null) {
            for (YNode dataNode : dataNodes) {
                DataItem item = dataItem(dataNode, service, what, dataNames, problems);
                if (item != null) data.add(item);
            }
        }
        if (id == null || service == null || (f.has("model") && declaredModel == null)
                || (f.has("exposure") && exposure == null) || dataNodes == null) {
            return null;
        }
        ServiceModel model = declaredModel == null ? service.model() : declaredModel;
        // Writing the catalog's own model is no override: the service's statements still apply.
        return new Component(id, service, model, declaredModel != null && declaredModel != service.model(), description, exposure == null ? Exposure.PRIVATE : exposure,
                data, index);
    }

    private DataItem dataItem(YNode node, Service service, String component, Map<String, Position> names, Problems problems) {
        YMap map = Fields.asMap(node, "each data item of " + component, problems);
        if (map == null) return null;
        Fields f = new Fields(map, "a data item of " + component, DATA_FIELDS, problems);
        String name = limited(f, "name", f.requiredText("name"), problems);
        if (name != null) {
            Position first = names.putIfAbsent(name, f.node("name").position());
            if (first != null) {
                problems.add(f.node("name").position(), "duplicate data item '" + Shown.text(name) + "' in " + component + " "
                        + firstAt(f.node("name").position(), first) + " — give each data item its own name");
            }
        }
        Classification classification = f.requiredChoice("classification", t -> YamlName.parse(Classification.class, t),
                YamlName.allowed(Classification.class));
        List<DataCategory> categories = new ArrayList<>();
        List<YScalar> categoryNodes = f.textList("categories");
        if (categoryNodes != null) {
            for (YScalar category : categoryNodes) {
                DataCategory value = YamlName.parse(DataCategory.class, category.text());
                if (value == null) {
                    problems.add(category.position(), "unknown data category " + Shown.quoted(category.text()) + " — allowed: "
                            + YamlName.allowed(DataCategory.class));
                } else if (!categories.contains(value)) {
                    categories.add(value);
                }
            }
        }
        EncryptionAtRest declared = f.optionalChoice("encryption_at_rest", t -> YamlName.parse(EncryptionAtRest.class, t),
                YamlName.allowed(EncryptionAtRest.class));
        Boolean inTransit = f.optionalBoolean("encryption_in_transit");
        Boolean backup = f.optionalBoolean("backup");
        if (name == null || classification == null || service == null || (f.has("encryption_at_rest") && declared == null)) return null;
        EncryptionAtRest effective = declared == null ? service.defaultEncryptionAtRest() : declared;
        return new DataItem(name, classification, categories, effective, declared != null, inTransit, backup);
    }

    private static String limited(Fields f, String key, String value, Problems problems) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(f.node(key).position(), "field '" + key + "' is " + value.length() + " characters long — keep it under " + MAX_TEXT);
            return null;
        }
        return value;
    }

    /**
     * "(first at line 3, column 9)"; when both are the same node, an alias ({@code *name}) repeated it, and the alias
     * itself has no position of its own in the tree (it is the anchored node again).
     */
    private static String firstAt(Position here, Position first) {
        String at = "line " + first.line() + ", column " + first.column();
        return here.equals(first) ? "(repeated by an alias *… of the one at " + at + ")" : "(first at " + at + ")";
    }

    private static String suggestedId(String id) {
        // Accents dropped rather than the letter: 'café' suggests 'cafe', not 'caf'.
        String plain = java.text.Normalizer.normalize(id.strip(), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String suggestion = plain.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return suggestion.isEmpty() ? "web-1" : suggestion;
    }

    private static Set<String> ordered(String... names) {
        return new LinkedHashSet<>(List.of(names));
    }
}
