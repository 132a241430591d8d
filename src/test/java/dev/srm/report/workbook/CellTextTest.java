package dev.srm.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void plainTextIsKeptAsIs() {
        String text = "Grant least privilege.\nReview quarterly.\tTabbed \"quoted\" <b>&amp;</b> émoji 😀";
        assertThat(CellText.of(text)).isSameAs(text);
        assertThat(CellText.of(null)).isEmpty();
    }

    @Test
    void charactersXmlCannotCarryBecomeReplacementCharacters() {
        assertThat(CellText.of("a\u0000b\u0007c\u001Fd\uFFFEe\uFFFF")).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFD");
        assertThat(CellText.of("lone \uD800 high, lone \uDC00 low")).isEqualTo("lone \uFFFD high, lone \uFFFD low");
        assertThat(CellText.of("pair \uD83D\uDE00 kept")).isEqualTo("pair \uD83D\uDE00 kept");
    }

    @Test
    void textThatLooksLikeAnExcelEscapeIsEscaped() {
        assertThat(CellText.of("_x0041_")).isEqualTo("_x005F_x0041_");
        assertThat(CellText.of("a_x00e9_b_x12_c_xZZZZ_")).isEqualTo("a_x005F_x00e9_b_x12_c_xZZZZ_");
        assertThat(CellText.of("snake_case_name")).isEqualTo("snake_case_name");
    }

    @Test
    void textLongerThanACellHoldsIsCutWithAVisibleMarker() {
        String text = "x".repeat(40_000);
        String cut = CellText.of(text);
        assertThat(cut).hasSize(CellText.MAX_LENGTH).endsWith("… [truncated]").startsWith("xxxx");
        assertThat(CellText.of("y".repeat(CellText.MAX_LENGTH))).hasSize(CellText.MAX_LENGTH).doesNotContain("truncated");
    }

    @Test
    void cuttingNeverSplitsACharacterInTwo() {
        int cut = CellText.MAX_LENGTH - CellText.TRUNCATED.length();
        String text = "a".repeat(cut - 1) + "😀".repeat(10_000);
        String result = CellText.of(text);
        assertThat(result).endsWith("a" + CellText.TRUNCATED);
        assertThat(result.length()).isLessThanOrEqualTo(CellText.MAX_LENGTH);
    }

    @Test
    void formulaLikeTextIsRecognised() {
        for (String text : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
            assertThat(CellText.looksLikeFormula(text)).as(text).isTrue();
        }
        for (String text : new String[] {"", "1+1", " =1", "a=b"}) {
            assertThat(CellText.looksLikeFormula(text)).as(text).isFalse();
        }
    }

    @Test
    void documentPropertiesOnlyLoseWhatXmlCannotCarry() {
        assertThat(CellText.plain("a\u0001_x0041_")).isEqualTo("a\uFFFD_x0041_");
    }
}
