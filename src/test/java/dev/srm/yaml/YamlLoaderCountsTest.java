package dev.srm.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the reader counts while it parses (components, values as written) and the texts no output can hold (lone
 * surrogates), each refused with its position and the option that raises the limit.
 */
class YamlLoaderCountsTest {

    private static final String NAME = "arch.yaml";
    private static final int DEFAULT_LINE = YamlLimits.DEFAULT_MAX_LINE_LENGTH;

    @TempDir
    Path temp;

    private static YamlLoader loader(int maxNodes, int maxComponents) {
        return new YamlLoader(new YamlLimits(1_000_000, 100, 50, maxNodes, DEFAULT_LINE, maxComponents));
    }

    private static List<String> problems(YamlLoader loader, String yaml) {
        InvalidInputException error = catchThrowableOfType(() -> loader.parse(yaml, NAME), InvalidInputException.class);
        assertThat(error).as("refused").isNotNull();
        return error.problems().stream().map(Problem::format).toList();
    }

    @Test
    void theDefaultComponentLimitIsTwentyThousand() {
        assertThat(YamlLimits.defaults().maxComponents()).isEqualTo(20_000);
    }

    @Test
    void componentsOverTheLimitAreRefusedAtTheKeyNamingTheOption() {
        String yaml = "name: x\ncomponents:\n" + "  - {id: a, service: ec2}\n".repeat(4);
        assertThat(problems(loader(1000, 3), yaml)).containsExactly("arch.yaml:2:1: more than 3 components, the limit"
                + " — split the architecture into several files, or raise the limit with -Dsrm.yaml.maxComponents=N");
        assertThat(loader(1000, 4).parse(yaml, NAME)).isNotNull();
    }

    @Test
    void componentsAreCountedBeforeTheRestOfTheFileIsRead() {
        // A syntax error after the fourth component is never reached: the count stops the parser first.
        String yaml = "name: x\ncomponents:\n" + "  - {id: a, service: ec2}\n".repeat(4) + "  - [unclosed\n";
        assertThat(problems(loader(1000, 3), yaml)).singleElement().asString().startsWith("arch.yaml:2:1: more than 3 components");
    }

    @Test
    void flowListsOfComponentsAndNestedListsCountOnlyTheComponents() {
        String flow = "name: x\ncomponents: [{id: a, service: ec2, data: [{name: d1}, {name: d2}, {name: d3}]}, {id: b, service: ec2}]\n";
        assertThat(loader(1000, 2).parse(flow, NAME)).isNotNull();
        assertThat(problems(loader(1000, 1), flow)).singleElement().asString().startsWith("arch.yaml:2:1: more than 1 components");
        // A 'components' key below the root is some other field's value, not the architecture's components.
        String nested = "name: x\norganization:\n  components: [a, b, c]\ncomponents: []\n";
        assertThat(loader(1000, 1).parse(nested, NAME)).isNotNull();
    }

    @Test
    void manyPlainValuesAreRefusedAsTooManyValuesNotAsAnAliasBomb() {
        String yaml = "name: x\nlist: [" + "a, ".repeat(200) + "a]\n";
        // Values: the root mapping, 'name', 'x', 'list', the list, then its items: the 96th item is the 101st value.
        assertThat(problems(loader(100, 1000), yaml)).containsExactly("arch.yaml:2:" + (8 + 95 * 3)
                + ": more than 100 values in the file, the limit — split the file, or raise the limit with -Dsrm.yaml.maxNodes=N");
    }

    @Test
    void valuesMultipliedByAliasesAreStillCalledAnAliasBomb() {
        String yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b]\n";
        assertThat(problems(loader(100, 1000), yaml)).containsExactly("arch.yaml:2:4: this list holds 111 values once aliases"
                + " are expanded, more than the limit of 100 — this looks like an alias bomb; if the file is genuine, raise"
                + " the limit with -Dsrm.yaml.maxNodes=N");
    }

    @Test
    void aLoneSurrogateEscapeIsRefusedWhereItStands() {
        YamlLoader loader = new YamlLoader();
        assertThat(problems(loader, "name: \"bad \\ud800 surrogate\"\nowner: 'fine'\n\"\\udc01\": x\n")).containsExactly(
                "arch.yaml:1:7: \"\\ud800\" is half of a UTF-16 surrogate pair, not a character — write the character"
                        + " itself, or its code point as one escape (\\U0001F600 for U+1F600)",
                "arch.yaml:3:1: \"\\udc01\" is half of a UTF-16 surrogate pair, not a character — write the character"
                        + " itself, or its code point as one escape (\\U0001F600 for U+1F600)");
        // Two halves in order are one character.
        YMap ok = (YMap) loader.parse("name: \"\\ud83d\\ude00\"\n", NAME);
        assertThat(((YScalar) ok.get("name")).text()).isEqualTo("\uD83D\uDE00");
    }

    @Test
    void loneSurrogateFindsOnlyUnpairedHalves() {
        assertThat(YamlLoader.loneSurrogate("plain")).isEqualTo(-1);
        assertThat(YamlLoader.loneSurrogate("\uD83D\uDE00")).isEqualTo(-1);
        assertThat(YamlLoader.loneSurrogate("a\uD83D")).isEqualTo(1);
        assertThat(YamlLoader.loneSurrogate("\uDE00\uD83D")).isZero();
        assertThat(YamlLoader.loneSurrogate("\uD83D\uDE00\uDE00")).isEqualTo(2);
    }

    @Test
    void aNamedPipeIsNotOpened() throws Exception {
        Path fifo = temp.resolve("pipe.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        InvalidInputException error = catchThrowableOfType(() -> new YamlLoader().load(fifo, NAME), InvalidInputException.class);
        assertThat(error.problems()).extracting(Problem::format)
                .containsExactly("arch.yaml: is not a regular file (a named pipe) — give the path of a YAML file");
        assertThat(Files.exists(fifo)).isTrue();
    }
}
