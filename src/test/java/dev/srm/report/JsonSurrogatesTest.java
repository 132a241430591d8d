package dev.srm.report;

import static dev.srm.testing.Facts.EC2;
import static dev.srm.testing.Facts.architecture;
import static dev.srm.testing.Facts.component;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.srm.model.Architecture;
import dev.srm.model.Classification;
import dev.srm.model.Control;
import dev.srm.model.ControlScope;
import dev.srm.model.Family;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.responsibility.Finding;
import dev.srm.model.Responsibility;
import dev.srm.responsibility.RuleFileInfo;
import dev.srm.responsibility.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A text holding half of a surrogate pair (a rule can write "\ud800"; the architecture reader refuses it in input): the
 * JSON stays valid for strict parsers and says what the workbook says, U+FFFD in its place.
 */
class JsonSurrogatesTest {

    private static final Family FAMILY = new Family("system-maintenance", "Configuration and Patch Management");
    private static final Control PATCH = new Control("patch-management", "Patch management", FAMILY, ControlScope.COMPONENT,
            "d", List.of("SI-2"), List.of("A.8.8"), List.of("TVM-01"));

    private static Assessment assessment(String text) {
        Architecture architecture = architecture(component("web", EC2, 0, dev.srm.testing.Facts.data("orders", Classification.RESTRICTED)));
        return new Assessment(architecture, List.of(PATCH),
                List.of(new Assignment(PATCH, architecture.components().get(0), Responsibility.SHARED, text, "guest OS", "why",
                        List.of("a/one"))),
                List.of(new Finding("f", Severity.HIGH, "web", "orders", "patch-management", text, "d/f")),
                List.of(new RuleFileInfo("rules/x/x.drl", true, "ab".repeat(32))), "1.2.3", Instant.parse("2026-01-02T03:04:05Z"));
    }

    @Test
    void aLoneSurrogateIsWrittenAsTheReplacementCharacterAsInTheWorkbook() throws Exception {
        String text = "bad \uD800 high, \uDC00 low, \uD83D\uDE00 pair";
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        Reports.writerFor(OutputFormat.JSON).write(assessment(text), json);

        // Strict UTF-8, and no escape of a lone half, which jq and Perl refuse.
        String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(json.toByteArray())).toString();
        // (Jackson escapes a character beyond U+FFFF as a pair of escapes, which is valid JSON.)
        assertThat(decoded).doesNotContainPattern("(?i)\\\\ud[89ab][0-9a-f]{2}(?!\\\\ud[c-f][0-9a-f]{2})")
                .doesNotContainPattern("(?i)(?<!\\\\ud[89ab][0-9a-f]{2})\\\\ud[c-f][0-9a-f]{2}");
        String expected = "bad \uFFFD high, \uFFFD low, \uD83D\uDE00 pair";
        var root = new ObjectMapper().readTree(decoded);
        assertThat(root.at("/findings/0/message").asText()).isEqualTo(expected);
        assertThat(root.at("/assignments/0/aws").asText()).isEqualTo(expected);

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        Reports.writerFor(OutputFormat.XLSX).write(assessment(text), xlsx);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            boolean found = false;
            for (Row row : book.getSheet("Findings")) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && cell.getStringCellValue().startsWith("bad ")) {
                        assertThat(cell.getStringCellValue()).as("the workbook's text").isEqualTo(expected);
                        found = true;
                    }
                }
            }
            assertThat(found).as("the finding's message in the Findings sheet").isTrue();
        }
    }

    @Test
    void wellFormedTextIsKeptAsItIs() {
        String text = "Grüße — \uD83D\uDE00";
        assertThat(JsonReportWriter.wellFormed(text)).isSameAs(text);
        assertThat(JsonReportWriter.wellFormed("\uDE00\uD83D")).isEqualTo("\uFFFD\uFFFD");
        assertThat(JsonReportWriter.wellFormed("x\uD83D")).isEqualTo("x\uFFFD");
    }
}
