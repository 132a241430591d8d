package dev.srm.cli;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.pipeline.Assessor;
import dev.srm.report.AtomicFiles;
import dev.srm.report.IndexEntry;
import dev.srm.report.OutputTargets;
import dev.srm.report.ProtectedInputs;
import dev.srm.diagnostics.Problems;
import dev.srm.report.workbook.IndexWorkbookWriter;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Responsibility;
import dev.srm.responsibility.RuleFailureException;
import dev.srm.responsibility.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * {@code srm assess A.yaml B.yaml DIR… --out-dir OUT}: compiles the rules once, assesses the files in parallel on every
 * core, writes one workbook per file and {@code index.xlsx}. A file that fails is reported and the others go on; the
 * exit code is the worst outcome (1 internal error, then 3 rules, 2 input, 4 --fail-on, 0).
 */
final class BatchAssessment {

    /** How bad each exit code is, worst first. */
    private static final List<Integer> WORST_FIRST = List.of(ExitCodes.INTERNAL_ERROR, ExitCodes.RULES_FAILED,
            ExitCodes.INVALID_INPUT, ExitCodes.FINDINGS_THRESHOLD, ExitCodes.OK);

    private static final String INDEX = "index.xlsx";

    private final List<Path> arguments;
    private final Path outDir;
    private final List<Path> ruleFolders;
    private final Severity failOn;
    private final PrintWriter out;
    private final PrintWriter err;

    BatchAssessment(List<Path> arguments, Path outDir, List<Path> ruleFolders, Severity failOn, PrintWriter out, PrintWriter err) {
        this.arguments = arguments;
        this.outDir = outDir;
        this.ruleFolders = ruleFolders;
        this.failOn = failOn;
        this.out = out;
        this.err = err;
    }

    private record Outcome(int exitCode, IndexEntry entry, List<String> messages) {}

    int run() throws IOException {
        List<Path> inputs = inputs();
        List<Path> workbooks = workbookNames(inputs);
        checkOutputs(inputs, workbooks);
        Assessor assessor = Assessor.withRuleFolders(ruleFolders, Clocks.fromEnvironment());

        int threads = Math.max(1, Math.min(inputs.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Outcome> outcomes = new ArrayList<>();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                Path input = inputs.get(i);
                Path workbook = workbooks.get(i);
                futures.add(pool.submit(() -> assessOne(assessor, input, workbook)));
            }
            for (Future<Outcome> future : futures) outcomes.add(future.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }

        int worst = ExitCodes.OK;
        List<IndexEntry> entries = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            entries.add(outcome.entry());
            if (outcome.entry().ok()) {
                IndexEntry e = outcome.entry();
                out.println("OK    " + e.file() + " → " + outDir.resolve(e.workbook()) + " (" + e.components() + " components, "
                        + (e.inherited() + e.shared() + e.customer()) + " assignments, findings high " + e.high() + ", medium "
                        + e.medium() + ", low " + e.low() + ")");
            } else {
                out.println("FAIL  " + outcome.entry().file());
            }
            outcome.messages().forEach(err::println);
            if (WORST_FIRST.indexOf(outcome.exitCode()) < WORST_FIRST.indexOf(worst)) worst = outcome.exitCode();
        }
        Path index = outDir.resolve(INDEX);
        AtomicFiles files = new AtomicFiles();
        try {
            files.stage(index, stream -> new IndexWorkbookWriter().write(entries, stream));
            files.commit();
        } finally {
            files.rollback();
        }
        long ok = entries.stream().filter(IndexEntry::ok).count();
        out.println(inputs.size() + " architectures: " + ok + " assessed, " + (inputs.size() - ok) + " failed; index: " + index);
        out.flush();
        err.flush();
        return worst;
    }

