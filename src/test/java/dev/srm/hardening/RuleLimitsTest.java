package dev.srm.hardening;

import static dev.srm.hardening.RuleFolderLinksTest.assertRefused;
import static dev.srm.hardening.RuleFolderLinksTest.check;
import static dev.srm.hardening.RuleFolderLinksTest.drl;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule files have limits, each a system property named in the message: a file's size (checked before it is read), the
 * number of rule files, a table's rows (counted before Drools compiles it) and an .xlsx's size once unzipped. Each is
 * refused fast, exit 3.
 */
class RuleLimitsTest {

    private static final Duration FAST = Duration.ofSeconds(2);

    @TempDir
    Path temp;

    Path rules;

    @BeforeEach
    void folder() throws IOException {
        rules = Files.createDirectories(temp.resolve("rules"));
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a read that blocks must fail the test, not hang it
    void aSparse3GbDrlIsRefusedByItsSizeUnread() throws IOException {
        Path huge = rules.resolve("x.drl");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024);
        }
        Cli run = check(rules);
        assertRefused(run, huge + ": file is 3221225472 bytes, more than the limit of 4194304 bytes for a rule file — split it, "
                + "or raise the limit with -Dsrm.rules.maxFileBytes=N");
        assertThat(run.took()).isLessThan(FAST);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a read that blocks must fail the test, not hang it
    void aMillionRowCsvTableIsRefusedBySize() throws IOException {
        Path table = rules.resolve("million.csv");
        try (BufferedWriter out = Files.newBufferedWriter(table, StandardCharsets.UTF_8)) {
            out.write("RuleSet,acme.rules.million\nRuleTable Million,,\nNAME,CONDITION,ACTION\n,$c : Component,\n");
            for (int i = 0; i < 1_000_000; i++) out.write("acme/row-" + i + ",ec2,\"srm.customer($c, \"\"x\"\", \"\"\"\", \"\"\"\", \"\"\"\");\"\n");
        }
        Cli run = check(rules);
        assertRefused(run, table + ": file is " + Files.size(table) + " bytes, more than the limit of 4194304 bytes for a rule "
                + "file — split it, or raise the limit with -Dsrm.rules.maxFileBytes=N");
        assertThat(run.took()).isLessThan(FAST);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a read that blocks must fail the test, not hang it
    void aMillionRowCsvTableWithinTheSizeIsRefusedByItsRows() throws IOException {
        Path table = rules.resolve("rows.csv");
        Files.writeString(table, "RuleSet,acme.rules.rows\n" + "a,\n".repeat(1_000_000));
        assertThat(Files.size(table)).isLessThan(4L * 1024 * 1024);
        Cli run = check(rules);
        assertRefused(run, table + ": table has more than 10000 rows, the limit for a decision table — split it into several "
                + "tables, or raise the limit with -Dsrm.rules.maxTableRows=N");
        assertThat(run.took()).isLessThan(FAST);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a read that blocks must fail the test, not hang it
    void anXlsxTableOverTheRowLimitIsRefusedBeforeDroolsReadsIt() throws IOException {
        Path table = rules.resolve("rows.xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(table)) {
            var sheet = book.createSheet("Rules");
            for (int r = 0; r <= 10_000; r++) sheet.createRow(r).createCell(0).setCellValue("acme/row-" + r);
            book.write(out);
            book.dispose();
        }
        Cli run = check(rules);
        assertRefused(run, table + ": table has more than 10000 rows, the limit for a decision table — split it into several "
                + "tables, or raise the limit with -Dsrm.rules.maxTableRows=N");
        assertThat(run.took()).isLessThan(FAST);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a read that blocks must fail the test, not hang it
    void anXlsxZipBombIsRefusedByItsUnzippedSize() throws IOException {
        Path bomb = rules.resolve("bomb.xlsx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>".getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) 'a');
            for (int i = 0; i < 100; i++) zip.write(spaces); // 100 MB unzipped, ~100 KB in the file
            zip.closeEntry();
        }
        assertThat(Files.size(bomb)).isLessThan(1024 * 1024);
        Cli run = check(rules);
        assertRefused(run, bomb + ": unzips to more than 67108864 bytes, the limit for a spreadsheet table — split it, or "
                + "raise the limit with -Dsrm.rules.maxTableBytes=N");
        assertThat(run.took()).isLessThan(FAST);
    }

    @Test
    void tooManyRuleFilesAreRefusedWithoutReadingThemAll() throws IOException {
        for (int i = 0; i <= 1000; i++) drl(rules.resolve(String.format("r%04d.drl", i)), "acme.r" + i, "acme/r" + i);
        Cli run = check(rules);
        assertRefused(run, rules + ": holds more than 1000 rule files (in all --rules folders together) — give fewer or smaller "
                + "folders, or raise the limit with -Dsrm.rules.maxFiles=N");
        assertThat(run.took()).isLessThan(FAST);
    }

    @Test
    void theFileLimitCountsAllFoldersTogether() throws IOException {
        Path second = Files.createDirectories(temp.resolve("second"));
        for (int i = 0; i < 600; i++) drl(rules.resolve("r" + i + ".drl"), "acme.r" + i, "acme/r" + i);
        for (int i = 0; i < 600; i++) drl(second.resolve("s" + i + ".drl"), "acme.s" + i, "acme/s" + i);
        assertRefused(check(rules, second), second + ": holds more than 1000 rule files (in all --rules folders together) — give "
                + "fewer or smaller folders, or raise the limit with -Dsrm.rules.maxFiles=N");
    }

    @Test
    void aLimitIsSetByItsSystemProperty() throws IOException {
        Path own = drl(rules.resolve("own.drl"), "acme.own", "acme/own");
        System.setProperty("srm.rules.maxFileBytes", "100");
        try {
            assertRefused(check(rules), own + ": file is " + Files.size(own) + " bytes, more than the limit of 100 bytes for a rule "
                    + "file — split it, or raise the limit with -Dsrm.rules.maxFileBytes=N");
        } finally {
            System.clearProperty("srm.rules.maxFileBytes");
        }
        assertThat(check(rules).exitCode()).isZero();
    }
}
