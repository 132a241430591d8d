package dev.srm.cli;

import dev.srm.architecture.ArchitectureReader;
import dev.srm.catalog.CatalogLoader;
import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Problems;
import dev.srm.model.Architecture;
import dev.srm.pipeline.Assessor;
import dev.srm.report.AtomicFiles;
import dev.srm.report.OutputFormat;
import dev.srm.report.OutputTargets;
import dev.srm.report.ProtectedInputs;
import dev.srm.report.Reports;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Responsibility;
import dev.srm.responsibility.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code srm assess ARCH.yaml [-o PATH]... [--fail-on SEVERITY]}. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess an architecture file and write the responsibility matrix (.xlsx) and/or JSON (.json).")
final class AssessCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AssessCommand.class);

    @Parameters(paramLabel = "ARCH.yaml", arity = "1..*",
            description = "The architecture file to assess; with --out-dir, any number of files and folders (a folder "
                    + "stands for every *.yaml in it).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Batch: assess every file given (in parallel, rules compiled once) and write one workbook per file "
                    + "plus index.xlsx into DIR.")
    Path outDir;

    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Where to write; repeatable. The extension picks the format: .xlsx (workbook) or .json. "
                    + "Default: <ARCH basename>-responsibility-matrix.xlsx in the current directory.")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with code 4 when a finding of this severity or higher exists (outputs are still written): "
                    + "high, medium or low.")
    Severity failOn;

    @picocli.CommandLine.Mixin
    RuleFolderOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (outDir != null) {
            if (!outputs.isEmpty()) throw usage("-o cannot be combined with --out-dir — a batch names its outputs after each file");
            return new BatchAssessment(files, outDir, rules.folders, failOn, spec.commandLine().getOut(),
                    spec.commandLine().getErr()).run();
        }
        if (files.size() != 1 || Files.isDirectory(files.get(0))) {
            throw usage("several architecture files (or a folder) need --out-dir DIR — or give one file, with -o for its outputs");
        }
        file = files.get(0);
        List<Path> targets = outputs.isEmpty() ? List.of(defaultOutput(file)) : outputs;
        checkOutputs(targets);

        targets.stream().map(OutputFormat::of).distinct().forEach(Reports::warmUpInBackground);
        long start = System.nanoTime();
        // The input first: a mistyped architecture file should not wait for the rules to compile.
        Architecture architecture = new ArchitectureReader(CatalogLoader.builtInServices()).read(file);
        Assessor assessor = Assessor.withRuleFolders(rules.folders, Clocks.fromEnvironment());
        LOG.info("read and compiled in {} ms", (System.nanoTime() - start) / 1_000_000);
        Assessment assessment = assessor.assess(architecture);
        LOG.info("assessed {} component(s) in {} ms", architecture.components().size(), (System.nanoTime() - start) / 1_000_000);

        writeOutputs(assessment, targets);
        printSummary(assessment, targets, spec.commandLine().getOut());
        if (failOn != null && assessment.hasFindingAtLeast(failOn)) {
            spec.commandLine().getErr().println("srm: findings of severity " + failOn.yamlName() + " or higher exist (--fail-on "
                    + failOn.yamlName() + ")");
            return ExitCodes.FINDINGS_THRESHOLD;
        }
        return ExitCodes.OK;
    }

    /** Writes every output, all or none: each to a temporary file first, renamed into place only when all are complete. */
    static void writeOutputs(Assessment assessment, List<Path> targets) throws IOException {
        AtomicFiles files = new AtomicFiles();
        try {
            for (Path target : targets) {
                OutputFormat format = OutputFormat.of(target);
                try {
                    files.stage(target, out -> Reports.writerFor(format).write(assessment, out));
                } catch (IOException e) {
                    throw new InvalidInputException(Problem.inFile(target.toString(), "cannot be written: " + describe(e)
                            + " — check the directory exists, is writable and has space"));
                }
            }
            files.commit();
        } finally {
            files.rollback();
        }
    }

    private InvalidInputException usage(String message) {
        return new InvalidInputException(Problem.inFile("srm assess", message));
    }

    static Path defaultOutput(Path file) {
        String name = file.getFileName() == null ? "architecture" : file.getFileName().toString();
        name = name.replaceFirst("(?i)\\.ya?ml$", "");
        return Path.of(name + "-responsibility-matrix.xlsx");
    }

    /** Every output problem at once, before any work is done. */
    private void checkOutputs(List<Path> targets) {
        Problems problems = new Problems();
        OutputTargets.check(targets, ProtectedInputs.of(List.of(file), rules.folders), "choose another output path", problems);
        problems.throwIfAny();
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (message != null && message.contains("No space left")) return "no space left on device";
        return message == null ? e.getClass().getSimpleName() : message;
    }

    static void printSummary(Assessment assessment, List<Path> targets, PrintWriter out) {
        Map<Responsibility, Integer> counts = assessment.countsByResponsibility();
        Map<Severity, Integer> findings = assessment.findingsBySeverity();
        Architecture architecture = assessment.architecture();
        out.println("Architecture: " + architecture.name() + " (" + architecture.source().displayName() + ")");
        out.println("Components:   " + architecture.components().size());
        out.println("Assignments:  " + assessment.assignments().size() + " — inherited " + counts.get(Responsibility.INHERITED)
                + ", shared " + counts.get(Responsibility.SHARED) + ", customer " + counts.get(Responsibility.CUSTOMER));
        out.println("Findings:     " + assessment.findings().size() + " — high " + findings.get(Severity.HIGH) + ", medium "
                + findings.get(Severity.MEDIUM) + ", low " + findings.get(Severity.LOW));
        for (Path target : targets) out.println("Wrote:        " + target);
        out.flush();
    }
}
