package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same input and rules give the same evidence: byte for byte with SOURCE_DATE_EPOCH, else all but the time. */
class ReproducibleIT {

    private static final Path PROJECT = Path.of(System.getProperty("srm.projectDir", ".")).toAbsolutePath();
    private static final Path JAR = PROJECT.resolve("target/srm.jar");

    @TempDir
    Path dir;

    private Path run(String name, Map<String, String> env) throws Exception {
        Path out = Files.createDirectories(dir.resolve(name));
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", JAR.toString(), "assess", "samples/data-platform.yaml",
                "--rules", "samples/custom-rules", "-o", out.resolve("m.xlsx").toString(), "-o", out.resolve("m.json").toString())
                .directory(PROJECT.toFile()).redirectErrorStream(true).redirectOutput(out.resolve("log.txt").toFile());
        builder.environment().remove("SOURCE_DATE_EPOCH");
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(out.resolve("log.txt"))).isZero();
        return out;
    }

    @Test
    void withSourceDateEpochOutputsAreByteIdenticalAcrossTimeZones() throws Exception {
        Path utc = run("utc", Map.of("SOURCE_DATE_EPOCH", "1767225600", "TZ", "UTC"));
        Path tokyo = run("tokyo", Map.of("SOURCE_DATE_EPOCH", "1767225600", "TZ", "Asia/Tokyo"));
        Path lima = run("lima", Map.of("SOURCE_DATE_EPOCH", "1767225600", "TZ", "America/Lima", "LANG", "de_DE.UTF-8"));
        for (String file : List.of("m.xlsx", "m.json")) {
            byte[] expected = Files.readAllBytes(utc.resolve(file));
            assertThat(Files.readAllBytes(tokyo.resolve(file))).as(file + " Tokyo").isEqualTo(expected);
            assertThat(Files.readAllBytes(lima.resolve(file))).as(file + " Lima").isEqualTo(expected);
        }
        assertThat(Files.readString(utc.resolve("m.json"))).contains("\"at\" : \"2026-01-01T00:00:00Z\"");
    }

    @Test
    void withoutItOnlyTheGenerationTimeDiffers() throws Exception {
        Path first = run("first", Map.of());
        Thread.sleep(1100);
        Path second = run("second", Map.of());

        ObjectMapper json = new ObjectMapper();
        ObjectNode a = (ObjectNode) json.readTree(first.resolve("m.json").toFile());
        ObjectNode b = (ObjectNode) json.readTree(second.resolve("m.json").toFile());
        assertThat(a.path("generated").path("at").asText()).isNotEqualTo(b.path("generated").path("at").asText());
        ((ObjectNode) a.path("generated")).remove("at");
        ((ObjectNode) b.path("generated")).remove("at");
        assertThat(a).isEqualTo(b);

        List<String> cellsA = cells(first.resolve("m.xlsx").toFile());
        List<String> cellsB = cells(second.resolve("m.xlsx").toFile());
        assertThat(cellsA).hasSameSizeAs(cellsB);
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < cellsA.size(); i++) {
            if (!cellsA.get(i).equals(cellsB.get(i))) differing.add(cellsA.get(i) + " ≠ " + cellsB.get(i));
        }
        assertThat(differing).isNotEmpty()
                .allSatisfy(d -> assertThat(d).matches(".*!\\w+: \\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}.* ≠ .*"));
    }

    private static List<String> cells(File file) throws Exception {
        List<String> cells = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(file)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) cells.add(sheet.getSheetName() + "!" + cell.getAddress() + ": " + cell);
                }
            }
        }
        return cells;
    }
}
