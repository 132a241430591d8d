package dev.srm.diagnostics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the user's text appears inside a message, and that suggesting a name costs little whatever the text. */
class ShownTest {

    @Test
    void controlCharactersAreEscapedSoThatAProblemIsOneLine() {
        assertThat(Shown.text("web\nserver\r\t\u001b[31m\u202e\u0000")).isEqualTo("web\\nserver\\r\\t\\u001B[31m\\u202E\\u0000");
        assertThat(new Problem("a.yaml", 1, 2, "x 'a\nb' — y").format()).isEqualTo("a.yaml:1:2: x 'a\\nb' — y");
        assertThat(new Problem("a\nb.yaml", 0, 0, "m — h").format()).isEqualTo("a\\nb.yaml: m — h");
    }

    @Test
    void longTextIsCutAfterSixtyCharactersCountedAsTheUserSeesThem() {
        assertThat(Shown.text("x".repeat(60))).isEqualTo("x".repeat(60));
        assertThat(Shown.text("x".repeat(61))).isEqualTo("x".repeat(60) + "…");
        assertThat(Shown.text("\uD83D\uDE00".repeat(61))).as("a code point, not a char").isEqualTo("\uD83D\uDE00".repeat(60) + "…");
        assertThat(Shown.text("\uD800x")).as("a lone surrogate").isEqualTo("\\uD800x");
    }

    @Test
    void plainTextIsShownAsItIs() {
        assertThat(Shown.text("café — naïve")).isEqualTo("café — naïve");
        assertThat(Shown.oneLine("a.yaml:1:1: ok — fine")).isEqualTo("a.yaml:1:1: ok — fine");
    }

    @Test
    void aLookAlikeLetterIsNamed() {
        assertThat(Shown.quoted("n\u0430me")).isEqualTo("'n\u0430me' (it holds U+0430 CYRILLIC SMALL LETTER A)");
        assertThat(Shown.quoted("name")).isEqualTo("'name'");
    }

    @Test
    void suggestingANameForAHugeValueIsFast() {
        String huge = "x".repeat(5_000_000);
        List<String> names = List.of("ec2", "lambda", "s3", "dynamodb", "cognito-idp", "secretsmanager");
        long start = System.nanoTime();
        assertThat(Suggestions.closest(huge, names)).isNull();
        assertThat(Suggestions.closest("ec2" + "x".repeat(5_000_000), names)).isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(Suggestions.closest("lamda", names)).isEqualTo("lambda");
        assertThat(Suggestions.closest("lambdafunctions", names)).as("a prefix still counts").isEqualTo("lambda");
    }
}
