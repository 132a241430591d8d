package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchTest {

    @TempDir
    Path temp;

    @Test
    void aBatchWritesAWorkbookPerFileAndAnIndexAndReportsFailuresWithoutStopping() throws Exception {
        Path inputs = Files.createDirectories(temp.resolve("in"));
        Path other = Files.createDirectories(temp.resolve("other"));
        Files.copy(CliTest.SAMPLES.resolve("three-tier-webshop.yaml"), inputs.resolve("shop.yaml"));
        Files.copy(CliTest.SAMPLES.resolve("serverless-api.yaml"), inputs.resolve("api.yaml"));
        Files.copy(CliTest.SAMPLES.resolve("saas-back-office.yaml"), other.resolve("shop.yaml"));
        Files.copy(CliTest.SAMPLES.resolve("invalid/unknown-service.yaml"), inputs.resolve("broken.yaml"));
        Path out = Files.createDirectories(temp.resolve("out"));

        CliRun run = CliRun.of("assess", inputs.toString(), other.resolve("shop.yaml").toString(), "--out-dir", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.out()).contains("OK    " + inputs.resolve("api.yaml") + " → " + out.resolve("api-responsibility-matrix.xlsx"),
                "FAIL  " + inputs.resolve("broken.yaml"),
                "OK    " + other.resolve("shop.yaml") + " → " + out.resolve("shop-responsibility-matrix-2.xlsx"),
                "4 architectures: 3 assessed, 1 failed; index: " + out.resolve("index.xlsx"));
        assertThat(run.err()).startsWith(inputs.resolve("broken.yaml") + ":7:14: unknown service 'ec3'");
        assertThat(out.resolve("shop-responsibility-matrix.xlsx")).isNotEmptyFile();
        assertThat(out.resolve("broken-responsibility-matrix.xlsx")).doesNotExist();

        try (XSSFWorkbook index = new XSSFWorkbook(out.resolve("index.xlsx").toFile())) {
            Sheet sheet = index.getSheet("Index");
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(c -> header.add(c.getStringCellValue()));
            assertThat(header).containsExactly("Architecture", "File", "Workbook", "Components", "Inherited", "Shared", "Customer",
                    "High", "Medium", "Low", "Status");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Row api = sheet.getRow(1);
            assertThat(api.getCell(0).getStringCellValue()).isEqualTo("Booking API");
            assertThat(api.getCell(2).getStringCellValue()).isEqualTo("api-responsibility-matrix.xlsx");
            assertThat(api.getCell(2).getHyperlink().getAddress()).isEqualTo("api-responsibility-matrix.xlsx");
            assertThat(api.getCell(3).getNumericCellValue()).isEqualTo(9);
            assertThat(api.getCell(10).getStringCellValue()).isEqualTo("OK");
            Row broken = sheet.getRow(2);
            assertThat(broken.getCell(1).getStringCellValue()).isEqualTo(inputs.resolve("broken.yaml").toString());
            assertThat(broken.getCell(10).getStringCellValue()).startsWith(inputs.resolve("broken.yaml") + ":7:14: unknown service");
        }
    }

    @Test
    void severalFilesNeedAnOutputFolder() {
        CliRun run = CliRun.of("assess", CliTest.SAMPLES.resolve("three-tier-webshop.yaml").toString(),
                CliTest.SAMPLES.resolve("serverless-api.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("srm assess: several architecture files (or a folder) need --out-dir DIR — or give one file, "
                + "with -o for its outputs\n");
    }

    @Test
    void outputsAndAnOutputFolderDoNotMix() {
        CliRun run = CliRun.of("assess", CliTest.SAMPLES.toString(), "--out-dir", temp.toString(), "-o", "x.xlsx");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).isEqualTo("srm assess: -o cannot be combined with --out-dir — a batch names its outputs after each file\n");
    }
}
