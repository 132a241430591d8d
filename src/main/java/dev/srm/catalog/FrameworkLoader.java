package dev.srm.catalog;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problems;
import dev.srm.yaml.Fields;
import dev.srm.yaml.YMap;
import dev.srm.yaml.YNode;
import dev.srm.yaml.YScalar;
import dev.srm.yaml.YSeq;
import dev.srm.yaml.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the framework catalogs (docs/frameworks.md) and checks them like any input: required fields, known baselines,
 * well-formed control labels and statement items, unique ids — every problem at once with its position.
 * {@code fedramp-rev5.yaml} holds the NIST SP 800-53 rev. 5 controls of the four FedRAMP rev. 5 baselines; each
 * baseline is a framework of its own ({@code fedramp-low}, {@code fedramp-moderate}, {@code fedramp-high},
 * {@code fedramp-li-saas}) whose rows are keyed as the Appendix J workbook keys them.
 */
public final class FrameworkLoader {

    public static final String FEDRAMP_RESOURCE = "catalog/frameworks/fedramp-rev5.yaml";

    /** The frameworks of groups and rows srm ships, by id; each is {@code catalog/frameworks/<id>.yaml}. */
    static final List<String> GENERIC = List.of("iso27001", "soc2");

    private static final Set<String> FILE_FIELDS = new LinkedHashSet<>(List.of("framework", "title", "source", "version",
            "licence", "checked", "baselines", "controls"));
    private static final Set<String> CONTROL_FIELDS = new LinkedHashSet<>(List.of("id", "label", "title", "family",
            "family_title", "baselines", "items", "tailored_items"));
    private static final Pattern CONTROL_ID = Pattern.compile("[a-z]{2}-\\d{1,2}(\\.\\d{1,2})?");
    private static final Pattern LABEL = Pattern.compile("[A-Z]{2}-\\d{1,2}(\\(\\d{1,2}\\))?");
    private static final Pattern ITEM = Pattern.compile("[a-z]{1,2}");

    private static volatile List<Framework> builtIn;

    /** The frameworks srm ships, in the order `srm catalog frameworks` lists them (loaded once per process). */
    public static List<Framework> builtIn() {
        if (builtIn == null) {
            try (InputStream in = FrameworkLoader.class.getClassLoader().getResourceAsStream(FEDRAMP_RESOURCE)) {
                if (in == null) throw new IllegalStateException("built-in framework catalog " + FEDRAMP_RESOURCE + " is missing");
                List<Framework> all = new ArrayList<>(new FrameworkLoader().fedramp(new YamlLoader().parse(new String(
                        in.readAllBytes(), StandardCharsets.UTF_8), FEDRAMP_RESOURCE), FEDRAMP_RESOURCE));
                for (String id : GENERIC) all.add(generic(id));
                builtIn = List.copyOf(all);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InvalidInputException e) {
                throw new IllegalStateException("built-in framework catalog does not load: " + e.getMessage(), e);
            }
        }
        return builtIn;
    }

