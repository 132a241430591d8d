package dev.srm.catalog;

import dev.srm.diagnostics.Position;
import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Problems;
import dev.srm.model.Control;
import dev.srm.model.ControlScope;
import dev.srm.model.EncryptionAtRest;
import dev.srm.model.Family;
import dev.srm.model.Service;
import dev.srm.model.ServiceCategory;
import dev.srm.model.ServiceModel;
import dev.srm.model.ServiceTraits;
import dev.srm.model.Tenancy;
import dev.srm.model.YamlName;
import dev.srm.yaml.Fields;
import dev.srm.yaml.YMap;
import dev.srm.yaml.YNode;
import dev.srm.yaml.YScalar;
import dev.srm.yaml.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads the service and control catalogs from their YAML data files and checks them: required fields, allowed values,
 * unique ids and aliases, families that exist. A broken catalog is reported with file, line and column like any input.
 */
public final class CatalogLoader {

    public static final String SERVICES_RESOURCE = "catalog/services.yaml";
    public static final String CONTROLS_RESOURCE = "catalog/controls.yaml";

    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern NIST = Pattern.compile("[A-Z]{2}-\\d{1,2}(\\(\\d{1,2}\\))?");
    private static final Pattern ISO = Pattern.compile("A\\.(5\\.([1-9]|[12]\\d|3[0-7])|6\\.[1-8]|7\\.([1-9]|1[0-4])|8\\.([1-9]|[12]\\d|3[0-4]))");
    private static final Pattern SOC2 = Pattern.compile("CC[1-9]\\.\\d|A1\\.[1-3]|C1\\.[12]|PI1\\.[1-5]|P[1-8]\\.\\d");
    private static final Pattern HIPAA = Pattern.compile("164\\.3(08|10|12|14|16)(\\([a-z0-9A-Z]{1,4}\\))+");
    private static final Pattern CCM = Pattern.compile("(A&A|AIS|BCR|CCC|CEK|DCS|DSP|GRC|HRS|IAM|IPY|IVS|LOG|SEF|STA|TVM|UEM)-\\d{2}");

    private static final Set<String> SERVICE_FIELDS = new LinkedHashSet<>(List.of("id", "name", "model", "category", "tenancy",
            "default_encryption_at_rest", "aliases", "documentation", "notes", "variant_of", "checked", "traits", "sources"));
    private static final Pattern AWS_PAGE = Pattern.compile("https://(docs\\.aws\\.amazon\\.com|aws\\.amazon\\.com)/\\S+");
    private static final Set<String> FAMILY_FIELDS = new LinkedHashSet<>(List.of("id", "title"));
    private static final Set<String> CONTROL_FIELDS = new LinkedHashSet<>(List.of("id", "title", "family", "scope", "description",
            "nist", "iso", "ccm", "soc2", "hipaa"));

    private static volatile ServiceCatalog builtInServices;
    private static volatile ControlCatalog builtInControls;

    private final YamlLoader yaml = new YamlLoader();

    /** The service catalog srm ships (loaded once per process), from the build's snapshot when it matches the YAML. */
    public static ServiceCatalog builtInServices() {
        if (builtInServices == null) {
            CatalogSnapshot snapshot = snapshot();
            builtInServices = snapshot != null ? snapshot.services() : servicesFromYaml().withKnowledge(KnowledgeLoader::builtIn);
        }
        return builtInServices;
    }

    /** The control catalog srm ships (loaded once per process), from the build's snapshot when it matches the YAML. */
    public static ControlCatalog builtInControls() {
        if (builtInControls == null) {
            CatalogSnapshot snapshot = snapshot();
            builtInControls = snapshot != null ? snapshot.controls() : controlsFromYaml();
        }
        return builtInControls;
    }

    private static volatile CatalogSnapshot snapshot;
    private static volatile boolean snapshotRead;

    private static synchronized CatalogSnapshot snapshot() {
        if (!snapshotRead) {
            snapshot = CatalogSnapshot.builtIn();
            snapshotRead = true;
        }
        return snapshot;
    }

