package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.srm.pipeline.Assessor;
import dev.srm.report.OutputFormat;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch reports each file's failure for that file — whatever was thrown — and ordinary failures as exit 2. */
class BatchFaultsTest {

    @TempDir
    Path temp;

    @Test
    void anErrorInOneFileIsReportedForItAndTheOthersGoOn() throws Exception {
        Path in = Files.createDirectories(temp.resolve("in"));
        Path good = Files.copy(CliTest.SAMPLES.resolve("serverless-api.yaml"), in.resolve("good.yaml"));
        Path deep = Files.copy(CliTest.SAMPLES.resolve("three-tier-webshop.yaml"), in.resolve("deep.yaml"));
        Path out = temp.resolve("out");
        Assessor assessor = Assessor.builtIn(Clock.systemUTC());
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        BatchAssessment batch = new BatchAssessment(List.of(in), out, List.of(), List.of(OutputFormat.XLSX), null,
                Clock.systemUTC(), new PrintWriter(stdout, true), new PrintWriter(stderr, true));

        int code = batch.run(file -> {
            if (file.equals(deep)) throw new StackOverflowError();
            return assessor.assess(file);
        });

        assertThat(code).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(stderr.toString()).isEqualTo(deep + ": internal error: java.lang.StackOverflowError (run again with --debug for "
                + "details, and please report it)\n");
        assertThat(stdout.toString()).contains("FAIL  " + deep + "\n", "OK    " + good + " → ",
                "2 architectures: 1 assessed, 1 failed; index: " + out.resolve("index.xlsx"));
        assertThat(out.resolve("good-responsibility-matrix.xlsx")).isNotEmptyFile();
        try (XSSFWorkbook index = new XSSFWorkbook(out.resolve("index.xlsx").toFile())) {
            assertThat(index.getSheet("Index").getRow(1).getCell(10).getStringCellValue())
                    .startsWith(deep + ": internal error: java.lang.StackOverflowError");
            assertThat(index.getSheet("Index").getRow(2).getCell(10).getStringCellValue()).isEqualTo("OK");
        }
    }

    @Test
    void aFolderTheFileSystemRefusesIsExitTwoPerOutputNotAnInternalError() {
        // sysfs refuses new files even to root, though the folder passes the up-front check of permissions.
        CliRun run = CliRun.of("assess", CliTest.SAMPLES.resolve("serverless-api.yaml").toString(), "--out-dir", "/sys/kernel");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        String fix = " — check the directory exists, is writable and has space";
        assertThat(run.errLines()).containsExactly(
                "/sys/kernel/serverless-api-responsibility-matrix.xlsx: cannot be written: permission denied" + fix,
                "/sys/kernel/index.xlsx: cannot be written: permission denied" + fix);
        assertThat(run.out()).isEqualTo("FAIL  " + CliTest.SAMPLES.resolve("serverless-api.yaml") + "\n"
                + "1 architectures: 0 assessed, 1 failed; no index written\n");
    }
}
