package dev.srm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.catalog.CatalogLoader;
import dev.srm.model.Family;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One name for a rule family: folder, file, DRL package and rule-name prefix agree (as Prowler's check ids do). */
class BuiltInRuleConventionsTest {

    private static final List<RuleSource> SOURCES = BuiltInRules.load();
    private static final RuleEngine ENGINE = RuleEngine.compile(SOURCES);

    @Test
    void everyFamilyHasExactlyOneRuleFileNamedAfterIt() {
        Set<String> expected = CatalogLoader.builtInControls().families().stream()
                .map(Family::id).map(f -> "rules/" + f + "/" + f + ".drl").collect(Collectors.toSet());
        assertThat(SOURCES).extracting(RuleSource::name).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void packageAndRuleNamesFollowTheFolder() {
        for (RuleEngine.RuleInfo rule : ENGINE.rules()) {
            String family = rule.file().split("/")[1];
            assertThat(rule.packageName()).as(rule.name()).isEqualTo("srm.rules." + family.replace('-', '_'));
            assertThat(rule.name()).as(rule.file()).startsWith(family + "/").matches("[a-z0-9-]+/[a-z0-9-]+");
        }
    }

    /**
     * Every rule, not only every file, cites the AWS page its conclusion rests on: a URL in the rule, or the catalog
     * page of the component's service ({@code $c.service().documentation()}) for rules that decide from the catalog.
     */
    @Test
    void everyRuleCitesAnAwsPage() {
        java.util.regex.Pattern rule = java.util.regex.Pattern.compile("(?ms)^rule \"([^\"]+)\"(.*?)^end\\b");
        java.util.regex.Pattern page = java.util.regex.Pattern.compile(
                // srm.stated(...) cites the statement's own sources, which KnowledgeLoader requires on load
                "https://(docs\\.aws\\.amazon\\.com|aws\\.amazon\\.com)/|\\.service\\(\\)\\.documentation\\(\\)|srm\\.stated\\(");
        List<String> uncited = new java.util.ArrayList<>();
        int rules = 0;
        for (RuleSource source : SOURCES) {
            java.util.regex.Matcher m = rule.matcher(source.text());
            while (m.find()) {
                rules++;
                if (!page.matcher(m.group(2)).find()) uncited.add(m.group(1));
            }
        }
        assertThat(rules).as("rules found in the built-in DRL").isEqualTo(ENGINE.rules().size());
        assertThat(uncited).isEmpty();
    }
}
