package dev.srm.cli;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.diagnostics.Shown;
import dev.srm.engine.BuiltInRules;
import dev.srm.engine.RuleEngine;
import dev.srm.fixtures.CaseResult;
import dev.srm.fixtures.FixtureCase;
import dev.srm.fixtures.FixtureRunner;
import dev.srm.pipeline.Assessor;
import dev.srm.responsibility.RuleFailureException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code srm rules check|test}: compile rules and report every problem; run rule fixtures. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Check and test rules: the built-in ones and your own (--rules DIR).",
        subcommands = {RulesCommand.Check.class, RulesCommand.Test.class})
final class RulesCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Compile the built-in rules and the given folders; print every problem as FILE:LINE: message "
                    + "(exit 3), or the rules loaded.")
    static final class Check implements java.util.concurrent.Callable<Integer> {
        @Mixin
        RuleFolderOptions rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Assessor assessor = Assessor.withRuleFolders(rules.folders, Clock.systemUTC());
            RuleEngine engine = assessor.engine();
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"RULE", "FILE", "FAMILY"});
            for (RuleEngine.RuleInfo rule : engine.rules()) {
                int slash = rule.name().indexOf('/');
                // Rule names and paths are the users' text: a terminal escape in one must not reach the terminal raw.
                rows.add(new String[] {Shown.oneLine(rule.name()), Shown.oneLine(rule.file()),
                        Shown.oneLine(slash > 0 ? rule.name().substring(0, slash) : rule.packageName())});
            }
            PrintWriter out = spec.commandLine().getOut();
            Table.print(rows, out);
            long custom = engine.files().stream().filter(f -> !f.builtIn()).count();
            out.println(engine.rules().size() + " rules from " + engine.files().size() + " files (" + custom + " custom), "
                    + assessor.controls().controls().size() + " controls — all compiled");
            return ExitCodes.OK;
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true,
            description = "Run every fixture (tests/<case>/architecture.yaml + expected.yaml) of the built-in rules and of the "
                    + "given folders; print PASS/FAIL per case with the differences. Exit 3 when a case fails.")
    static final class Test implements java.util.concurrent.Callable<Integer> {
        @Mixin
        RuleFolderOptions rules;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int[] totals = new int[2];
            // Built-in fixtures prove the built-in rules alone; a folder's fixtures run with the built-in rules plus every
            // given folder, the way `srm assess --rules` will run them.
            Assessor builtIn = Assessor.builtIn(Clock.systemUTC());
            BuiltInRules.withFolder(folder -> {
                run(new FixtureRunner(builtIn), FixtureRunner.discover(folder, "rules"), out, totals);
                return null;
            });
            if (!rules.folders.isEmpty()) {
                Assessor custom = Assessor.withRuleFolders(rules.folders, Clock.systemUTC());
                List<Problem> empty = new ArrayList<>();
                for (Path folder : rules.folders) {
                    List<FixtureCase> cases = FixtureRunner.discover(folder, folder.toString());
                    if (cases.isEmpty()) {
                        empty.add(Problem.inFile(folder.toString(), "holds no fixtures — add tests/<case>/architecture.yaml and "
                                + "expected.yaml beside your rules (see rules/README.md)"));
                    }
                    run(new FixtureRunner(custom), cases, out, totals);
                }
                if (!empty.isEmpty()) {
                    throw new RuleFailureException(empty.stream().map(Problem::format).toList());
                }
            }
            if (totals[0] + totals[1] == 0) throw new InvalidInputException(Problem.inFile("rules", "no fixtures found"));
            out.println(totals[0] + " passed, " + totals[1] + " failed");
            return totals[1] == 0 ? ExitCodes.OK : ExitCodes.RULES_FAILED;
        }

        private static void run(FixtureRunner runner, List<FixtureCase> cases, PrintWriter out, int[] totals) {
            for (FixtureCase fixture : cases) {
                CaseResult result = runner.run(fixture);
                if (result.passed()) {
                    totals[0]++;
                    out.println(Shown.oneLine("PASS " + fixture.name()));
                } else {
                    totals[1]++;
                    out.println(Shown.oneLine("FAIL " + fixture.name()));
                    for (String difference : result.differences()) out.println(Shown.oneLine("  " + difference));
                }
            }
            out.flush();
        }
    }
}
