package dev.srm.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.catalog.KnowledgeLoader;
import dev.srm.model.Architecture;
import dev.srm.model.Component;
import dev.srm.model.Control;
import dev.srm.model.ControlScope;
import dev.srm.model.Service;
import dev.srm.model.ServiceModel;
import dev.srm.pipeline.Assessor;
import dev.srm.responsibility.Conclusions;
import dev.srm.responsibility.Decision;
import dev.srm.responsibility.Exclusion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 10: every catalog service under every model (its own, and each override) gets, for every control, exactly one
 * answer from the built-in rules: one decision, or a "not applicable", and for the operational controls exactly one
 * deciding rule — a service's own statement or a trait rule, never both, never none.
 */
class WholeCatalogTest {

    @TempDir
    static Path temp;

    private static Assessor assessor;
    private static Architecture architecture;
    private static Conclusions conclusions;

    @BeforeAll
    static void assessEveryServiceUnderEveryModel() throws IOException {
        assessor = Assessor.builtIn(Clock.systemUTC());
        StringBuilder yaml = new StringBuilder("name: Whole catalog\ncomponents:\n");
        for (Service service : assessor.services().services()) {
            for (ServiceModel model : ServiceModel.values()) {
                // A data item that declares nothing: the declared-encryption rules stay out, the service's traits decide.
                yaml.append("  - id: ").append(service.id()).append('-').append(model.label().toLowerCase(Locale.ROOT))
                        .append("\n    service: ").append(service.id())
                        .append("\n    model: ").append(model.label())
                        .append("\n    exposure: internal")
                        .append("\n    data: [{name: records, classification: confidential, categories: [personal]}]\n");
            }
        }
        Path file = Files.writeString(temp.resolve("whole-catalog.yaml"), yaml);
        architecture = assessor.read(file);
        conclusions = assessor.engine().run(architecture, assessor.controls());
    }

    @Test
    void everyControlOfEveryComponentHasOneAnswer() {
        assertThat(architecture.components()).hasSize(assessor.services().services().size() * ServiceModel.values().length);
        Map<String, List<String>> deciding = new HashMap<>();
        for (Decision d : conclusions.decisions()) {
            if (d.componentId() != null) deciding.computeIfAbsent(d.controlId() + "@" + d.componentId(), k -> new ArrayList<>()).add(d.rule());
        }
        Map<String, List<String>> excluding = new HashMap<>();
        for (Exclusion e : conclusions.exclusions()) {
            excluding.computeIfAbsent(e.controlId() + "@" + e.componentId(), k -> new ArrayList<>()).add(e.rule());
        }
        List<String> wrong = new ArrayList<>();
        for (Component component : architecture.components()) {
            for (Control control : assessor.controls().controls()) {
                if (control.scope() != ControlScope.COMPONENT) continue;
                String pair = control.id() + "@" + component.id();
                List<String> rules = deciding.getOrDefault(pair, List.of());
                if (rules.isEmpty() && !excluding.containsKey(pair)) wrong.add(pair + ": no rule answers");
                if (!rules.isEmpty() && excluding.containsKey(pair)) {
                    wrong.add(pair + ": decided by " + rules + " and declared not applicable by " + excluding.get(pair));
                }
                if (KnowledgeLoader.OPERATIONAL_CONTROLS.contains(control.id()) && rules.size() > 1) {
                    wrong.add(pair + ": decided by " + rules.size() + " rules " + rules);
                }
            }
        }
        assertThat(conclusions.errors()).isEmpty();
        assertThat(wrong).isEmpty();
    }

    @Test
    void aServiceWithStatementsDecidesItsOperationalControlsByThemUnderItsOwnModelOnly() {
        for (Service service : assessor.services().services()) {
            Service complete = assessor.services().find(service.id());
            if (complete.statements().isEmpty()) continue;
            for (ServiceModel model : ServiceModel.values()) {
                String component = service.id() + "-" + model.label().toLowerCase(Locale.ROOT);
                boolean own = model == service.model();
                for (String control : KnowledgeLoader.OPERATIONAL_CONTROLS) {
                    List<String> rules = conclusions.decisions().stream()
                            .filter(d -> component.equals(d.componentId()) && d.controlId().equals(control))
                            .map(Decision::rule).toList();
                    assertThat(rules.stream().anyMatch(r -> r.endsWith("/stated-by-the-service")))
                            .as(control + "@" + component + " " + rules).isEqualTo(own);
                }
            }
        }
    }
}
