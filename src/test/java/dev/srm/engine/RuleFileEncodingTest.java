package dev.srm.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.srm.responsibility.RuleFailureException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule files are UTF-8 whatever the platform's charset: a byte that is not UTF-8 is refused at its line and column (by
 * the same decoder as YAML input), a byte-order mark is tolerated, and the text reaches Drools intact. The checks here
 * do not depend on the JVM's file.encoding; RuleEncodingIT runs the jar under LANG=C.
 */
class RuleFileEncodingTest {

    private static final String HEADER = "package acme.enc;\nimport dev.srm.model.*;\nimport dev.srm.responsibility.*;\n"
            + "global dev.srm.responsibility.Conclusions srm;\n";

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void aDrlInLatin1IsRefusedAtTheByte() {
        byte[] drl = latin1(HEADER + "rule \"acme/gr\u00e4n\" when Architecture() then end\n");
        assertThatThrownBy(() -> RuleSource.of("my-rules/r.drl", drl, false))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.messages()).containsExactly(
                        "my-rules/r.drl:5:14: not valid UTF-8 (byte 0xE4) — save the file as UTF-8"));
    }

    @Test
    void aCsvTableInLatin1IsRefusedAtTheByte() {
        byte[] csv = latin1("RuleSet,acme.t\nNotes,F\u00fcr alle\n");
        assertThatThrownBy(() -> RuleSource.of("my-rules/t.csv", csv, false))
                .isInstanceOfSatisfying(RuleFailureException.class, e -> assertThat(e.messages()).containsExactly(
                        "my-rules/t.csv:2:8: not valid UTF-8 (byte 0xFC) — save the file as UTF-8"));
    }

    @Test
    void aByteOrderMarkIsTolerated() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        ByteArrayOutputStream drl = new ByteArrayOutputStream();
        drl.writeBytes(bom);
        drl.writeBytes((HEADER + "rule \"acme/bom\" when Architecture() then end\n").getBytes(StandardCharsets.UTF_8));
        RuleSource source = RuleSource.of("my-rules/bom.drl", drl.toByteArray(), false);
        assertThat(source.text()).startsWith("package acme.enc;");
        assertThat(source.packageName()).isEqualTo("acme.enc");
        assertThat(RuleEngine.compileAtRunTime(List.of(source)).rules()).extracting(RuleEngine.RuleInfo::name)
                .containsExactly("acme/bom");
    }

    @Test
    void aCsvTableWithAByteOrderMarkAndUmlautsCompiles() {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        csv.writeBytes(RuleTables.UMLAUT_CSV.getBytes(StandardCharsets.UTF_8));
        RuleSource source = RuleSource.of("my-rules/t.csv", csv.toByteArray(), false);
        assertThat(source.text()).contains("Größe und Maße — geprüft");
    }

    @Test
    void nonAsciiRuleTextReachesDroolsIntact() {
        RuleEngine engine = RuleEngine.compileAtRunTime(List.of(RuleSource.of("my-rules/u.drl",
                (HEADER + "rule \"acme/gr\u00fc\u00dfe-\u2014\" when Architecture() then end\n").getBytes(StandardCharsets.UTF_8), false)));
        assertThat(engine.rules()).extracting(RuleEngine.RuleInfo::name).containsExactly("acme/grüße-—");
    }
}