    private static Framework generic(String id) throws IOException {
        String resource = "catalog/frameworks/" + id + ".yaml";
        try (InputStream in = FrameworkLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("built-in framework catalog " + resource + " is missing");
            Framework framework = new FrameworkLoader().generic(new YamlLoader().parse(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8), resource), resource);
            if (!framework.id().equals(id)) {
                throw new IllegalStateException(resource + " declares framework '" + framework.id() + "', not '" + id + "'");
            }
            return framework;
        }
    }

    /** The built-in framework with this id, or null. */
    public static Framework find(String id) {
        for (Framework framework : builtIn()) {
            if (framework.id().equals(id)) return framework;
        }
        return null;
    }

    /** Parses and checks a FedRAMP baselines document: one framework per baseline, in the document's order. */
    public List<Framework> fedramp(YNode root, String file) {
        Problems problems = new Problems();
        YMap map = Fields.asMap(root, "the framework file", problems);
        if (map == null) {
            problems.throwIfAny();
        }
        Fields f = new Fields(map, "the framework file", FILE_FIELDS, problems);
        f.requiredText("framework");
        f.requiredText("title");
        Provenance provenance = provenance(f, problems);
        Map<String, String> baselines = new LinkedHashMap<>();
        YNode baselineNode = f.node("baselines");
        if (baselineNode == null) {
            problems.add(map.position(), "missing required field 'baselines' — map each baseline id to its title");
        } else {
            YMap baselineMap = Fields.asMap(baselineNode, "baselines", problems);
            if (baselineMap != null) {
                for (YMap.Entry entry : baselineMap.entries().values()) {
                    String id = entry.key().text();
                    if (!id.matches("[a-z]+(-[a-z]+)*")) {
                        problems.add(entry.key().position(), "baseline id '" + id + "' must be lower-case words joined by '-'");
                    }
                    if (entry.value() instanceof YScalar title && !title.text().isBlank()) baselines.put(id, title.text());
                    else problems.add(entry.value().position(), "baseline '" + id + "' needs a title");
                }
            }
        }
        Map<String, List<Framework.Row>> rows = new LinkedHashMap<>();
        baselines.keySet().forEach(id -> rows.put(id, new ArrayList<>()));
        List<YNode> controls = f.list("controls");
        if (controls == null || controls.isEmpty()) {
            problems.add(map.position(), "the framework file lists no controls — add them under 'controls:'");
        } else {
            Set<String> ids = new HashSet<>();
            for (YNode node : controls) control(node, baselines.keySet(), ids, rows, problems);
        }
        problems.throwIfAny();
        List<Framework> frameworks = new ArrayList<>();
        baselines.forEach((id, title) -> frameworks.add(new Framework("fedramp-" + id, title, provenance.source(),
                provenance.version(), provenance.licence(), provenance.checked(), rows.get(id))));
        return frameworks;
    }

    private static final Set<String> GENERIC_FIELDS = new LinkedHashSet<>(List.of("framework", "title", "source", "version",
            "licence", "checked", "groups", "rows"));
    private static final Set<String> GROUP_FIELDS = new LinkedHashSet<>(List.of("id", "title"));
    private static final Set<String> ROW_FIELDS = new LinkedHashSet<>(List.of("id", "group", "title", "kind"));
    private static final Set<String> KINDS = new LinkedHashSet<>(List.of("standard", "required", "addressable"));
    private static final Pattern FRAMEWORK_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * Parses and checks a framework file of groups and rows (ISO 27001, SOC 2, HIPAA, CSA CCM; docs/frameworks.md).
     * A row's title may be left out where the framework's licence allows ids only (CSA CCM).
     */
    public Framework generic(YNode root, String file) {
        Problems problems = new Problems();
        YMap map = Fields.asMap(root, "the framework file", problems);
        if (map == null) problems.throwIfAny();
        Fields f = new Fields(map, "the framework file", GENERIC_FIELDS, problems);
        String id = f.requiredText("framework");
        if (id != null && !FRAMEWORK_ID.matcher(id).matches()) {
            problems.add(f.node("framework").position(), "framework id '" + id + "' must be lower-case letters, digits and '-'");
        }
        String title = f.requiredText("title");
        Provenance provenance = provenance(f, problems);
        Map<String, String> groups = new LinkedHashMap<>();
        List<YNode> groupNodes = f.list("groups");
        if (groupNodes == null || groupNodes.isEmpty()) {
            problems.add(map.position(), "the framework file lists no groups — add them under 'groups:' (id and title)");
        } else {
            for (YNode node : groupNodes) {
                YMap group = Fields.asMap(node, "group", problems);
                if (group == null) continue;
                Fields g = new Fields(group, "group", GROUP_FIELDS, problems);
                String groupId = g.requiredText("id");
                String groupTitle = g.requiredText("title");
                if (groupId != null && groups.putIfAbsent(groupId, groupTitle == null ? "" : groupTitle) != null) {
                    problems.add(g.node("id").position(), "duplicate group id '" + groupId + "'");
                }
            }
        }
        List<Framework.Row> rows = new ArrayList<>();
        List<YNode> rowNodes = f.list("rows");
        if (rowNodes == null || rowNodes.isEmpty()) {
            problems.add(map.position(), "the framework file lists no rows — add them under 'rows:'");
        } else {
            Set<String> ids = new HashSet<>();
            for (YNode node : rowNodes) {
                YMap row = Fields.asMap(node, "row", problems);
                if (row == null) continue;
                Fields r = new Fields(row, "row", ROW_FIELDS, problems);
                String rowId = r.requiredText("id");
                String group = r.requiredText("group");
                String rowTitle = r.optionalText("title");
                String kind = r.optionalText("kind");
                if (rowId != null && !ids.add(rowId)) {
                    problems.add(r.node("id").position(), "duplicate row id '" + rowId + "' — each requirement is listed once");
                }
                if (group != null && !groups.containsKey(group)) {
                    problems.add(r.node("group").position(), "row " + rowId + " names group '" + group + "', which 'groups' does not "
                            + "declare — declared: " + String.join(", ", groups.keySet()));
                }
                if (kind != null && !KINDS.contains(kind)) {
                    problems.add(r.node("kind").position(), "kind of row " + rowId + " must be one of " + String.join(" | ", KINDS));
                }
                if (rowId != null && group != null) {
                    rows.add(new Framework.Row(rowId, rowId, rowTitle == null ? "" : rowTitle, groups.getOrDefault(group, ""),
                            kind == null ? "" : kind));
                }
            }
        }
        problems.throwIfAny();
        return new Framework(id, title, provenance.source(), provenance.version(), provenance.licence(), provenance.checked(),
                rows);
    }

    /** Where a framework file's data comes from, as every framework file states it. */
    private record Provenance(String source, String version, String licence, YearMonth checked) {}

    private static Provenance provenance(Fields f, Problems problems) {
        String source = f.requiredText("source");
        if (source != null && !source.startsWith("https://")) {
            problems.add(f.node("source").position(), "source must be the https:// address the data comes from");
        }
        String version = f.requiredText("version");
        String licence = f.requiredText("licence");
        return new Provenance(source, version, licence, Months.required(f, "checked", problems));
    }

    private static void control(YNode node, Set<String> baselines, Set<String> ids, Map<String, List<Framework.Row>> rows,
            Problems problems) {
        YMap map = Fields.asMap(node, "control", problems);
        if (map == null) return;
        Fields f = new Fields(map, "control", CONTROL_FIELDS, problems);
        String id = f.requiredText("id");
        String label = f.requiredText("label");
        String title = f.requiredText("title");
        f.requiredText("family");
        String familyTitle = f.requiredText("family_title");
        if (id != null && !CONTROL_ID.matcher(id).matches()) {
            problems.add(f.node("id").position(), "control id '" + id + "' must be an OSCAL control id such as ac-2 or ac-2.3");
        } else if (id != null && !ids.add(id)) {
            problems.add(f.node("id").position(), "duplicate control id '" + id + "' — each control is listed once");
        }
        if (label != null && !LABEL.matcher(label).matches()) {
            problems.add(f.node("label").position(), "control label '" + label + "' must read like AC-2 or AC-2(3)");
        }
        List<String> in = words(f, "baselines", problems);
        for (String baseline : in) {
            if (!baselines.contains(baseline)) {
                problems.add(f.node("baselines").position(), "unknown baseline '" + baseline + "' in control " + id
                        + " — declared: " + String.join(", ", baselines));
            }
        }
        List<String> items = f.has("items") ? words(f, "items", problems) : null;
        if (items == null) problems.add(map.position(), "missing required field 'items' in control " + id + " — [] for none");
        else checkItems(items, f.node("items"), problems);
        Map<String, List<String>> tailored = new LinkedHashMap<>();
        YNode tailoredNode = f.node("tailored_items");
        if (tailoredNode != null) {
            YMap tailoredMap = Fields.asMap(tailoredNode, "tailored_items", problems);
            if (tailoredMap != null) {
                for (YMap.Entry entry : tailoredMap.entries().values()) {
                    String baseline = entry.key().text();
                    if (!in.contains(baseline)) {
                        problems.add(entry.key().position(), "tailored_items for '" + baseline + "', a baseline control "
                                + id + " is not in");
                    }
                    List<String> list = letters(entry.value(), "tailored_items." + baseline, problems);
                    checkItems(list, entry.value(), problems);
                    tailored.put(baseline, list);
                }
            }
        }
        if (id == null || label == null || title == null || items == null) return;
        for (String baseline : in) {
            List<Framework.Row> list = rows.get(baseline);
            if (list == null) continue;
            List<String> letters = tailored.getOrDefault(baseline, items);
            if (letters.isEmpty()) list.add(new Framework.Row(label, label, title, familyTitle));
            for (String letter : letters) list.add(new Framework.Row(label + "(" + letter + ")", label, title, familyTitle));
        }
    }

    private static List<String> words(Fields f, String key, Problems problems) {
        List<YScalar> list = f.textList(key);
        List<String> words = new ArrayList<>();
        if (list != null) list.forEach(s -> words.add(s.text()));
        return words;
    }

    private static List<String> letters(YNode node, String what, Problems problems) {
        List<String> letters = new ArrayList<>();
        if (!(node instanceof YSeq seq)) {
            problems.add(node.position(), what + " must be a list of statement item letters, as in [a, f, g]");
            return letters;
        }
        for (YNode item : seq.items()) {
            if (item instanceof YScalar scalar) letters.add(scalar.text());
            else problems.add(item.position(), "items of " + what + " must be letters, not " + item.kind());
        }
        return letters;
    }

    private static void checkItems(List<String> items, YNode node, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (String item : items) {
            if (!ITEM.matcher(item).matches()) {
                problems.add(node.position(), "statement item '" + item + "' must be its letter (a, b, … aa)");
            } else if (!seen.add(item)) {
                problems.add(node.position(), "statement item '" + item + "' is listed twice");
            }
        }
    }
}
