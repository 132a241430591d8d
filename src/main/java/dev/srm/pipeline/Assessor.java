package dev.srm.pipeline;

import dev.srm.architecture.ArchitectureReader;
import dev.srm.catalog.CatalogLoader;
import dev.srm.catalog.ControlCatalog;
import dev.srm.catalog.ServiceCatalog;
import dev.srm.engine.BuiltInRules;
import dev.srm.engine.RuleEngine;
import dev.srm.engine.RuleFolders;
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
    private final List<Path> ruleInputs;
    private final List<dev.srm.responsibility.RuleFileInfo> catalogFiles;

    public Assessor(ServiceCatalog services, ControlCatalog controls, RuleEngine engine, Clock clock) {
        this(new Catalogs(services, controls, List.of()), engine, clock, List.of());
    }

    private Assessor(Catalogs catalogs, RuleEngine engine, Clock clock, List<Path> ruleInputs) {
        this.services = catalogs.services();
        this.controls = catalogs.controls();
        this.catalogFiles = catalogs.files();
        this.engine = engine;
        this.clock = clock;
        this.ruleInputs = List.copyOf(ruleInputs);
    }

    /** An assessor with the built-in catalogs and rules. */
    public static Assessor builtIn(Clock clock) {
        return withRuleFolders(List.of(), clock);
    }

    /**
     * An assessor with the built-in catalogs and rules plus the users' rule folders: their rule files compiled together
     * with the built-in ones (one compile path), their {@code services.yaml} and {@code controls.yaml} extending the
     * catalogs.
     */
    public static Assessor withRuleFolders(List<Path> folders, Clock clock) {
        RuleFolders.Loaded custom = RuleFolders.load(folders);
        Catalogs catalogs = Catalogs.extendedBy(custom);
        List<RuleSource> sources = new java.util.ArrayList<>(BuiltInRules.load());
        sources.addAll(custom.sources());
        return new Assessor(catalogs, RuleEngine.compile(sources), clock, custom.inputs());
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
                Merge.orderedFindings(architecture, conclusions.findings()), auditedFiles(), Version.current(), clock.instant());
    }

    /** The rule files, then the rule folders' catalog files, each with its SHA-256. */
    private List<dev.srm.responsibility.RuleFileInfo> auditedFiles() {
        if (catalogFiles.isEmpty()) return engine.files();
        List<dev.srm.responsibility.RuleFileInfo> files = new java.util.ArrayList<>(engine.files());
        files.addAll(catalogFiles);
        return files;
    }

    /** The real path (links resolved) of every file read from the rule folders: rule files, controls.yaml and services.yaml. */
    public List<Path> ruleInputs() {
        return ruleInputs;
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
