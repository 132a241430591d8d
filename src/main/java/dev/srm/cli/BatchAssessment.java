package dev.srm.cli;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Problems;
import dev.srm.diagnostics.Shown;
import dev.srm.pipeline.Assessor;
import dev.srm.pipeline.Version;
import dev.srm.report.AtomicFiles;
import dev.srm.report.IndexEntry;
import dev.srm.report.OutputFormat;
import dev.srm.report.OutputTargets;
import dev.srm.report.Outputs;
import dev.srm.report.ProtectedInputs;
import dev.srm.report.workbook.IndexWorkbookWriter;
import dev.srm.responsibility.Assessment;
import dev.srm.model.Responsibility;
import dev.srm.responsibility.RuleFailureException;
import dev.srm.responsibility.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code srm assess A.yaml B.yaml DIR… --out-dir OUT [--format xlsx,json]}: checks every output up front, compiles the
 * rules once, creates OUT, assesses the files in parallel on every core, writes each file's outputs and
 * {@code index.xlsx}. A file that fails — however it fails — is reported and the others go on; the exit code is the
 * worst outcome (1 internal error, then 3 rules, 2 input, 4 --fail-on, 0).
 */
final class BatchAssessment {

    /** Assesses one file; the compiled rules in a real run, something that fails in tests. */
    @FunctionalInterface
    interface PerFile {
        Assessment assess(Path file);
    }

    static final String INDEX = "index.xlsx";

    private static final Logger LOG = LoggerFactory.getLogger(BatchAssessment.class);

    /** How bad each exit code is, worst first. */
    private static final List<Integer> WORST_FIRST = List.of(ExitCodes.INTERNAL_ERROR, ExitCodes.RULES_FAILED,
            ExitCodes.INVALID_INPUT, ExitCodes.FINDINGS_THRESHOLD, ExitCodes.OK);

    private final List<Path> arguments;
    private final Path outDir;
    private final List<Path> ruleFolders;
    private final List<OutputFormat> formats;
    private final Severity failOn;
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;

    BatchAssessment(List<Path> arguments, Path outDir, List<Path> ruleFolders, List<OutputFormat> formats, Severity failOn,
            Clock clock, PrintWriter out, PrintWriter err) {
        this.arguments = arguments;
        this.outDir = outDir;
        this.ruleFolders = ruleFolders;
        this.formats = List.copyOf(formats);
        this.failOn = failOn;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /** The files to assess and the names of each one's outputs in OUT (one per format). */
    private record Plan(List<Path> inputs, List<List<String>> outputs) {}

    private record Outcome(int exitCode, IndexEntry entry, List<String> messages) {}

    int run() {
        Plan plan = plan();
        Assessor assessor = Assessor.withRuleFolders(ruleFolders, clock);
        return execute(plan, assessor::assess);
    }

    /** The batch with {@code perFile} in place of the compiled rules. */
    int run(PerFile perFile) {
        return execute(plan(), perFile);
    }

    /** Everything that can be known before any work: the inputs, their output names, that all of those may be written. */
    private Plan plan() {
        List<Path> inputs = inputs();
        List<List<String>> names = outputNames(inputs);
        checkOutputs(inputs, names);
        return new Plan(inputs, names);
    }

    private int execute(Plan plan, PerFile perFile) {
        createOutDir();
        List<Path> inputs = plan.inputs();
        int threads = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                Path input = inputs.get(i);
                List<String> names = plan.outputs().get(i);
                futures.add(pool.submit(() -> assessOne(perFile, input, names)));
            }
            for (int i = 0; i < futures.size(); i++) {
                try {
                    outcomes.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    outcomes.add(internalError(inputs.get(i).toString(), e.getCause())); // assessOne catches all; still
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }

        int worst = ExitCodes.OK;
        List<IndexEntry> entries = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            IndexEntry e = outcome.entry();
            entries.add(e);
            if (e.ok()) {
                List<String> written = e.outputs().stream().map(name -> outDir.resolve(name).toString()).toList();
                print(out, "OK    " + e.file() + " → " + String.join(", ", written) + " (" + e.components() + " components, "
                        + (e.inherited() + e.shared() + e.customer()) + " assignments, findings high " + e.high() + ", medium "
                        + e.medium() + ", low " + e.low() + ")");
            } else {
                print(out, "FAIL  " + e.file());
            }
            outcome.messages().forEach(message -> print(err, message));
            worst = worse(worst, outcome.exitCode());
        }
        Path index = outDir.resolve(INDEX);
        String indexed = "index: " + index;
        try {
            Outputs.write(Map.<Path, AtomicFiles.Content>of(index, stream -> new IndexWorkbookWriter().write(formats, entries,
                    clock.instant(), Version.current(), stream)));
        } catch (InvalidInputException e) {
            e.problems().forEach(problem -> print(err, problem.format()));
            worst = worse(worst, ExitCodes.INVALID_INPUT);
            indexed = "no index written";
        }
        long ok = entries.stream().filter(IndexEntry::ok).count();
        print(out, inputs.size() + " architectures: " + ok + " assessed, " + (inputs.size() - ok) + " failed; " + indexed);
        out.flush();
        err.flush();
        return worst;
    }

