package dev.srm.pipeline;

import dev.srm.catalog.CatalogLoader;
import dev.srm.catalog.ControlCatalog;
import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import dev.srm.responsibility.RuleFailureException;
import dev.srm.yaml.YamlLoader;
import java.nio.file.Path;

/** A rules folder's {@code controls.yaml}: extends the control catalog; a problem in it is a rule-loading failure. */
final class CustomControls {

    private CustomControls() {}

    static ControlCatalog extend(ControlCatalog base, Path file) {
        try {
            return new CatalogLoader().controls(new YamlLoader().load(file, file.toString()), file.toString(), base);
        } catch (InvalidInputException e) {
            throw new RuleFailureException(e.problems().stream().map(Problem::format).toList());
        }
    }
}
