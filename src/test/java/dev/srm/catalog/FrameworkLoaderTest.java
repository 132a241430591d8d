package dev.srm.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.yaml.YamlLoader;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: the FedRAMP rev. 5 baselines as data. The row keys are the SSP Appendix J CIS/CRM workbook's: the control
 * label, plus one (x) per top-level statement item, FedRAMP's own _fr parts skipped — 424 rows for Low, 688 for
 * Moderate, 791 for High (the counts the template has); LI-SaaS tailors items (416).
 */
class FrameworkLoaderTest {

    @Test
    void theFedRampBaselinesHaveTheWorkbooksRowCountsAndKeys() {
        assertThat(FrameworkLoader.builtIn()).extracting(Framework::id)
                .startsWith("fedramp-low", "fedramp-moderate", "fedramp-high", "fedramp-li-saas");
        assertThat(FrameworkLoader.find("fedramp-low").rows()).hasSize(424);
        assertThat(FrameworkLoader.find("fedramp-moderate").rows()).hasSize(688);
        assertThat(FrameworkLoader.find("fedramp-high").rows()).hasSize(791);
        assertThat(FrameworkLoader.find("fedramp-li-saas").rows()).hasSize(416);
        List<String> moderate = FrameworkLoader.find("fedramp-moderate").rows().stream().map(Framework.Row::key).toList();
        assertThat(moderate).startsWith("AC-1(a)", "AC-1(b)", "AC-1(c)", "AC-2(a)")
                .contains("AC-2(1)", "AC-2(3)(a)", "AC-2(3)(d)", "SC-7(a)")
                .doesNotContain("AC-2(3)", "AC-1")
                .allMatch(key -> !key.contains(" "));
        assertThat(new HashSet<>(moderate)).hasSameSizeAs(moderate);
        assertThat(moderate.indexOf("AC-2(l)")).isLessThan(moderate.indexOf("AC-2(1)"));
        assertThat(moderate.get(moderate.size() - 1)).startsWith("SR-");
        List<String> liSaas = FrameworkLoader.find("fedramp-li-saas").rows().stream().map(Framework.Row::key).toList();
        assertThat(liSaas).contains("AC-2(a)", "AC-2(f)", "AC-2(g)", "AC-2(h)").doesNotContain("AC-2(b)");
    }

    @Test
    void theProvenanceIsInTheData() {
        Framework high = FrameworkLoader.find("fedramp-high");
        assertThat(high.title()).isEqualTo("FedRAMP High");
        assertThat(high.source()).startsWith("https://github.com/GSA/fedramp-automation/tree/");
        assertThat(high.version()).isEqualTo("fedramp2.1.0-oscal1.0.4, published 2024-09-24");
        assertThat(high.licence()).contains("Public domain");
        assertThat(high.rows().get(0)).isEqualTo(new Framework.Row("AC-1(a)", "AC-1", "Policy and Procedures", "Access Control"));
    }

    @Test
    void aBrokenFrameworkFileIsReportedWithEveryProblemAndItsPosition() {
        String yaml = """
                framework: x
                title: X
                source: http://example.com
                version: "1"
                licence: CC0
                checked: 2026-13
                baselines:
                  low: Low
                controls:
                  - id: ac-1
                    label: AC-1
                    title: Policy
                    family: AC
                    family_title: Access Control
                    baselines: [low, medium]
                    items: [a, a]
                  - id: ac-1
                    label: Ac 1
                    title: Again
                    family: AC
                    family_title: Access Control
                    baselines: [low]
                    items: []
                    colour: red
                """;
        assertThatThrownBy(() -> new FrameworkLoader().fedramp(new YamlLoader().parse(yaml, "f.yaml"), "f.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(
                                "f.yaml:3:9: source must be the https:// address the data comes from",
                                "f.yaml:6:10: checked must be the month the sources were read, as YYYY-MM (2026-12)",
                                "f.yaml:15:16: unknown baseline 'medium' in control ac-1 — declared: low",
                                "f.yaml:16:12: statement item 'a' is listed twice",
                                "f.yaml:17:9: duplicate control id 'ac-1' — each control is listed once",
                                "f.yaml:18:12: control label 'Ac 1' must read like AC-2 or AC-2(3)",
                                "f.yaml:24:5: unknown field 'colour' in control — allowed: baselines, family, family_title, id, "
                                        + "items, label, tailored_items, title"));
    }

    @Test
    void aFrameworkOfGroupsAndRowsLoadsInItsOwnOrderAndEveryProblemIsReported() {
        String good = """
                framework: example
                title: Example framework
                source: https://example.org/framework
                version: "1"
                licence: Ids only
                checked: 2026-12
                groups:
                  - {id: G1, title: First group}
                  - {id: G2, title: Second group}
                rows:
                  - {id: G2.1, group: G2, title: Later}
                  - {id: G1.1, group: G1, kind: required}
                """;
        Framework framework = new FrameworkLoader().generic(new YamlLoader().parse(good, "g.yaml"), "g.yaml");
        assertThat(framework.rows()).containsExactly(new Framework.Row("G2.1", "G2.1", "Later", "Second group", ""),
                new Framework.Row("G1.1", "G1.1", "", "First group", "required"));
        String bad = good.replace("https://example.org", "ftp://example.org").replace("{id: G1.1, group: G1, kind: required}",
                "{id: G2.1, group: G3, kind: optional}");
        assertThatThrownBy(() -> new FrameworkLoader().generic(new YamlLoader().parse(bad, "g.yaml"), "g.yaml"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).extracting(Problem::format)
                        .containsExactly(
                                "g.yaml:3:9: source must be the https:// address the data comes from",
                                "g.yaml:12:10: duplicate row id 'G2.1' — each requirement is listed once",
                                "g.yaml:12:23: row G2.1 names group 'G3', which 'groups' does not declare — declared: G1, G2",
                                "g.yaml:12:33: kind of row G2.1 must be one of standard | required | addressable"));
    }
}
