package dev.srm.engine;

import dev.srm.catalog.ControlCatalog;
import dev.srm.model.Architecture;
import dev.srm.model.Component;
import dev.srm.responsibility.Conclusions;
import dev.srm.responsibility.RuleFailureException;
import dev.srm.responsibility.RuleFileInfo;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.KieResources;
import org.kie.api.io.Resource;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The only place srm touches Drools. Compiles every rule file (built-in and custom alike, one compile path) into one
 * KieBase, and runs an architecture through it: the facts in, the rules' conclusions out.
 */
public final class RuleEngine {

    /** The global through which rules record conclusions. */
    public static final String CONCLUSIONS_GLOBAL = "srm";

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RuleEngine.class);

    private final KieBase kieBase;
    private final List<RuleFileInfo> files;
    private final List<RuleInfo> rules;

    /** A compiled rule: its name, the file it came from, its DRL package. */
    public record RuleInfo(String name, String file, String packageName) {}

    private RuleEngine(KieBase kieBase, List<RuleFileInfo> files, List<RuleInfo> rules) {
        this.kieBase = kieBase;
        this.files = files;
        this.rules = rules;
    }

    /**
     * Compiles the sources; every compile error, and every duplicate rule name, is reported at once (exit 3). When the
     * sources are exactly the built-in rules this jar was built with, the KieBase pre-compiled at build time (Drools'
     * executable model, see {@link PrebuiltRules}) is used instead; any custom rule sends everything through the run-time
     * DRL compiler, in one KieBase (never a mix of the two).
     */
    public static RuleEngine compile(List<RuleSource> sources) {
        if (!sources.isEmpty() && sources.stream().allMatch(RuleSource::builtIn) && !Boolean.getBoolean(PrebuiltRules.COMPILE_AT_RUN_TIME)) {
            RuleEngine prebuilt = PrebuiltRules.load(sources);
            if (prebuilt != null) {
                LOG.info("built-in rules: pre-compiled at build time");
                return prebuilt;
            }
            LOG.info("built-in rules: no pre-compiled rules for these sources in the jar; compiling the DRL");
        }
        return compileAtRunTime(sources);
    }

    /**
     * Compiles the sources from DRL now, into one KieBase. Drools' parser recurses per nesting level: a rule nested
     * thousands deep overflows the stack, which is the rule's fault, so it is a rule failure (exit 3), not a crash.
     */
    public static RuleEngine compileAtRunTime(List<RuleSource> sources) {
        try {
            return build(sources);
        } catch (StackOverflowError e) {
            throw new RuleFailureException("the rules could not be compiled: StackOverflowError in Drools' parser — a rule nests "
                    + "too deeply (parentheses or expressions thousands deep); simplify it");
        } catch (OutOfMemoryError e) {
            throw new RuleFailureException("the rules could not be compiled: OutOfMemoryError — they need more memory than Java "
                    + "has; load fewer rules, or give Java more memory (SRM_JAVA_OPTS=-Xmx…)");
        }
    }

    private static RuleEngine build(List<RuleSource> sources) {
        if (sources.isEmpty()) throw new RuleFailureException("no rule files to load — srm needs at least its built-in rules");
        KieServices kie = KieServices.Factory.get();
        KieFileSystem kfs = kie.newKieFileSystem();
        ReleaseId releaseId = kie.newReleaseId("dev.srm.rules", "run", "1." + BUILDS.incrementAndGet());
        kfs.generateAndWritePomXML(releaseId);
        Map<String, String> nameByPath = writeSources(kfs, sources);
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll();
        throwErrors(builder, nameByPath);
        KieContainer container = kie.newKieContainer(releaseId);
        kie.getRepository().removeKieModule(releaseId);
        KieBase kieBase = container.getKieBase();
        return of(kieBase, sources, rule -> fileOf(rule, nameByPath));
    }

    /**
     * Writes the sources to the file system under {@code src/main/resources/srm/f<i>/}; returns the source name by
     * resource path.
     */
    static Map<String, String> writeSources(KieFileSystem kfs, List<RuleSource> sources) {
        KieResources resources = KieServices.Factory.get().getResources();
        Map<String, String> nameByPath = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            RuleSource source = sources.get(i);
            // Drools resolves resources by path; a numbered folder keeps two files with the same name apart.
            // Decision tables arrive as generated DRL: give every resource a .drl name, or Drools would skip it silently.
            String path = "srm/f" + i + "/" + drlName(fileName(source.name()));
            nameByPath.put(path, source.name());
            // A resource that names its encoding: Drools' DRL parser otherwise decodes with the platform charset, and
            // under LANG=C (most containers, CI) every non-ASCII character of a rule became U+FFFD.
            Resource resource = resources.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8), "UTF-8")
                    .setSourcePath("src/main/resources/" + path);
            kfs.write(resource);
        }
        return nameByPath;
    }

    /** Every compile error of the build, as FILE:LINE: message (exit 3). */
    static void throwErrors(KieBuilder builder, Map<String, String> nameByPath) {
        List<String> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            String text = message.getText() == null ? "" : message.getText().strip();
            if (text.contains("Parser returned a null Package")) continue; // Drools' echo of a parse error already reported
            String file = message.getPath() == null ? "(rules)" : fileOfPath(message.getPath(), nameByPath);
            errors.add(file + (message.getLine() > 0 ? ":" + message.getLine() : "") + ": " + oneLine(text).replaceAll("\\s*\\[Line: \\d+, Column: \\d+\\]$", ""));
        }
        if (!errors.isEmpty()) throw new RuleFailureException(errors);
    }

    /** The engine over a built KieBase: lists its rules (each with its file) and refuses duplicates and empty files. */
    static RuleEngine of(KieBase kieBase, List<RuleSource> sources, java.util.function.Function<Rule, String> fileOfRule) {
        Map<String, Integer> orderByName = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) orderByName.putIfAbsent(sources.get(i).name(), i);
        List<String> errors = new ArrayList<>();
        List<RuleInfo> rules = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) rules.add(new RuleInfo(rule.getName(), fileOfRule.apply(rule), pkg.getName()));
        }
        // Drools catches a duplicate name only within one package; srm refuses it across all files, naming the later one.
        rules.sort(java.util.Comparator.comparing((RuleInfo r) -> orderByName.getOrDefault(r.file(), Integer.MAX_VALUE))
                .thenComparing(RuleInfo::name));
        Map<String, RuleInfo> byName = new HashMap<>();
        for (RuleInfo info : rules) {
            RuleInfo previous = byName.putIfAbsent(info.name(), info);
            if (previous != null) {
                errors.add(info.file() + ": duplicate rule name \"" + info.name() + "\" (also in " + previous.file()
                        + ") — rule names must be unique across all rule files");
            }
        }
        if (rules.isEmpty()) errors.add("the rule files define no rules — srm will not report an assessment that no rule made");
        java.util.Set<String> filesWithRules = new java.util.HashSet<>();
        rules.forEach(r -> filesWithRules.add(r.file()));
        for (RuleSource source : sources) {
            if (!rules.isEmpty() && !filesWithRules.contains(source.name())) {
                errors.add(source.name() + ": defines no rules — add a rule, or remove the file from the rules folder");
            }
        }
        if (!errors.isEmpty()) throw new RuleFailureException(errors);
        List<RuleFileInfo> files = sources.stream().map(s -> new RuleFileInfo(s.name(), s.builtIn(), s.sha256())).toList();
        return new RuleEngine(kieBase, files, List.copyOf(rules));
    }

    /**
     * Runs the rules over one architecture. A rule that throws — an exception, or an Error a rule can cause: a stack
     * overflow, running out of memory, a missing class, a failed assert — and a rule set that does not stop firing, are
     * rule failures naming the rule (and the fact it fired on). The session is disposed first, so that the memory a
     * runaway rule took comes back before the message is even built.
     */
    public Conclusions run(Architecture architecture, ControlCatalog controls) {
        Conclusions conclusions = new Conclusions(controls.byId());
        FiringTracker tracker = new FiringTracker(conclusions);
        Throwable failure = null;
        int fired = 0;
        long limit = firingLimit(architecture);
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal(CONCLUSIONS_GLOBAL, conclusions);
            session.addEventListener(tracker);
            // Conditions on a single fact are evaluated as it is inserted: a failing condition can fail here.
            tracker.inserting(architecture);
            session.insert(architecture);
            tracker.inserting(architecture.organization());
            session.insert(architecture.organization());
            for (Component component : architecture.components()) {
                tracker.inserting(component);
                session.insert(component);
            }
            tracker.inserting(null);
            fired = session.fireAllRules((int) Math.min(Integer.MAX_VALUE, limit));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError | LinkageError | AssertionError e) {
            failure = e;
        } finally {
            disposeQuietly(session, failure != null);
        }
        if (failure != null) throw new RuleFailureException(RuleFailure.describe(failure, tracker, packages()));
        if (fired >= limit) {
            throw new RuleFailureException("rules kept firing without end (stopped after " + fired + " firings; the last were "
                    + tracker.recentRules() + ") — a rule probably modifies or inserts facts that re-trigger it");
        }
        if (!conclusions.errors().isEmpty()) throw new RuleFailureException(conclusions.errors());
        return conclusions;
    }

    /** After a rule failed, the session may be half-updated: disposing it must not hide the rule's failure. */
    private static void disposeQuietly(KieSession session, boolean failed) {
        try {
            session.dispose();
        } catch (RuntimeException | StackOverflowError e) {
            if (!failed) throw e;
        }
    }

    private java.util.Set<String> packages() {
        java.util.Set<String> packages = new java.util.HashSet<>();
        for (RuleInfo rule : rules) packages.add(rule.packageName());
        return packages;
    }

    private long firingLimit(Architecture architecture) {
        return 10_000L + 20L * rules.size() * (architecture.components().size() + 1);
    }

    public List<RuleFileInfo> files() {
        return files;
    }

    public List<RuleInfo> rules() {
        return rules;
    }

    private static String fileOf(Rule rule, Map<String, String> nameByPath) {
        String resource = rule instanceof org.drools.base.definitions.rule.impl.RuleImpl impl ? impl.getResource() == null ? null
                : impl.getResource().getSourcePath() : null;
        if (resource == null) return "(unknown file)";
        for (Map.Entry<String, String> entry : nameByPath.entrySet()) {
            if (resource.endsWith(entry.getKey())) return entry.getValue();
        }
        return resource;
    }

    private static String fileOfPath(String path, Map<String, String> nameByPath) {
        for (Map.Entry<String, String> entry : nameByPath.entrySet()) {
            if (path.endsWith(entry.getKey())) return entry.getValue();
        }
        return path;
    }

    private static String drlName(String fileName) {
        return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".drl") ? fileName : fileName + ".drl";
    }

    private static String fileName(String name) {
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        return name.substring(slash + 1);
    }

    static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
