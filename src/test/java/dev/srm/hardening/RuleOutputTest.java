package dev.srm.hardening;

import static dev.srm.hardening.RuleFolderLinksTest.HEADER;
import static dev.srm.hardening.RuleFolderLinksTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What srm prints about rules — the rule list, fixture results, rule failures — is one plain line each: a terminal
 * escape, a bell or a line break in a rule name, a path or a fixture name is written as an escape, and a rule that
 * overflows the stack is a one-line failure (exit 3), not a thousand-line trace.
 */
class RuleOutputTest {

    private static final Path WEBSHOP = Path.of(System.getProperty("srm.projectDir", "."), "samples/three-tier-webshop.yaml");

    @TempDir
    Path temp;

    private Path rules(String body) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(dir.resolve("r.drl"), "package acme.out;\n" + HEADER + body);
        return dir;
    }

    private static void assertNoControlCharacters(String text) {
        assertThat(text.chars().filter(c -> c < 0x20 && c != '\n').toArray()).as("control characters in %s", text).isEmpty();
    }

    @Test
    void aRuleThatRecursesWithoutEndIsOneLineExit3() throws IOException {
        Path dir = rules("function int down(int n) { return down(n + 1) + 1; }\n"
                + "rule \"acme/recurse\" when $c : Component( serviceId == \"rds\" ) then down(0); end\n");
        Path output = temp.resolve("out.json");
        Cli run = Cli.run("assess", WEBSHOP.toString(), "--rules", dir.toString(), "-o", output.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.errLines()).containsExactly("rule \"acme/recurse\" failed on component 'orders-db': StackOverflowError in "
                + "function acme.out.down — it recursed without end (a function or method that calls itself); fix the recursion");
        run.assertNoStackTrace();
        assertThat(output).doesNotExist();
    }

    @Test
    void aRuleNameWithATerminalEscapeIsShownEscaped() throws IOException {
        Path dir = rules("rule \"a\u001b[2Jb\" when Architecture() then end\n");
        Cli run = check(dir);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("a\\\\u001B\\[2Jb +" + dir.resolve("r.drl"));
        assertNoControlCharacters(run.out());
    }

    @Test
    void aRuleNameWithATerminalEscapeIsEscapedInErrorsToo() throws IOException {
        Path dir = rules("rule \"x\u001b]0;owned\u0007\" when Architecture() then end\n"
                + "rule \"x\u001b]0;owned\u0007\" when Architecture() then end\n");
        Cli run = check(dir);
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("x\\u001B]0;owned\\u0007");
        assertNoControlCharacters(run.err());
    }

    @Test
    void aFixtureAndAPathWithControlCharactersAreShownEscaped() throws IOException {
        Path dir = Files.createDirectories(temp.resolve("my\rrules"));
        Files.writeString(dir.resolve("r.drl"), "package acme.out;\n" + HEADER + "rule \"acme/ok\" when Architecture() then end\n");
        Path fixture = Files.createDirectories(dir.resolve("tests/case\u001b[2J"));
        Files.writeString(fixture.resolve("architecture.yaml"), "name: A\ncomponents:\n  - {id: web, service: ec2}\n");
        Files.writeString(fixture.resolve("expected.yaml"), "assignments:\n  - {control: patch-management, component: web, "
                + "responsibility: customer}\n");
        Cli test = Cli.run("rules", "test", "--rules", dir.toString());
        assertThat(test.exitCode()).as(test.err()).isEqualTo(3);
        assertThat(test.out()).contains("FAIL " + temp + "/my\\rrules/tests/case\\u001B[2J\n");
        assertNoControlCharacters(test.out());
        Cli check = check(dir);
        assertThat(check.out()).contains(temp + "/my\\rrules/r.drl");
        assertNoControlCharacters(check.out());
    }
}
