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

    @Test
    void everyRuleCitesAnAwsPage() {
        for (RuleSource source : SOURCES) {
            assertThat(source.text()).as(source.name()).containsPattern("https://(docs\\.aws\\.amazon\\.com|aws\\.amazon\\.com)/");
        }
    }
}
