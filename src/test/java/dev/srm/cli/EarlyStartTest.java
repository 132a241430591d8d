package dev.srm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The guess from raw arguments: warm the workbook library up only when an assessment will write a workbook. */
class EarlyStartTest {

    private static boolean guess(String... args) {
        return EarlyStart.writesWorkbook(List.of(args));
    }

    @Test
    void anAssessmentWithoutOutputsWritesTheDefaultWorkbook() {
        assertThat(guess("assess", "a.yaml")).isTrue();
        assertThat(guess("assess", "a.yaml", "--rules", "dir")).isTrue();
    }

    @Test
    void everySpellingOfAWorkbookOutputCounts() {
        assertThat(guess("assess", "a.yaml", "-o", "m.xlsx")).isTrue();
        assertThat(guess("assess", "a.yaml", "-om.XLSX")).isTrue();
        assertThat(guess("assess", "a.yaml", "--output", "m.json", "--output=m.xlsx")).isTrue();
    }

    @Test
    void jsonOnlyBatchesAndOtherCommandsAreLeftAlone() {
        assertThat(guess("assess", "a.yaml", "-o", "m.json")).isFalse();
        assertThat(guess("assess", "dir", "--out-dir", "out")).isFalse();
        assertThat(guess("validate", "a.yaml")).isFalse();
        assertThat(guess("assess", "--help")).isFalse();
        assertThat(guess("assess", "a.yaml", "-h")).isFalse();
        assertThat(guess("--version")).isFalse();
        assertThat(guess()).isFalse();
        assertThat(guess("assess", "a.yaml", "-o", "bad\0name.xlsx", "-o", "m.json")).isFalse();
    }
}
