package dev.srm.yaml;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.srm.diagnostics.InvalidInputException;
import dev.srm.diagnostics.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardened YAML reader: what it refuses (hostile or broken input) and exactly what it says, with file, line and
 * column. Every file is named "arch.yaml" in messages, as the CLI names the file the user gave.
 */
class YamlLoaderTest {

    private static final String NAME = "arch.yaml";

    @TempDir
    Path temp;

    private final YamlLoader loader = new YamlLoader();

    // ---- syntax -------------------------------------------------------------------------------------------------

    @Test
    void aSyntaxErrorNamesLineAndColumn() {
        assertProblems("""
                name: Webshop
                  owner: team
                """, "arch.yaml:2:8: YAML syntax error: mapping values are not allowed here"
                + " — check indentation, quoting and the ':' after each key");
    }

    @Test
    void anUnclosedFlowListPointsAtWhereTheParserGaveUp() {
        assertProblems("""
                name: Webshop
                regions: [eu-west-1
                """, "arch.yaml:3:1: YAML syntax error: expected ',' or ']', but got <stream end> (while parsing a flow sequence)"
                + " — check indentation, quoting and the ':' after each key");
    }

    @Test
    void aTabInIndentationIsNamedAsSuch() {
        assertProblems("name: Webshop\ncomponents:\n  - id: web\n\tservice: ec2\n",
                "arch.yaml:4:1: tab character in indentation — indent with spaces, YAML does not allow tabs");
    }

    @Test
    void aDuplicateKeyNamesBothPlaces() {
        assertProblems("""
                name: Webshop
                components:
                  - id: web
                    service: ec2
                    service: rds
                """, "arch.yaml:5:5: duplicate key 'service' (first at line 4, column 5) — remove one of them");
    }

    @Test
    void everyDuplicateKeyOfTheFileIsReportedInOnePass() {
        assertProblems("""
                name: a
                name: b
                owner: x
                owner: y
                """,
                "arch.yaml:2:1: duplicate key 'name' (first at line 1, column 1) — remove one of them",
                "arch.yaml:4:1: duplicate key 'owner' (first at line 3, column 1) — remove one of them");
    }

    @Test
    void moreThanOneDocumentIsRefused() {
        assertProblems("name: a\n---\nname: b\n", "arch.yaml:2:1: YAML syntax error: but found another document"
                + " (expected a single document in the stream) — check indentation, quoting and the ':' after each key");
    }

    @Test
    void mergeKeysAreRefused() {
        assertProblems("""
                base: &base {exposure: private}
                web:
                  <<: *base
                """, "arch.yaml:3:3: merge keys (<<) are not supported — write the fields out");
    }

    // ---- encoding and line ends ---------------------------------------------------------------------------------

    @Test
    void bytesThatAreNotUtf8AreLocated() throws IOException {
        Path file = write(bytes("name: Webshop\nowner: caf", 0xE9, "\n"));
        assertProblemsOf(() -> loader.load(file, NAME), "arch.yaml:2:11: not valid UTF-8 (byte 0xE9) — save the file as UTF-8");
    }

    @Test
    void theColumnOfABadByteCountsCharactersNotBytes() throws IOException {
        // "é" is two bytes in UTF-8 but one character in the user's editor; the bad byte is the 8th character.
        Path file = write(bytes("name: \u00e9", 0xE9, "\n"));
        assertProblemsOf(() -> loader.load(file, NAME), "arch.yaml:1:8: not valid UTF-8 (byte 0xE9) — save the file as UTF-8");
    }

    @Test
    void aUtf8ByteOrderMarkIsAccepted() throws IOException {
        Path file = write(bytes("", 0xEF, 0xBB, 0xBF, "name: Webshop\n"));
        YMap root = (YMap) loader.load(file, NAME);
        assertThat(root.entries()).containsOnlyKeys("name");
        assertThat(root.get("name").position()).hasToString("arch.yaml:1:7");
    }

    @Test
    void windowsLineEndsAreAccepted() throws IOException {
        Path file = write("name: Webshop\r\nowner: team\r\n".getBytes(UTF_8));
        YMap root = (YMap) loader.load(file, NAME);
        assertThat(text(root, "owner")).isEqualTo("team");
        assertThat(root.get("owner").position()).hasToString("arch.yaml:2:8");
    }

    // ---- types and tags -----------------------------------------------------------------------------------------