    private Outcome assessOne(PerFile perFile, Path input, List<String> names) {
        String file = input.toString();
        try {
            Assessment assessment = perFile.assess(input);
            Outputs.write(assessment, names.stream().map(outDir::resolve).toList());
            Map<Responsibility, Integer> counts = assessment.countsByResponsibility();
            Map<Severity, Integer> findings = assessment.findingsBySeverity();
            IndexEntry entry = new IndexEntry(file, assessment.architecture().name(), names,
                    assessment.architecture().components().size(), counts.get(Responsibility.INHERITED),
                    counts.get(Responsibility.SHARED), counts.get(Responsibility.CUSTOMER), findings.get(Severity.HIGH),
                    findings.get(Severity.MEDIUM), findings.get(Severity.LOW), null);
            if (failOn != null && assessment.hasFindingAtLeast(failOn)) {
                return new Outcome(ExitCodes.FINDINGS_THRESHOLD, entry,
                        FindingLines.of(file + ": " + FindingLines.heading(failOn), assessment, failOn));
            }
            return new Outcome(ExitCodes.OK, entry, List.of());
        } catch (InvalidInputException e) {
            List<String> lines = e.problems().stream().map(Problem::format).toList();
            return new Outcome(ExitCodes.INVALID_INPUT, IndexEntry.failed(file, lines.get(0)), lines);
        } catch (RuleFailureException e) {
            return new Outcome(ExitCodes.RULES_FAILED, IndexEntry.failed(file, e.messages().get(0)), e.messages());
        } catch (Throwable e) { // an Error in one file (a StackOverflowError…) must not end the batch: the others go on
            return internalError(file, e);
        }
    }

    private static Outcome internalError(String file, Throwable e) {
        LOG.debug("{}: internal error", file, e);
        String message = file + ": internal error: " + e + " (run again with --debug for details, and please report it)";
        return new Outcome(ExitCodes.INTERNAL_ERROR, IndexEntry.failed(file, message), List.of(message));
    }

    private static int worse(int a, int b) {
        return WORST_FIRST.indexOf(b) < WORST_FIRST.indexOf(a) ? b : a;
    }

    /** Prints one line of what may hold a user's text (file names, architecture names): escaped, one line. */
    private static void print(PrintWriter writer, String line) {
        writer.println(Shown.oneLine(line));
    }

    /** The files to assess, in the order given; a folder stands for its *.yaml files, sorted by name. */
    private List<Path> inputs() {
        List<Path> inputs = new ArrayList<>();
        Problems problems = new Problems();
        for (Path argument : arguments) {
            if (!Files.isDirectory(argument)) {
                inputs.add(argument);
                continue;
            }
            try (Stream<Path> listing = Files.list(argument)) {
                List<Path> yaml = listing.filter(BatchAssessment::isYaml).filter(Files::isRegularFile).sorted().toList();
                if (yaml.isEmpty()) problems.add(Problem.inFile(argument.toString(), "folder holds no .yaml files"));
                inputs.addAll(yaml);
            } catch (IOException | java.io.UncheckedIOException e) {
                problems.add(Problem.inFile(argument.toString(), "cannot be read: " + Outputs.reason(e)
                        + " — check the folder's permissions"));
            }
        }
        problems.throwIfAny();
        return inputs;
    }

    /** {@code *.yaml} or {@code *.yml}, any case; any name before it, line breaks included (a regex '.' would skip those). */
    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * {@code <basename>-responsibility-matrix.<ext>} for each input and format; a clash gets "-2", "-3"…, the same
     * suffix for all formats of a file. Names compare without case: a clash on macOS or Windows is a clash.
     */
    private List<List<String>> outputNames(List<Path> inputs) {
        Set<String> taken = new HashSet<>();
        taken.add(INDEX);
        List<List<String>> names = new ArrayList<>();
        for (Path input : inputs) {
            String base = AssessCommand.defaultBaseName(input);
            for (int n = 1; ; n++) {
                String stem = n == 1 ? base : base + "-" + n;
                List<String> candidates = formats.stream().map(format -> stem + format.extension()).toList();
                if (candidates.stream().noneMatch(name -> taken.contains(name.toLowerCase(Locale.ROOT)))) {
                    candidates.forEach(name -> taken.add(name.toLowerCase(Locale.ROOT)));
                    names.add(candidates);
                    break;
                }
            }
        }
        return names;
    }

    /**
     * Before any work: OUT can be written to (or created), is not inside a rules folder, and no output is an input. OUT
     * itself is created only once the rules have compiled, so that a refused run leaves nothing behind.
     */
    private void checkOutputs(List<Path> inputs, List<List<String>> names) {
        ProtectedInputs protectedInputs = ProtectedInputs.of(inputs, ruleFolders);
        String fix = "choose another --out-dir";
        String folderRefusal = protectedInputs.folderRefusal(outDir, fix);
        if (folderRefusal != null) throw refused(outDir, folderRefusal);
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw refused(outDir, "is not a folder — give --out-dir a folder (srm creates it if it does not exist)");
        }
        if (!Files.isDirectory(outDir)) {
            Path existing = outDir.toAbsolutePath().getParent();
            while (existing != null && !Files.exists(existing)) existing = existing.getParent();
            if (existing != null && !Files.isDirectory(existing)) {
                throw refused(outDir, "cannot be created: " + existing + " is not a folder — choose another --out-dir");
            }
            if (existing != null && !Files.isWritable(existing)) {
                throw refused(outDir, "cannot be created: folder " + existing + " is not writable — choose another --out-dir");
            }
            return; // a new folder: nothing in it to clash with
        }
        if (!Files.isWritable(outDir)) {
            throw refused(outDir, "output folder is not writable — check its permissions or choose another --out-dir");
        }
        List<Path> targets = new ArrayList<>();
        for (List<String> file : names) for (String name : file) targets.add(outDir.resolve(name));
        targets.add(outDir.resolve(INDEX));
        Problems problems = new Problems();
        OutputTargets.check(targets, protectedInputs, fix, problems);
        problems.throwIfAny();
    }

    private void createOutDir() {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            throw refused(outDir, "cannot be created: " + Outputs.reason(e) + " — choose another --out-dir");
        }
    }

    private static InvalidInputException refused(Path folder, String message) {
        return new InvalidInputException(Problem.inFile(folder.toString(), message));
    }
}
