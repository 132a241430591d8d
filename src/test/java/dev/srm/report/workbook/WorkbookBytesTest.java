package dev.srm.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.srm.model.Component;
import dev.srm.model.Exposure;
import dev.srm.model.ServiceModel;
import dev.srm.responsibility.Assessment;
import dev.srm.responsibility.Assignment;
import dev.srm.model.Responsibility;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The file as bytes: reproducible, no temporary files left behind, row heights both spreadsheet programs honour. */
class WorkbookBytesTest {

    @Test
    void twoWritesOfTheSameAssessmentAreByteIdenticalInAnyTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
            byte[] first = Workbooks.bytes(Samples.assessment());
            for (String zone : List.of("Pacific/Kiritimati", "Etc/GMT+12", "Europe/Berlin", "America/St_Johns")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                assertThat(Workbooks.bytes(Samples.assessment())).as(zone).isEqualTo(first);
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void zipEntriesDoNotCarryTheTimeOfWritingAndAStreamingReaderCanReadThem() throws IOException {
        // Two writes in the same two seconds would match even if entries carried the clock; this rules that out.
        Instant now = Instant.now();
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Workbooks.bytes(Samples.assessment())))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                assertThat(Instant.ofEpochMilli(entry.getTime())).as(entry.getName()).isBefore(now.minus(365, ChronoUnit.DAYS));
                assertThat(zip.readAllBytes()).as(entry.getName()).isNotEmpty();
                names.add(entry.getName());
            }
        }
        assertThat(names).contains("xl/workbook.xml", "xl/worksheets/sheet7.xml", "xl/charts/chart1.xml")
                .doesNotContain("xl/sharedStrings.xml.bak");
    }

    @Test
    void temporaryFilesAreDeletedAfterWritingAndAfterAFailure() {
        File poiFiles = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        List<String> before = list(poiFiles);
        Workbooks.bytes(Samples.assessment());
        assertThat(list(poiFiles)).isEqualTo(before);

        Assessment sample = Samples.assessment();
        Component stranger = new Component("stranger", Samples.EC2, ServiceModel.IAAS, false, "", Exposure.PRIVATE, List.of(), 9);
        List<Assignment> assignments = new ArrayList<>(sample.assignments());
        assignments.add(new Assignment(Samples.PE_1, stranger, Responsibility.INHERITED, "", "", "", List.of("r")));
        Assessment broken = new Assessment(sample.architecture(), sample.controls(), assignments, sample.findings(),
                sample.ruleFiles(), sample.toolVersion(), sample.generatedAt());
        assertThatThrownBy(() -> new WorkbookWriter().write(broken, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("stranger");
        assertThat(list(poiFiles)).isEqualTo(before);
    }

    @Test
    void dataSheetsStoreHeightsForLibreOfficeThatExcelMayStillFit() throws IOException {
        try (XSSFWorkbook book = Workbooks.write(Samples.assessment())) {
            // Assignments row 5 holds two rule names on two lines.
            var row = book.getSheet("Assignments").getRow(4).getCTRow();
            assertThat(row.isSetHt()).isTrue();
            assertThat(row.getHt()).isGreaterThanOrEqualTo(30.0);
            assertThat(row.isSetCustomHeight()).as("no hand-set mark, so Excel fits the row").isFalse();
            // The Summary's merged definition rows keep the mark: Excel does not fit merged cells.
            XSSFSheet summary = book.getSheet("Summary");
            var shared = summary.getRow(Workbooks.find(summary, "Shared") + 0).getCTRow();
            var definition = summary.getRow(Workbooks.find(summary, "Category") + 2).getCTRow();
            assertThat(shared.isSetCustomHeight()).isFalse();
            assertThat(definition.getCustomHeight()).isTrue();
            assertThat(definition.getHt()).isGreaterThanOrEqualTo(75.0);
        }
    }

    @Test
    void theMarkFilterDropsTheAttributeHoweverTheWritesAreSplit() throws IOException {
        String xml = "<row r=\"1\" customHeight=\"1\" ht=\"30.0\">\n<c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + " customHeight=&quot;1&quot; stays</t></is></c></row>\n<row r=\"2\" customHeight=\"true\" ht=\"45.0\">";
        String expected = "<row r=\"1\" ht=\"30.0\">\n<c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">"
                + " customHeight=&quot;1&quot; stays</t></is></c></row>\n<row r=\"2\" ht=\"45.0\">";
        for (int split = 0; split <= xml.length(); split++) {
            StringWriter out = new StringWriter();
            try (Writer filter = StreamingWorkbook.Buffer.droppingMark(out)) {
                filter.write(xml, 0, split);
                for (char c : xml.substring(split).toCharArray()) filter.write(c);
            }
            assertThat(out.toString()).as("split at %d", split).isEqualTo(expected);
        }
        StringWriter out = new StringWriter();
        try (Writer filter = StreamingWorkbook.Buffer.droppingMark(out)) {
            filter.write("<row custom");
        }
        assertThat(out.toString()).as("a partial match at the end is kept").isEqualTo("<row custom");
        StringWriter plain = new StringWriter();
        try (Writer buffer = new StreamingWorkbook.Buffer(plain)) {
            buffer.write(xml.toCharArray());
        }
        assertThat(plain.toString()).as("sheets with merged cells keep the mark").isEqualTo(xml);
    }

    private static List<String> list(File directory) {
        String[] names = directory.list();
        return names == null ? List.of() : List.of(names).stream().sorted().toList();
    }
}
