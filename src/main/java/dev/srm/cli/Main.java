package dev.srm.cli;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.pipeline.Version;
import dev.srm.responsibility.RuleFailureException;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code srm} command: parse, run the subcommand, map what went wrong to a documented exit code. */
@Command(name = "srm",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = "Assesses a YAML description of AWS usage against the AWS Shared Responsibility Model and writes an "
                + "Excel responsibility matrix: for every control, what AWS does, what you must do, and why.",
        footer = {"", "Exit codes: 0 success · 1 internal error (a bug) · 2 usage error, invalid input or unwritable output ·",
                "            3 rules failed to load, compile or run · 4 --fail-on threshold reached"})
public final class Main implements Runnable {

    /** The subcommands, in the order {@code srm --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(AssessCommand.class, ValidateCommand.class, CatalogCommand.class,
            RulesCommand.class, CommandLine.HelpCommand.class);

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT, description = "Say what srm is doing (on stderr).")
    boolean verbose;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Show everything on stderr, stack traces and the libraries' own logging included.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int relaunched = Utf8Relaunch.runIfNeeded(args);
        if (relaunched >= 0) System.exit(relaunched);
        args = Utf8Relaunch.arguments(args);
        EarlyStart.fromArguments(args);
        // UTF-8 whatever the locale: under LANG=C Java would print '?' for every character outside ASCII ('—', 'ü').
        PrintStream out = utf8(FileDescriptor.out);
        PrintStream err = utf8(FileDescriptor.err);
        System.setOut(out);
        System.setErr(err);
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true)));
    }

    private static PrintStream utf8(FileDescriptor descriptor) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(descriptor), 8192), true, StandardCharsets.UTF_8);
    }

    /** Runs srm with {@code args}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Main main = new Main();
        CommandLine cli = new CommandLine(main);
        for (Class<?> subcommand : subcommandsFor(args)) cli.addSubcommand(subcommand);
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionStrategy(parsed -> {
            Logging.configure(main.verbose, main.debug);
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setExecutionExceptionHandler((e, commandLine, parsed) -> report(e, err, main.debug));
        cli.setParameterExceptionHandler((e, parsedArgs) -> {
            err.println("srm: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCodes.INVALID_INPUT;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Only the subcommand the arguments name, when they name one (the first argument that is not an option): picocli
     * builds each subcommand's model by reflection, ~30 ms of every start for the ones not run. All of them otherwise,
     * for {@code srm --help}, {@code srm help} and the "did you mean" of a mistyped name.
     */
    static List<Class<?>> subcommandsFor(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("-")) continue; // srm's own options (-v, --debug, --help…) take no values
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand != CommandLine.HelpCommand.class && subcommand.getAnnotation(Command.class).name().equals(arg)) {
                    return List.of(subcommand);
                }
            }
            break;
        }
        return SUBCOMMANDS;
    }

    static int report(Exception e, PrintWriter err, boolean debug) {
        if (e instanceof InvalidInputException invalid) {
            for (Problem problem : invalid.problems()) err.println(problem.format());
            return ExitCodes.INVALID_INPUT;
        }
        if (e instanceof RuleFailureException rules) {
            for (String message : rules.messages()) err.println(message);
            return ExitCodes.RULES_FAILED;
        }
        err.println("srm: internal error: " + e + (debug ? "" : " (run again with --debug for details, and please report it)"));
        if (debug) e.printStackTrace(err);
        return ExitCodes.INTERNAL_ERROR;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"srm " + Version.current()};
        }
    }
}
