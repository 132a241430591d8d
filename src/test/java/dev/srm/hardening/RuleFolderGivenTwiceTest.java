package dev.srm.hardening;

import static dev.srm.hardening.RuleFolderLinksTest.assertRefused;
import static dev.srm.hardening.RuleFolderLinksTest.check;
import static dev.srm.hardening.RuleFolderLinksTest.drl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One folder given twice with --rules (in any spelling, or through a link), or a folder inside another given folder,
 * would read its rules and controls.yaml twice ("already a built-in control", duplicate rule names): it is an error
 * naming both, exit 3, like every other problem of a rules folder.
 */
class RuleFolderGivenTwiceTest {

    @TempDir
    Path temp;

    Path rules;

    @BeforeEach
    void folder() throws IOException {
        rules = Files.createDirectories(temp.resolve("rules"));
        drl(rules.resolve("own.drl"), "acme.own", "acme/own");
        drl(rules.resolve("sub/inner.drl"), "acme.inner", "acme/inner");
        Files.writeString(rules.resolve("controls.yaml"), """
                controls:
                  - id: acme-key-custody
                    title: Key custody
                    family: data-protection
                    scope: component
                    description: d
                    nist: [SC-12]
                    iso: [A.8.24]
                    ccm: [CEK-03]
                """);
    }

    @Test
    void theSameFolderTwice() {
        assertRefused(check(rules, rules), rules + ": given twice with --rules — give each folder once");
    }

    @Test
    void theSameFolderInAnotherSpelling() {
        Path dot = rules.resolve(".");
        Path up = rules.resolve("sub/..");
        // "X/" is X once parsed as a path: the same spelling.
        assertRefused(Cli.run("rules", "check", "--rules", rules.toString(), "--rules", rules + "/", "--rules", dot.toString(),
                        "--rules", up.toString()),
                rules + ": given twice with --rules — give each folder once",
                dot + ": given twice with --rules (also as " + rules + ") — give each folder once",
                up + ": given twice with --rules (also as " + rules + ") — give each folder once");
    }

    @Test
    void theSameFolderThroughALink() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("link"), rules);
        assertRefused(check(rules, link), link + ": given twice with --rules (also as " + rules + ") — give each folder once");
    }

    @Test
    void aFolderInsideAnotherGivenFolder() {
        Path sub = rules.resolve("sub");
        assertRefused(check(rules, sub), sub + ": is inside " + rules + ", already given with --rules — give each folder once ("
                + rules + " reads the folders below it)");
        assertRefused(check(sub, rules), rules + ": holds " + sub + ", already given with --rules — give each folder once ("
                + rules + " reads the folders below it)");
    }
}
