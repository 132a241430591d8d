package dev.srm.catalog;

import dev.srm.diagnostics.Problems;
import dev.srm.model.Availability;
import dev.srm.model.BackupModel;
import dev.srm.model.ContentAtRest;
import dev.srm.model.Hosting;
import dev.srm.model.InternetFacing;
import dev.srm.model.KeyOption;
import dev.srm.model.Patching;
import dev.srm.model.ServiceScope;
import dev.srm.model.ServiceTraits;
import dev.srm.model.YamlName;
import dev.srm.yaml.Fields;
import dev.srm.yaml.YMap;
import dev.srm.yaml.YNode;
import dev.srm.yaml.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads a catalog entry's {@code traits:} block; every trait is required (docs/knowledge-base.md). */
final class TraitsReader {

    static final Set<String> TRAIT_FIELDS = new LinkedHashSet<>(List.of("content_at_rest", "scope", "patching",
            "runs_customer_code", "availability", "backup", "keys", "hosting", "internet_facing", "content_used_for_improvement"));

    private TraitsReader() {
    }

    /** The traits, or null after reporting every problem; {@code owner} is the entry holding them. */
    static ServiceTraits read(YNode node, YMap owner, String what, Problems problems) {
        if (node == null) {
            problems.add(owner.position(), "missing required field 'traits' in " + what + " — every service states "
                    + String.join(", ", TRAIT_FIELDS) + " (docs/knowledge-base.md)");
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
        Boolean improvement = f.requiredText("content_used_for_improvement") == null ? null
                : f.optionalBoolean("content_used_for_improvement");
        Availability availability = f.requiredChoice("availability", t -> YamlName.parse(Availability.class, t),
                YamlName.allowed(Availability.class));
        BackupModel backup = f.requiredChoice("backup", t -> YamlName.parse(BackupModel.class, t), YamlName.allowed(BackupModel.class));
        Hosting hosting = f.requiredChoice("hosting", t -> YamlName.parse(Hosting.class, t), YamlName.allowed(Hosting.class));
        InternetFacing facing = f.requiredChoice("internet_facing", t -> YamlName.parse(InternetFacing.class, t),
                YamlName.allowed(InternetFacing.class));
        if (!f.has("keys")) {
            problems.add(map.position(), "missing required field 'keys' in traits — list the at-rest key options, [] for none");
            return null;
        }
        List<YScalar> keyNodes = f.textList("keys");
        if (keyNodes == null) return null;
        List<KeyOption> keys = new ArrayList<>();
        for (YScalar key : keyNodes) {
            KeyOption option = YamlName.parse(KeyOption.class, key.text());
            if (option == null) {
                problems.add(key.position(), "unknown key option '" + key.text() + "' — allowed: " + YamlName.allowed(KeyOption.class));
            } else {
                keys.add(option);
            }
        }
        if (content == null || scope == null || patching == null || code == null || availability == null || backup == null
                || hosting == null || facing == null || improvement == null) {
            return null;
        }
        return new ServiceTraits(content, scope, patching, code, availability, backup, keys, hosting, facing, improvement);
    }
}
