package dev.srm.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.model.Control;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: every framework reference of every srm control names a requirement of that framework's catalog, so a
 * framework view can never show an srm control against a row that does not exist. (HIPAA and CSA CCM join when their
 * catalogs land; their references are checked for shape by CatalogLoader meanwhile.)
 */
class FrameworkReferencesTest {

    /** NIST SP 800-53 rev. 5 controls srm maps to that no FedRAMP baseline selects (they show in no FedRAMP view). */
    private static final Set<String> NIST_OUTSIDE_FEDRAMP = Set.of("AC-16", "PM-1", "PM-9", "RA-10", "SC-36");

    @Test
    void everyReferenceNamesARowOfItsFramework() {
        List<String> unknown = new ArrayList<>();
        Set<String> fedramp = FrameworkLoader.find("fedramp-high").rows().stream().map(Framework.Row::control)
                .collect(Collectors.toSet());
        Map<String, Function<Control, List<String>>> references = Map.of("iso27001", Control::iso, "soc2", Control::soc2);
        for (Control control : CatalogLoader.builtInControls().controls()) {
            for (String nist : control.nist()) {
                if (!fedramp.contains(nist) && !NIST_OUTSIDE_FEDRAMP.contains(nist)) unknown.add(control.id() + " nist " + nist);
            }
            references.forEach((framework, refs) -> {
                Set<String> rows = FrameworkLoader.find(framework).rows().stream().map(Framework.Row::key)
                        .collect(Collectors.toCollection(TreeSet::new));
                for (String ref : refs.apply(control)) {
                    if (!rows.contains(ref)) unknown.add(control.id() + " " + framework + " " + ref);
                }
            });
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void theBuiltInFrameworksHaveTheirOfficialCounts() {
        Framework iso = FrameworkLoader.find("iso27001");
        assertThat(iso.rows()).hasSize(93);
        assertThat(iso.rows().stream().collect(Collectors.groupingBy(Framework.Row::family, Collectors.counting())))
                .containsOnly(Map.entry("Organizational controls", 37L), Map.entry("People controls", 8L),
                        Map.entry("Physical controls", 14L), Map.entry("Technological controls", 34L));
        Framework soc2 = FrameworkLoader.find("soc2");
        assertThat(soc2.rows()).hasSize(61);
        assertThat(soc2.rows()).extracting(Framework.Row::key).startsWith("CC1.1").contains("CC9.2", "A1.3", "C1.2", "PI1.5")
                .endsWith("P8.1");
        assertThat(List.of(iso, soc2)).allSatisfy(f -> assertThat(f.rows()).allSatisfy(row -> assertThat(row.title())
                .isNotBlank().satisfies(t -> assertThat(t.split(" ")).hasSizeLessThanOrEqualTo(8))));
    }
}