    /** Instantiated only if a tag could make the reader construct a type. */
    public static final class Canary {
        static volatile int created;

        public Canary() {
            created++;
        }
    }

    @Test
    void aGlobalTagThatNamesAJavaTypeIsRefusedAndNothingIsInstantiated() {
        Canary.created = 0;
        assertProblems("x: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://localhost/\"]]]]\n",
                "arch.yaml:1:4: tags that name types are not allowed (Global tag is not allowed:"
                        + " tag:yaml.org,2002:javax.script.ScriptEngineManager) — srm reads plain data; remove the tag");
        assertProblems("x: !!dev.srm.yaml.YamlLoaderTest$Canary []\n",
                "arch.yaml:1:4: tags that name types are not allowed (Global tag is not allowed:"
                        + " tag:yaml.org,2002:dev.srm.yaml.YamlLoaderTest$Canary) — srm reads plain data; remove the tag");
        assertThat(Canary.created).isZero();
    }

    @Test
    void aLocalTagIsRefused() {
        assertProblems("name: !secret Webshop\n", "arch.yaml:1:7: tag !secret is not allowed — srm reads plain data; remove the tag");
    }

    @Test
    void valuesStayTheTextTheUserWrote() {
        YMap root = (YMap) loader.parse("""
                a: NO
                b: 1.10
                c: yes
                d: 0x1F
                e: 2024-01-01
                f: "quoted"
                g: ~
                h:
                i: null
                j: "null"
                """, NAME);
        assertThat(List.of("a", "b", "c", "d", "e", "f")).map(key -> text(root, key))
                .containsExactly("NO", "1.10", "yes", "0x1F", "2024-01-01", "quoted");
        assertThat(List.of("g", "h", "i")).allSatisfy(key -> assertThat(((YScalar) root.get(key)).plainNull()).isTrue());
        assertThat(((YScalar) root.get("j")).plainNull()).as("a quoted \"null\" is text").isFalse();
    }

    @Test
    void aKeyThatIsNotTextIsRefused() {
        assertProblems("? [a, b]\n: value\n", "arch.yaml:1:3: a key must be plain text, not a list or mapping — write it as 'name: value'");
    }

    // ---- hostile input: bounded time and memory -----------------------------------------------------------------