    /** The built-in service catalog parsed and checked from its YAML (without knowledge), as the build snapshots it. */
    static ServiceCatalog servicesFromYaml() {
        return new CatalogLoader().services(new CatalogLoader().resource(SERVICES_RESOURCE), SERVICES_RESOURCE);
    }

    /** The built-in control catalog parsed and checked from its YAML. */
    static ControlCatalog controlsFromYaml() {
        return new CatalogLoader().controls(new CatalogLoader().resource(CONTROLS_RESOURCE), CONTROLS_RESOURCE, null);
    }

    private YNode resource(String name) {
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("built-in catalog " + name + " is missing from the jar");
            return yaml.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses and checks a service catalog document. */
    public ServiceCatalog services(YNode root, String file) {
        return services(root, file, null);
    }

    /**
     * Parses and checks a service catalog document. With {@code base}, the document extends that catalog (a
     * {@code services.yaml} in a rule folder): its ids and aliases must not clash with the base's.
     */
    public ServiceCatalog services(YNode root, String file, ServiceCatalog base) {
        Problems problems = new Problems();
        List<Service> services = new ArrayList<>();
        Map<String, Position> names = new HashMap<>();
        Map<String, Position> variants = new LinkedHashMap<>();
        Set<String> builtIn = base == null ? Set.of() : Set.copyOf(base.names());
        for (YMap entry : entries(root, file, "services", problems)) {
            Fields f = new Fields(entry, "service", SERVICE_FIELDS, problems);
            String id = id(f, problems);
            String what = "service '" + id + "'";
            String name = f.requiredText("name");
            ServiceModel model = f.requiredChoice("model", t -> YamlName.parse(ServiceModel.class, t), YamlName.allowed(ServiceModel.class));
            ServiceCategory category = f.requiredChoice("category", t -> YamlName.parse(ServiceCategory.class, t),
                    YamlName.allowed(ServiceCategory.class));
            Tenancy tenancy = f.optionalChoice("tenancy", t -> YamlName.parse(Tenancy.class, t), YamlName.allowed(Tenancy.class));
            EncryptionAtRest encryption = f.requiredChoice("default_encryption_at_rest",
                    t -> YamlName.parse(EncryptionAtRest.class, t), YamlName.allowed(EncryptionAtRest.class));
            String documentation = f.requiredText("documentation");
            if (documentation != null && !documentation.startsWith("https://")) {
                problems.add(f.node("documentation").position(), "documentation of " + what + " must be an https:// URL of the AWS page its facts come from");
            }
            String notes = f.requiredText("notes");
            String variantOf = f.optionalText("variant_of");
            if (variantOf != null) variants.put(variantOf, f.node("variant_of").position());
            YearMonth checked = Months.required(f, "checked", problems);
            ServiceTraits traits = TraitsReader.read(f.node("traits"), entry, what, problems);
            List<YScalar> sourceNodes = f.has("sources") ? f.textList("sources") : List.of();
            for (YScalar source : sourceNodes == null ? List.<YScalar>of() : sourceNodes) {
                if (!AWS_PAGE.matcher(source.text()).matches()) {
                    problems.add(source.position(), "source '" + source.text() + "' is not an AWS documentation page — cite "
                            + "https://docs.aws.amazon.com/… or https://aws.amazon.com/…");
                }
            }
            List<String> aliases = new ArrayList<>();
            List<YScalar> aliasNodes = f.textList("aliases");
            if (id != null) {
                clashWithBase(id, entry.get("id").position(), builtIn, problems);
                claim(id, entry.get("id").position(), names, problems);
            }
            if (aliasNodes != null) {
                for (YScalar alias : aliasNodes) {
                    if (!ID.matcher(alias.text()).matches()) {
                        problems.add(alias.position(), "alias '" + alias.text() + "' must be lower-case letters, digits and '-'");
                    } else {
                        clashWithBase(alias.text(), alias.position(), builtIn, problems);
                        claim(alias.text(), alias.position(), names, problems);
                        aliases.add(alias.text());
                    }
                }
            }
            if (id != null && name != null && model != null && category != null && encryption != null && documentation != null
                    && traits != null && checked != null) {
                services.add(new Service(id, name, model, category, tenancy, encryption, aliases, documentation, notes,
                        variantOf, traits, checked, Map.of()));
            }
        }
        Set<String> ids = new HashSet<>();
        if (base != null) base.services().forEach(service -> ids.add(service.id()));
        services.forEach(service -> ids.add(service.id()));
        variants.forEach((variantOf, position) -> {
            if (!ids.contains(variantOf)) {
                problems.add(position, "variant_of '" + variantOf + "' is not a service id of the catalog — name the service "
                        + "this one is a variant of (see `srm catalog services`)");
            }
        });
        if (services.isEmpty() && problems.isEmpty()) problems.add(Problem.inFile(file, "the service catalog lists no services"));
        problems.throwIfAny();
        return base == null ? new ServiceCatalog(services) : base.extendedWith(services);
    }

    /**
     * Parses and checks a control catalog document. With {@code base}, the document extends that catalog: its ids must
     * not clash with the base's, and its controls may use the base's families.
     */
    public ControlCatalog controls(YNode root, String file, ControlCatalog base) {
        Problems problems = new Problems();
        YMap top = root == null ? null : Fields.asMap(root, "the control catalog", problems);
        if (root == null) problems.add(Problem.inFile(file, "the control catalog is empty"));
        List<Family> families = new ArrayList<>();
        Map<String, Family> familiesById = new HashMap<>();
        if (base != null) base.families().forEach(fam -> familiesById.put(fam.id(), fam));
        List<Control> controls = new ArrayList<>();
        if (top != null) {
            new Fields(top, "the control catalog", new LinkedHashSet<>(List.of("families", "controls")), problems);
            Map<String, Position> familyIds = new HashMap<>();
            List<YMap> familyEntries = base != null && top.get("families") == null ? List.of() : listOfMaps(top, "families", "family", problems);
            for (YMap entry : familyEntries) {
                Fields f = new Fields(entry, "family", FAMILY_FIELDS, problems);
                String id = id(f, problems);
                String title = f.requiredText("title");
                if (id == null || title == null) continue;
                if (base != null && base.family(id) != null) {
                    problems.add(entry.get("id").position(), "family '" + id + "' is already a built-in family — use it without redefining it");
                    continue;
                }
                if (claim(id, entry.get("id").position(), familyIds, problems)) {
                    Family family = new Family(id, title);
                    families.add(family);
                    familiesById.put(id, family);
                }
            }
            Map<String, Position> controlIds = new HashMap<>();
            for (YMap entry : listOfMaps(top, "controls", "control", problems)) {
                Fields f = new Fields(entry, "control", CONTROL_FIELDS, problems);
                String id = id(f, problems);
                String title = f.requiredText("title");
                String familyId = f.requiredText("family");
                Family family = familyId == null ? null : familiesById.get(familyId);
                if (familyId != null && family == null) {
                    problems.add(f.node("family").position(), "unknown family '" + familyId + "' — "
                            + orList(dev.srm.diagnostics.Suggestions.hint(familyId, familiesById.keySet()), familiesById.keySet()));
                }
                ControlScope scope = f.requiredChoice("scope", t -> YamlName.parse(ControlScope.class, t), YamlName.allowed(ControlScope.class));
                String description = f.requiredText("description");
                List<String> nist = references(f, "nist", NIST, "NIST SP 800-53 rev. 5 ids such as AC-2 or SC-7(5)", problems);
                List<String> iso = references(f, "iso", ISO, "ISO/IEC 27001:2022 Annex A ids A.5.1–A.5.37, A.6.1–A.6.8, A.7.1–A.7.14, A.8.1–A.8.34", problems);
                List<String> ccm = references(f, "ccm", CCM, "CSA CCM v4 ids such as IAM-02 or DCS-07", problems);
                // Optional, and may be empty where no requirement of the framework fits (HIPAA says nothing of residency).
                List<String> soc2 = f.has("soc2") ? optionalReferences(f, "soc2", SOC2,
                        "SOC 2 Trust Services Criteria ids such as CC6.1, A1.2, C1.1, PI1.3 or P4.2", problems) : List.of();
                List<String> hipaa = f.has("hipaa") ? optionalReferences(f, "hipaa", HIPAA,
                        "HIPAA Security Rule citations such as 164.312(a)(2)(iv)", problems) : List.of();
                if (id == null) continue;
                if (base != null && base.find(id) != null) {
                    problems.add(entry.get("id").position(), "control '" + id
                            + "' is already a built-in control — choose another id (a custom control cannot replace a built-in one)");
                    continue;
                }
                if (!claim(id, entry.get("id").position(), controlIds, problems)) continue;
                if (title != null && family != null && scope != null && description != null) {
                    controls.add(new Control(id, title, family, scope, description, nist, iso, ccm, soc2, hipaa));
                }
            }
            if (controls.isEmpty() && problems.isEmpty()) problems.add(top.position(), "the control catalog lists no controls");
        }
        problems.throwIfAny();
        ControlCatalog catalog = new ControlCatalog(families, controls);
        return base == null ? catalog : base.plus(catalog);
    }

    private static String orList(String hint, Set<String> known) {
        return hint.isEmpty() ? "known: " + String.join(", ", new java.util.TreeSet<>(known)) : hint;
    }

    private static List<String> references(Fields f, String key, Pattern pattern, String expected, Problems problems) {
        List<YScalar> refs = f.textList(key);
        List<String> values = new ArrayList<>();
        if (refs == null) return values;
        if (refs.isEmpty()) problems.add(f.map().position(), "control needs at least one '" + key + "' reference (" + expected + ")");
        for (YScalar ref : refs) {
            if (pattern.matcher(ref.text()).matches()) values.add(ref.text());
            else problems.add(ref.position(), "'" + ref.text() + "' is not a valid '" + key + "' reference — expected " + expected);
        }
        return values;
    }

    private static List<String> optionalReferences(Fields f, String key, Pattern pattern, String expected, Problems problems) {
        List<YScalar> refs = f.textList(key);
        List<String> values = new ArrayList<>();
        if (refs == null) return values;
        for (YScalar ref : refs) {
            if (pattern.matcher(ref.text()).matches()) values.add(ref.text());
            else problems.add(ref.position(), "'" + ref.text() + "' is not a valid '" + key + "' reference — expected " + expected);
        }
        return values;
    }

    private static String id(Fields f, Problems problems) {
        String id = f.requiredText("id");
        if (id != null && !ID.matcher(id).matches()) {
            problems.add(f.node("id").position(), "id '" + id + "' must be lower-case letters, digits and single '-' (kebab-case)");
            return null;
        }
        return id;
    }

    private static void clashWithBase(String name, Position position, Set<String> builtIn, Problems problems) {
        if (builtIn.contains(name)) {
            problems.add(position, "'" + name + "' is already a built-in service id or alias — choose another id (see "
                    + "`srm catalog services`); to change what srm says about a built-in service, override its rules");
        }
    }

    private static boolean claim(String name, Position position, Map<String, Position> taken, Problems problems) {
        Position first = taken.putIfAbsent(name, position);
        if (first == null) return true;
        problems.add(position, "duplicate id '" + name + "' (first at line " + first.line() + ", column " + first.column() + ") — ids must be unique");
        return false;
    }

    private static List<YMap> entries(YNode root, String file, String key, Problems problems) {
        if (root == null) {
            problems.add(Problem.inFile(file, "the catalog is empty"));
            return List.of();
        }
        YMap top = Fields.asMap(root, "the catalog", problems);
        if (top == null) return List.of();
        new Fields(top, "the catalog", Set.of(key), problems);
        return listOfMaps(top, key, key.substring(0, key.length() - 1), problems);
    }

    private static List<YMap> listOfMaps(YMap top, String key, String what, Problems problems) {
        Fields f = new Fields(top, "the catalog", Set.of(top.entries().keySet().toArray(String[]::new)), problems);
        List<YNode> items = f.list(key);
        if (items == null) return List.of();
        if (items.isEmpty() && top.get(key) == null) {
            problems.add(top.position(), "missing required field '" + key + "'");
        }
        List<YMap> maps = new ArrayList<>();
        for (YNode item : items) {
            YMap map = Fields.asMap(item, "each " + what, problems);
            if (map != null) maps.add(map);
        }
        return maps;
    }
}
