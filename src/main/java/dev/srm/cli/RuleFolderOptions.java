package dev.srm.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --rules DIR}, repeatable: folders of custom rules loaded with the built-in ones. */
final class RuleFolderOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of custom rules (.drl, decision tables .xlsx/.csv, controls.yaml, services.yaml), read recursively; repeatable.")
    List<Path> folders = new ArrayList<>();
}
