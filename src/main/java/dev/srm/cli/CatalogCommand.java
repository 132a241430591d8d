package dev.srm.cli;

import dev.srm.catalog.Framework;
import dev.srm.catalog.FrameworkLoader;
import dev.srm.diagnostics.Shown;
import dev.srm.diagnostics.Suggestions;
import dev.srm.model.Control;
import dev.srm.model.Service;
import dev.srm.pipeline.Catalogs;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code srm catalog services|controls [--rules DIR]}: the catalogs (built-in, extended by rule folders) as aligned
 * tables; {@code srm catalog frameworks} and {@code srm catalog framework ID}: the framework catalogs and their rows.
 */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the catalogs: built-in, plus the services.yaml and controls.yaml of --rules folders; "
                + "the frameworks and their rows.",
        subcommands = {CatalogCommand.Services.class, CatalogCommand.Controls.class, CatalogCommand.Frameworks.class,
                CatalogCommand.FrameworkRows.class})
final class CatalogCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "services", mixinStandardHelpOptions = true, description = "List the AWS services srm knows.")
    static final class Services implements Runnable {
        @Spec
        CommandSpec spec;

        @Mixin
        RuleFolderOptions rules;

        @Override
        public void run() {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "NAME", "MODEL", "CATEGORY", "TENANCY", "DEFAULT ENCRYPTION", "CHECKED", "ALIASES"});
            for (Service s : Catalogs.ofRuleFolders(rules.folders).services().services()) {
                rows.add(new String[] {s.id(), s.name(), s.model().label(), s.category().yamlName(),
                        s.tenancy() == null ? "-" : s.tenancy().yamlName(), s.defaultEncryptionAtRest().yamlName(),
                        s.checked().toString(), s.aliases().isEmpty() ? "-" : String.join(", ", s.aliases())});
            }
            Table.print(rows, spec.commandLine().getOut());
        }
    }

    @Command(name = "controls", mixinStandardHelpOptions = true, description = "List the controls srm assesses.")
    static final class Controls implements Runnable {
        @Spec
        CommandSpec spec;

        @Mixin
        RuleFolderOptions rules;

        @Override
        public void run() {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "TITLE", "FAMILY", "SCOPE", "NIST SP 800-53", "ISO 27001", "CSA CCM", "SOC 2", "HIPAA"});
            for (Control c : Catalogs.ofRuleFolders(rules.folders).controls().controls()) {
                rows.add(new String[] {c.id(), c.title(), c.family().id(), c.scope().yamlName(), String.join(", ", c.nist()),
                        String.join(", ", c.iso()), String.join(", ", c.ccm()), orDash(c.soc2()), orDash(c.hipaa())});
            }
            Table.print(rows, spec.commandLine().getOut());
        }
    }

    private static String orDash(List<String> references) {
        return references.isEmpty() ? "-" : String.join(", ", references);
    }

    @Command(name = "frameworks", mixinStandardHelpOptions = true,
            description = "List the frameworks srm can render, with their row counts and where their data comes from.")
    static final class Frameworks implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ID", "TITLE", "ROWS", "CHECKED", "SOURCE"});
            for (Framework f : FrameworkLoader.builtIn()) {
                rows.add(new String[] {f.id(), f.title(), Integer.toString(f.rows().size()), f.checked().toString(), f.source()});
            }
            Table.print(rows, spec.commandLine().getOut());
        }
    }

    @Command(name = "framework", mixinStandardHelpOptions = true,
            description = "List the rows of one framework (ids from `srm catalog frameworks`), in the framework's order.")
    static final class FrameworkRows implements Runnable {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Parameters(paramLabel = "ID", description = "A framework id, for example fedramp-moderate.")
        String id;

        @Override
        public void run() {
            Framework framework = FrameworkLoader.find(id);
            if (framework == null) {
                List<String> ids = FrameworkLoader.builtIn().stream().map(Framework::id).toList();
                String hint = Suggestions.hint(id, ids);
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown framework '" + Shown.text(id) + "' — "
                        + (hint.isEmpty() ? "known: " + String.join(", ", ids) : hint));
            }
            var out = spec.commandLine().getOut();
            out.println(framework.title() + " — " + framework.rows().size() + " rows; " + framework.version());
            out.println("Source: " + framework.source());
            out.println("Licence: " + framework.licence());
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"ROW", "CONTROL", "TITLE", "FAMILY"});
            for (Framework.Row row : framework.rows()) rows.add(new String[] {row.key(), row.control(), row.title(), row.family()});
            Table.print(rows, out);
        }
    }
}