    /** Before any work: the folder may be written to, and no output is an input or inside a rules folder. */
    private void checkOutputs(List<Path> inputs, List<Path> workbooks) {
        ProtectedInputs protectedInputs = ProtectedInputs.of(inputs, ruleFolders);
        String fix = "choose another --out-dir";
        String folderRefusal = protectedInputs.folderRefusal(outDir, fix);
        if (folderRefusal != null) throw new InvalidInputException(Problem.inFile(outDir.toString(), folderRefusal));
        if (!Files.isDirectory(outDir)) {
            throw new InvalidInputException(Problem.inFile(outDir.toString(), "output folder does not exist — create it first"));
        }
        List<Path> targets = new ArrayList<>();
        for (Path workbook : workbooks) targets.add(outDir.resolve(workbook));
        targets.add(outDir.resolve(INDEX));
        Problems problems = new Problems();
        OutputTargets.check(targets, protectedInputs, fix, problems);
        problems.throwIfAny();
    }

    private Outcome assessOne(Assessor assessor, Path input, Path workbook) {
        String file = input.toString();
        try {
            Assessment assessment = assessor.assess(input);
            AssessCommand.writeOutputs(assessment, List.of(outDir.resolve(workbook)));
            Map<Responsibility, Integer> counts = assessment.countsByResponsibility();
            Map<Severity, Integer> findings = assessment.findingsBySeverity();
            IndexEntry entry = new IndexEntry(file, assessment.architecture().name(), workbook.toString(),
                    assessment.architecture().components().size(), counts.get(Responsibility.INHERITED),
                    counts.get(Responsibility.SHARED), counts.get(Responsibility.CUSTOMER), findings.get(Severity.HIGH),
                    findings.get(Severity.MEDIUM), findings.get(Severity.LOW), null);
            if (failOn != null && assessment.hasFindingAtLeast(failOn)) {
                return new Outcome(ExitCodes.FINDINGS_THRESHOLD, entry, List.of(file + ": findings of severity "
                        + failOn.yamlName() + " or higher exist (--fail-on " + failOn.yamlName() + ")"));
            }
            return new Outcome(ExitCodes.OK, entry, List.of());
        } catch (InvalidInputException e) {
            List<String> lines = e.problems().stream().map(Problem::format).toList();
            return new Outcome(ExitCodes.INVALID_INPUT, IndexEntry.failed(file, lines.get(0)), lines);
        } catch (RuleFailureException e) {
            return new Outcome(ExitCodes.RULES_FAILED, IndexEntry.failed(file, e.messages().get(0)), e.messages());
        } catch (IOException | RuntimeException e) {
            String message = file + ": internal error: " + e;
            return new Outcome(ExitCodes.INTERNAL_ERROR, IndexEntry.failed(file, message), List.of(message));
        }
    }

    /** The files to assess, in the order given; a folder stands for its *.yaml files, sorted by name. */
    private List<Path> inputs() throws IOException {
        List<Path> inputs = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> listing = Files.list(argument)) {
                    List<Path> yaml = listing.filter(BatchAssessment::isYaml)
                            .filter(Files::isRegularFile).sorted().toList();
                    if (yaml.isEmpty()) problems.add(Problem.inFile(argument.toString(), "folder holds no .yaml files"));
                    inputs.addAll(yaml);
                }
            } else {
                inputs.add(argument);
            }
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return inputs;
    }

    /** {@code *.yaml} or {@code *.yml}, any case; any name before it, line breaks included (a regex '.' would skip those). */
    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** {@code <basename>-responsibility-matrix.xlsx} for each input; a clash of names gets "-2", "-3"… */
    private static List<Path> workbookNames(List<Path> inputs) {
        Set<String> taken = new HashSet<>();
        taken.add(INDEX);
        List<Path> names = new ArrayList<>();
        for (Path input : inputs) {
            String base = AssessCommand.defaultOutput(input).toString().replaceFirst("\\.xlsx$", "");
            String name = base + ".xlsx";
            for (int n = 2; !taken.add(name); n++) name = base + "-" + n + ".xlsx";
            names.add(Path.of(name));
        }
        return names;
    }
}
