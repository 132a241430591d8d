package dev.srm.cli;

import dev.srm.architecture.ArchitectureReader;
import dev.srm.catalog.CatalogLoader;
import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Problems;
import dev.srm.diagnostics.Shown;
import dev.srm.model.Architecture;
import dev.srm.pipeline.Assessor;
import dev.srm.report.OutputFormat;
import dev.srm.report.OutputTargets;
import dev.srm.report.Outputs;
import dev.srm.report.ProtectedInputs;
import dev.srm.report.Reports;
import dev.srm.responsibility.Assessment;
import dev.srm.model.Responsibility;
import dev.srm.responsibility.Severity;
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

/** {@code srm assess ARCH.yaml [-o PATH]... [--fail-on SEVERITY]}, or a batch with {@code --out-dir}. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess an architecture file and write the responsibility matrix (.xlsx) and/or JSON (.json).")
final class AssessCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(AssessCommand.class);

    @Parameters(paramLabel = "ARCH.yaml", arity = "1..*",
            description = "The architecture file to assess; with --out-dir, any number of files and folders (a folder "
                    + "stands for every *.yaml in it).")
    List<Path> files = new ArrayList<>();

    @Option(names = "--out-dir", paramLabel = "DIR",
            description = "Batch: assess every file given (in parallel, rules compiled once) and write into DIR, per "
                    + "file, a workbook and/or JSON named <basename>-responsibility-matrix (see --format), and index.xlsx "
                    + "linking them all. DIR is created (parents too) when missing.")
    Path outDir;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",",
            description = "With --out-dir: what to write per file, xlsx and/or json, comma-separated (default: xlsx). "
                    + "index.xlsx is always written.")
    List<OutputFormat> formats;

    private Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = "Where to write; repeatable. The extension picks the format: .xlsx (workbook) or .json. "
                    + "Default: <ARCH basename>-responsibility-matrix.xlsx in the current directory.")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with code 4 when a finding of this severity or higher exists (outputs are still written), "
                    + "listing those findings on stderr (ten at most): high, medium or low.")
    Severity failOn;

    @picocli.CommandLine.Mixin
    RuleFolderOptions rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Clock clock = Clocks.fromEnvironment(); // before any work: a bad SOURCE_DATE_EPOCH would fail the last step
        if (outDir != null) {
            if (!outputs.isEmpty()) throw usage("-o cannot be combined with --out-dir — a batch names its outputs after each file");
            List<OutputFormat> batchFormats = formats == null ? List.of(OutputFormat.XLSX) : formats.stream().distinct().toList();
            return new BatchAssessment(files, outDir, rules.folders, batchFormats, failOn, clock, spec.commandLine().getOut(),
                    spec.commandLine().getErr()).run();
        }
        if (formats != null) throw usage("--format goes with --out-dir — with -o the extension of each path picks its format");
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
        Assessor assessor = Assessor.withRuleFolders(rules.folders, clock);
        LOG.info("read and compiled in {} ms", (System.nanoTime() - start) / 1_000_000);
        Assessment assessment = assessor.assess(architecture);
        LOG.info("assessed {} component(s) in {} ms", architecture.components().size(), (System.nanoTime() - start) / 1_000_000);

        Outputs.write(assessment, targets);
        printSummary(assessment, targets, spec.commandLine().getOut());
        if (failOn != null && assessment.hasFindingAtLeast(failOn)) {
            PrintWriter err = spec.commandLine().getErr();
            FindingLines.of("srm: " + FindingLines.heading(failOn), assessment, failOn).forEach(err::println);
            err.flush();
            return ExitCodes.FINDINGS_THRESHOLD;
        }
        return ExitCodes.OK;
    }

    private InvalidInputException usage(String message) {
        return new InvalidInputException(Problem.inFile("srm assess", message));
    }

    static Path defaultOutput(Path file) {
        return Path.of(defaultBaseName(file) + OutputFormat.XLSX.extension());
    }

    /** {@code <ARCH basename>-responsibility-matrix}: the name of a file's outputs, before the extension. */
    static String defaultBaseName(Path file) {
        String name = file.getFileName() == null ? "architecture" : file.getFileName().toString();
        return name.replaceFirst("(?i)\\.ya?ml$", "") + "-responsibility-matrix";
    }

    /** Every output problem at once, before any work is done. */
    private void checkOutputs(List<Path> targets) {
        Problems problems = new Problems();
        OutputTargets.check(targets, ProtectedInputs.of(List.of(file), rules.folders), "choose another output path", problems);
        problems.throwIfAny();
    }

    /** The summary; every line escaped, since names and paths come from the user (a terminal obeys what they hold). */
    static void printSummary(Assessment assessment, List<Path> targets, PrintWriter out) {
        Map<Responsibility, Integer> counts = assessment.countsByResponsibility();
        Map<Severity, Integer> findings = assessment.findingsBySeverity();
        Architecture architecture = assessment.architecture();
        List<String> lines = new ArrayList<>();
        lines.add("Architecture: " + architecture.name() + " (" + architecture.source().displayName() + ")");
        lines.add("Components:   " + architecture.components().size());
        lines.add("Assignments:  " + assessment.assignments().size() + " — inherited " + counts.get(Responsibility.INHERITED)
                + ", shared " + counts.get(Responsibility.SHARED) + ", customer " + counts.get(Responsibility.CUSTOMER));
        lines.add("Findings:     " + assessment.findings().size() + " — high " + findings.get(Severity.HIGH) + ", medium "
                + findings.get(Severity.MEDIUM) + ", low " + findings.get(Severity.LOW));
        for (Path target : targets) lines.add("Wrote:        " + target);
        for (String line : lines) out.println(Shown.oneLine(line));
        out.flush();
    }
}
