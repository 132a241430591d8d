package dev.srm.pipeline;

import dev.srm.architecture.ArchitectureReader;
import dev.srm.catalog.CatalogLoader;
import dev.srm.catalog.ControlCatalog;
import dev.srm.catalog.ServiceCatalog;
import dev.srm.engine.BuiltInRules;
import dev.srm.engine.RuleEngine;
import dev.srm.engine.RuleSource;
import dev.srm.model.Architecture;
import dev.srm.model.Control;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.responsibility.Conclusions;
import dev.srm.responsibility.Merge;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The pipeline, in the order the packages name it: read and validate the architecture, assess it with the rules,
 * merge the conclusions into an {@link Assessment} ready to render. Compile once, assess many.
 */
public final class Assessor {

    private final ServiceCatalog services;
    private final ControlCatalog controls;
    private final RuleEngine engine;
    private final Clock clock;

    public Assessor(ServiceCatalog services, ControlCatalog controls, RuleEngine engine, Clock clock) {
        this.services = services;
        this.controls = controls;
        this.engine = engine;
        this.clock = clock;
    }

    /** An assessor with the built-in catalogs and rules. */
    public static Assessor builtIn(Clock clock) {
        return withRules(List.of(), clock);
    }

    /** An assessor with the built-in catalogs, the built-in rules and {@code extraRules} compiled together. */
    public static Assessor withRules(List<RuleSource> extraRules, Clock clock) {
        List<RuleSource> sources = new java.util.ArrayList<>(BuiltInRules.load());
        sources.addAll(extraRules);
        return new Assessor(CatalogLoader.builtInServices(), CatalogLoader.builtInControls(), RuleEngine.compile(sources), clock);
    }

    public Architecture read(Path file) {
        return new ArchitectureReader(services).read(file);
    }

    public Assessment assess(Path file) {
        return assess(read(file));
    }

    public Assessment assess(Architecture architecture) {
        Conclusions conclusions = engine.run(architecture, controls);
        List<Assignment> assignments = Merge.assignments(architecture, controls.controls(), conclusions);
        Set<String> assigned = new java.util.HashSet<>();
        for (Assignment assignment : assignments) assigned.add(assignment.control().id());
        Set<Control> used = new LinkedHashSet<>();
        for (Control control : controls.controls()) {
            if (assigned.contains(control.id())) used.add(control);
        }
        return new Assessment(architecture, List.copyOf(used), assignments,
                Merge.orderedFindings(architecture, conclusions.findings()), engine.files(), Version.current(), clock.instant());
    }

    public RuleEngine engine() {
        return engine;
    }

    public ControlCatalog controls() {
        return controls;
    }

    public ServiceCatalog services() {
        return services;
    }
}
