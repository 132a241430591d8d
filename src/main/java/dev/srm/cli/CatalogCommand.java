package dev.srm.cli;

import dev.srm.model.Control;
import dev.srm.model.Service;
import dev.srm.pipeline.Catalogs;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code srm catalog services|controls [--rules DIR]}: the catalogs (built-in, extended by rule folders) as aligned tables. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "List the catalogs: built-in, plus the services.yaml and controls.yaml of --rules folders.",
        subcommands = {CatalogCommand.Services.class, CatalogCommand.Controls.class})
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
            rows.add(new String[] {"ID", "TITLE", "FAMILY", "SCOPE", "NIST SP 800-53", "ISO 27001", "CSA CCM"});
            for (Control c : Catalogs.ofRuleFolders(rules.folders).controls().controls()) {
                rows.add(new String[] {c.id(), c.title(), c.family().id(), c.scope().yamlName(), String.join(", ", c.nist()),
                        String.join(", ", c.iso()), String.join(", ", c.ccm())});
            }
            Table.print(rows, spec.commandLine().getOut());
        }
    }
}