    @Test
    void aBillionLaughsBombIsRefusedFastNamingTheLimit() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
        long start = System.nanoTime();
        InvalidInputException error = catchInvalid(() -> loader.parse(bomb, NAME));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        // Counted without expanding, and pointed at the smallest list that alone is over the limit (g: 9^7 "lol"s).
        assertThat(error.problems()).extracting(Problem::format).containsExactly("arch.yaml:7:4: this list holds 5380840 values"
                + " once aliases are expanded, more than the limit of 2000000 — this looks like an alias bomb;"
                + " if the file is genuine, raise the limit with -Dsrm.yaml.maxNodes=N");
    }

    @Test
    void tooManyAliasesAreRefusedBeforeExpansion() {
        StringBuilder yaml = new StringBuilder("a: &a [x]\nb: [");
        for (int i = 0; i < 101; i++) yaml.append(i == 0 ? "" : ",").append("*a");
        yaml.append("]\n");
        long start = System.nanoTime();
        assertProblems(yaml.toString(), "arch.yaml:2:305: more than 100 aliases of lists or mappings"
                + " — this looks like an alias bomb; if the file is genuine, raise the limit with -Dsrm.yaml.maxAliases=N");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aRecursiveAliasIsRefused() {
        assertProblems("a: &a\n  b: *a\n", "arch.yaml:1:4: recursive alias — an anchor must not contain an alias to itself");
        assertProblems("a: &a [*a]\n", "arch.yaml:1:4: recursive alias — an anchor must not contain an alias to itself");
    }

    @Test
    void deepNestingIsRefusedNamingTheLimit() {
        String deep = "x: " + "[".repeat(200) + "]".repeat(200) + "\n";
        // The root mapping is the first level, so the 50th '[' (column 3 + 50) is the 51st.
        assertProblems(deep, "arch.yaml:1:53: nesting deeper than 50 levels"
                + " — flatten the document, or raise the limit with -Dsrm.yaml.maxDepth=N");
    }

    @Test
    void deepBlockNestingIsRefusedToo() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 80; i++) deep.append("  ".repeat(i)).append("k:\n");
        deep.append("  ".repeat(80)).append("v\n");
        assertProblems(deep.toString(), "arch.yaml:51:101: nesting deeper than 50 levels"
                + " — flatten the document, or raise the limit with -Dsrm.yaml.maxDepth=N");
    }

    @Test
    void aTooLargeFileIsRefusedBeforeReadingItNamingTheLimit() throws IOException {
        YamlLoader small = new YamlLoader(new YamlLimits(100, 100, 50, 2_000_000));
        Path file = write(("name: " + "x".repeat(194) + "\n").getBytes(UTF_8));
        assertProblemsOf(() -> small.load(file, NAME), "arch.yaml: file is 201 bytes, more than the limit of 100 bytes"
                + " — split it, or raise the limit with -Dsrm.yaml.maxBytes=N");
    }

    @Test
    void theDefaultLimitsAreGenerousForArchitecturesAndTightForBombs() {
        YamlLimits limits = YamlLimits.defaults();
        assertThat(limits.maxBytes()).isEqualTo(8L * 1024 * 1024);
        assertThat(limits.maxAliases()).isEqualTo(100);
        assertThat(limits.maxDepth()).isEqualTo(50);
        assertThat(limits.maxNodes()).isEqualTo(2_000_000);
        assertThat(limits.maxLineLength()).isEqualTo(100_000);
    }

    // ---- files --------------------------------------------------------------------------------------------------

    @Test
    void anEmptyFileOrOneWithOnlyCommentsHoldsNoDocument() throws IOException {
        assertThat(loader.load(write(new byte[0]), NAME)).isNull();
        assertThat(loader.load(write("# nothing yet\n\n".getBytes(UTF_8)), NAME)).isNull();
        assertThat(loader.load(write(bytes("", 0xEF, 0xBB, 0xBF, "")), NAME)).as("only a byte order mark").isNull();
    }

    @Test
    void aDirectoryIsNotAFile() {
        assertProblemsOf(() -> loader.load(temp, NAME), "arch.yaml: is a directory, not a file — give the path of a YAML file");
    }

    @Test
    void aMissingFileIsNamed() {
        assertProblemsOf(() -> loader.load(temp.resolve("nope.yaml"), NAME), "arch.yaml: no such file — check the path");
    }

    @Test
    void aLoadedDocumentCarriesTheSha256OfItsBytes() throws IOException {
        Path file = write("name: x\n".getBytes(UTF_8));
        YamlLoader.Document document = loader.loadDocument(file, NAME);
        assertThat(document.sha256()).isEqualTo("a2a79ea37edb1963efaae29281523ab441a8a99df048d204f22f3f413e325afc");
        assertThat(document.root()).isInstanceOf(YMap.class);
    }

    @Test
    void positionsAreOneBasedAndPointAtKeysAndValues() {
        YMap root = (YMap) loader.parse("""
                name: Webshop
                components:
                  - id: web
                """, NAME);
        assertThat(root.position()).hasToString("arch.yaml:1:1");
        assertThat(root.entries().get("components").key().position()).hasToString("arch.yaml:2:1");
        YSeq components = (YSeq) root.get("components");
        assertThat(components.items().get(0).position()).hasToString("arch.yaml:3:5");
        assertThat(((YMap) components.items().get(0)).get("id").position()).hasToString("arch.yaml:3:9");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private void assertProblems(String yaml, String... expected) {
        assertProblemsOf(() -> loader.parse(yaml, NAME), expected);
    }

    private static void assertProblemsOf(ThrowingCallable call, String... expected) {
        assertThat(catchInvalid(call).problems()).extracting(Problem::format).containsExactly(expected);
    }

    private static InvalidInputException catchInvalid(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(InvalidInputException.class);
        return (InvalidInputException) thrown;
    }

    private Path write(byte[] content) throws IOException {
        Path file = Files.createTempFile(temp, "arch", ".yaml");
        Files.write(file, content);
        return file;
    }

    /** Text, then raw bytes (ints), then text: for files that are not (only) valid UTF-8. */
    private static byte[] bytes(String before, Object... rest) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(UTF_8));
        for (Object part : rest) {
            if (part instanceof Integer b) out.write(b);
            else out.writeBytes(((String) part).getBytes(UTF_8));
        }
        return out.toByteArray();
    }

    private static String text(YMap map, String key) {
        return ((YScalar) map.get(key)).text();
    }
}
