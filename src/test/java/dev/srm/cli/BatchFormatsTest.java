package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch writes the formats --format names, into a folder it creates — once the run is known to be sound. */
class BatchFormatsTest {

    @TempDir
    Path temp;

    @Test
    void xlsxAndJsonPerFileNamedAlikeWhenNamesClashInAFolderSrmCreates() throws Exception {
        Path a = Files.createDirectories(temp.resolve("a"));
        Path b = Files.createDirectories(temp.resolve("b"));
        Files.copy(CliTest.SAMPLES.resolve("three-tier-webshop.yaml"), a.resolve("shop.yaml"));
        Files.copy(CliTest.SAMPLES.resolve("serverless-api.yaml"), b.resolve("shop.yaml"));
        Path out = temp.resolve("new/deeper/out");

        CliRun run = CliRun.of("assess", a.toString(), b.toString(), "--out-dir", out.toString(), "--format", "xlsx,JSON");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("OK    " + a.resolve("shop.yaml") + " → " + out.resolve("shop-responsibility-matrix.xlsx") + ", "
                        + out.resolve("shop-responsibility-matrix.json") + " (",
                "OK    " + b.resolve("shop.yaml") + " → " + out.resolve("shop-responsibility-matrix-2.xlsx") + ", "
                        + out.resolve("shop-responsibility-matrix-2.json") + " (");
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.xlsx",
                    "shop-responsibility-matrix.xlsx", "shop-responsibility-matrix.json", "shop-responsibility-matrix-2.xlsx",
                    "shop-responsibility-matrix-2.json");
        }
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(out.resolve("shop-responsibility-matrix.json").toFile()).path("architecture").path("name").asText())
                .isEqualTo("Webshop");
        assertThat(json.readTree(out.resolve("shop-responsibility-matrix-2.json").toFile()).path("architecture").path("name").asText())
                .isEqualTo("Booking API");
        try (XSSFWorkbook index = new XSSFWorkbook(out.resolve("index.xlsx").toFile())) {
            Sheet sheet = index.getSheet("Index");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("Architecture", "File", "Workbook", "JSON", "Components", "Inherited", "Shared",
                    "Customer", "High", "Medium", "Low", "Status");
            Row second = sheet.getRow(2);
            assertThat(second.getCell(2).getHyperlink().getAddress()).isEqualTo("shop-responsibility-matrix-2.xlsx");
            assertThat(second.getCell(3).getHyperlink().getAddress()).isEqualTo("shop-responsibility-matrix-2.json");
            assertThat(second.getCell(3).getStringCellValue()).isEqualTo("shop-responsibility-matrix-2.json");
            assertThat(second.getCell(11).getStringCellValue()).isEqualTo("OK");
        }
    }

    @Test
    void jsonAloneStillGetsAnIndex() throws Exception {
        Path out = temp.resolve("out");
        CliRun run = CliRun.of("assess", CliTest.SAMPLES.resolve("serverless-api.yaml").toString(), "--out-dir", out.toString(),
                "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("index.xlsx",
                    "serverless-api-responsibility-matrix.json");
        }
        try (XSSFWorkbook index = new XSSFWorkbook(out.resolve("index.xlsx").toFile())) {
            assertThat(index.getSheet("Index").getRow(0).getCell(2).getStringCellValue()).isEqualTo("JSON");
        }
    }

    @Test
    void formatNeedsAnOutputFolder() {
        CliRun run = CliRun.of("assess", CliTest.SAMPLES.resolve("serverless-api.yaml").toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("srm assess: --format goes with --out-dir — with -o the extension of each path picks its "
                + "format\n");
    }

    @Test
    void aRefusedBatchCreatesNoFolder() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        Path out = temp.resolve("new/out");
        CliRun run = CliRun.of("assess", empty.toString(), "--out-dir", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(empty + ": folder holds no .yaml files\n");
        assertThat(temp.resolve("new")).doesNotExist();
    }

    @Test
    void aBatchWhoseRulesFailCreatesNoFolder() throws Exception {
        Path rules = Files.createDirectories(temp.resolve("rules"));
        Files.writeString(rules.resolve("broken.drl"), "package acme.broken;\nrule \"acme/broken\" when then srm.nope(); end\n");
        Path out = temp.resolve("new/out");
        CliRun run = CliRun.of("assess", CliTest.SAMPLES.resolve("serverless-api.yaml").toString(), "--rules", rules.toString(),
                "--out-dir", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.RULES_FAILED);
        assertThat(temp.resolve("new")).doesNotExist();
    }

    @Test
    void anOutputFolderThatIsAFileIsRefused() throws Exception {
        Path file = Files.writeString(temp.resolve("out"), "a file");
        CliRun run = CliRun.of("assess", CliTest.SAMPLES.resolve("serverless-api.yaml").toString(), "--out-dir", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(file + ": is not a folder — give --out-dir a folder (srm creates it if it does not exist)\n");
        assertThat(file).hasContent("a file");
    }
}
