package dev.srm.pipeline;

import dev.srm.catalog.CatalogLoader;
import dev.srm.catalog.ControlCatalog;
import dev.srm.catalog.ServiceCatalog;
import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.engine.RuleFolders;
import dev.srm.responsibility.RuleFailureException;
import dev.srm.responsibility.RuleFileInfo;
import dev.srm.yaml.Hashes;
import dev.srm.yaml.YamlLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The service and control catalogs an assessment uses: the built-in ones, extended by the rule folders' services.yaml
 * and controls.yaml (same schema and checks as the built-in files; a problem in them is a rule-loading failure, exit 3).
 * {@code files} are those data files with their SHA-256, for the audit trail.
 */
public record Catalogs(ServiceCatalog services, ControlCatalog controls, List<RuleFileInfo> files) {

    public Catalogs {
        files = List.copyOf(files);
    }

    public static Catalogs builtIn() {
        return new Catalogs(CatalogLoader.builtInServices(), CatalogLoader.builtInControls(), List.of());
    }

    /** The catalogs extended by what {@code loaded} found in the rule folders; every problem of every file at once. */
    public static Catalogs extendedBy(RuleFolders.Loaded loaded) {
        ServiceCatalog services = CatalogLoader.builtInServices();
        ControlCatalog controls = CatalogLoader.builtInControls();
        List<String> problems = new ArrayList<>();
        List<RuleFileInfo> files = new ArrayList<>();
        YamlLoader yaml = new YamlLoader();
        for (Path file : loaded.serviceCatalogs()) {
            try {
                services = new CatalogLoader().services(yaml.load(file, file.toString()), file.toString(), services);
                files.add(info(file));
            } catch (InvalidInputException e) {
                e.problems().stream().map(Problem::format).forEach(problems::add);
            }
        }
        for (Path file : loaded.controlCatalogs()) {
            try {
                controls = new CatalogLoader().controls(yaml.load(file, file.toString()), file.toString(), controls);
                files.add(info(file));
            } catch (InvalidInputException e) {
                e.problems().stream().map(Problem::format).forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) throw new RuleFailureException(problems);
        return new Catalogs(services, controls, files);
    }

    /** Only the catalogs of {@code folders} (for listing them), without compiling any rule. */
    public static Catalogs ofRuleFolders(List<Path> folders) {
        return folders.isEmpty() ? builtIn() : extendedBy(RuleFolders.load(folders));
    }

    private static RuleFileInfo info(Path file) {
        try {
            return new RuleFileInfo(file.toString(), false, Hashes.sha256(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
