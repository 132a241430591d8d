package dev.srm.cli;

import dev.srm.architecture.ArchitectureReader;
import dev.srm.catalog.CatalogLoader;
import dev.srm.diagnostics.Shown;
import dev.srm.model.Architecture;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code srm validate ARCH.yaml}: checks the file only, printing every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check an architecture file without assessing it; print every problem as FILE:LINE:COL: message.")
final class ValidateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARCH.yaml", description = "The architecture file to check.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Architecture architecture = new ArchitectureReader(CatalogLoader.builtInServices()).read(file);
        // Escaped: the name and the path are the user's, and a terminal obeys the escape sequences they may hold.
        spec.commandLine().getOut().println(Shown.oneLine(file + ": valid — architecture '" + architecture.name() + "', "
                + architecture.components().size() + " component(s)"));
        return ExitCodes.OK;
    }
}
