package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * srm never writes over what it reads: the architecture, every batch input, every file of every --rules folder. Each
 * refusal is exit 2, one exact line, before any work: the input's bytes stay and no output appears.
 */
class ProtectedInputsTest {

    private static final String INSIDE_RULES = " — srm never writes into a --rules folder (it would read an .xlsx or .csv "
            + "written there as a decision table on the next run); ";

    @TempDir
    Path temp;

    private Path rules;
    private Path table;
    private Path arch;
    private Map<Path, byte[]> before;

    @BeforeEach
    void copyInputs() throws IOException {
        rules = temp.resolve("rules");
        copyTree(CliTest.SAMPLES.resolve("custom-rules"), rules);
        table = rules.resolve("tables/messaging-encryption.xlsx");
        arch = Files.copy(CliTest.SAMPLES.resolve("three-tier-webshop.yaml"), temp.resolve("shop.yaml"));
        before = snapshot();
    }

    @Test
    void anOutputOverADecisionTableIsRefused() throws IOException {
        CliRun run = CliRun.of("assess", arch.toString(), "--rules", rules.toString(), "-o", table.toString());
        assertRefused(run, table + ": is inside the rules folder " + rules + INSIDE_RULES + "choose another output path");
    }

    @Test
    void aNewOutputAnywhereInARulesFolderIsRefused() throws IOException {
        Path json = rules.resolve("tests/out.json");
        Path xlsx = rules.resolve("new-table.xlsx");
        CliRun run = CliRun.of("assess", arch.toString(), "--rules", rules.toString(), "-o", json.toString(), "-o", xlsx.toString());
        assertRefused(run, xlsx + ": is inside the rules folder " + rules + INSIDE_RULES + "choose another output path",
                json + ": is inside the rules folder " + rules + INSIDE_RULES + "choose another output path");
    }

    @Test
    void aRulesFolderReachedThroughALinkIsProtectedToo() throws IOException {
        // The rules folder given as a symlink, its table named through the real path; a linked subfolder's real home.
        Path link = Files.createSymbolicLink(temp.resolve("rules-link"), rules);
        Path elsewhere = Files.createDirectories(temp.resolve("shared-tables"));
        Files.createSymbolicLink(rules.resolve("shared"), elsewhere);
        before = snapshot();
        Path target = elsewhere.resolve("x.xlsx");
        CliRun run = CliRun.of("assess", arch.toString(), "--rules", link.toString(), "-o", table.toString(), "-o", target.toString());
        assertRefused(run, table + ": is inside the rules folder " + link + INSIDE_RULES + "choose another output path",
                target + ": is inside the rules folder " + link + INSIDE_RULES + "choose another output path");
    }

    @Test
    void aLinkToARuleFileIsNotAnOutput() throws IOException {
        Path hard = Files.createLink(temp.resolve("hard.xlsx"), table);
        Path soft = Files.createSymbolicLink(temp.resolve("soft.xlsx"), table);
        before = snapshot();
        CliRun run = CliRun.of("assess", arch.toString(), "--rules", rules.toString(), "-o", hard.toString(), "-o", soft.toString());
        assertRefused(run, hard + ": is the rule file " + table + " — srm never writes over its input; choose another output path",
                soft + ": is the rule file " + table + " — srm never writes over its input; choose another output path");
    }

    @Test
    void aHardLinkToTheArchitectureIsNotAnOutput() throws IOException {
        Path hard = Files.createLink(temp.resolve("shop.json"), arch);
        before = snapshot();
        CliRun run = CliRun.of("assess", arch.toString(), "-o", hard.toString());
        assertRefused(run, hard + ": is the input file " + arch + " — srm never writes over its input; choose another output path");
    }

    @Test
    void anOutputFolderInsideARulesFolderIsRefusedAndNotCreated() throws IOException {
        Path out = rules.resolve("out");
        CliRun run = CliRun.of("assess", arch.toString(), "--rules", rules.toString(), "--out-dir", out.toString());
        assertRefused(run, out + ": is inside the rules folder " + rules + INSIDE_RULES + "choose another --out-dir");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBatchInputNamedIndexXlsxIsNotReplaced() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path index = Files.writeString(out.resolve("index.xlsx"), "not a workbook: an input");
        before = snapshot();
        CliRun run = CliRun.of("assess", arch.toString(), index.toString(), "--out-dir", out.toString());
        assertRefused(run, index + ": is the input file — srm never writes over its input; choose another --out-dir");
    }

    @Test
    void aBatchWorkbookNamedLikeAnInputIsRefused() throws IOException {
        Path out = Files.createDirectories(temp.resolve("out"));
        Path input = Files.copy(arch, out.resolve("shop-responsibility-matrix.xlsx"));
        Path linked = Files.createLink(out.resolve("api-responsibility-matrix.xlsx"), arch);
        Path api = Files.copy(CliTest.SAMPLES.resolve("serverless-api.yaml"), temp.resolve("api.yaml"));
        before = snapshot();
        CliRun run = CliRun.of("assess", arch.toString(), api.toString(), input.toString(), "--out-dir", out.toString());
        assertRefused(run,
                linked + ": is the input file " + arch + " — srm never writes over its input; choose another --out-dir",
                input + ": is the input file — srm never writes over its input; choose another --out-dir");
    }

    private void assertRefused(CliRun run, String... lines) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.errLines()).containsExactly(lines);
        assertThat(run.out()).isEmpty();
        Map<Path, byte[]> after = snapshot();
        assertThat(after.keySet()).as("no file appeared or went").containsExactlyElementsOf(before.keySet());
        for (Map.Entry<Path, byte[]> file : before.entrySet()) {
            assertThat(after.get(file.getKey())).as(file.getKey().toString()).isEqualTo(file.getValue());
        }
    }

    /** Every file under the temporary folder (links not followed) with its bytes. */
    private Map<Path, byte[]> snapshot() throws IOException {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(temp)) {
            paths = new ArrayList<>(walk.sorted().toList());
        }
        for (Path path : paths) {
            files.put(path, Files.isRegularFile(path) ? Files.readAllBytes(path) : new byte[0]);
        }
        return files;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) Files.createDirectories(target);
                else Files.copy(path, target);
            }
        }
    }
}
