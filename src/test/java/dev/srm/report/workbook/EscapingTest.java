package dev.srm.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Random;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.junit.jupiter.api.Test;

/** srm writes cell text in runs; what it writes must stay exactly what POI's own escaping writes. */
class EscapingTest {

    /** POI's escaping, reached through its test constructor (a writer instead of a temporary file). */
    private static final class PoiEscaping extends SheetDataWriter {
        PoiEscaping(Writer out) throws IOException {
            super(out);
        }

        void escape(String text) throws IOException {
            outputEscapedString(text);
            _out.flush();
        }
    }

    private static final String ALPHABET = "ab <>&\"'\n\r\t\u00A0\u0000\u0001\u001F\u007F\uFFFD\uFFFE\uFFFF\uD83D\uDE00\uD800\uDC00é€ ";

    @Test
    void everyCharacterClassEscapesAsPoiDoes() throws IOException {
        Random random = new Random(42);
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            assertThat(ours(text.toString())).as("%s", text).isEqualTo(poi(text.toString()));
        }
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String text = "x" + c + "y";
            assertThat(ours(text)).as("U+%04X", (int) c).isEqualTo(poi(text));
        }
    }

    @Test
    void entitiesAndReplacements() throws IOException {
        assertThat(ours("a<b>&\"c\n\t\r\u00A0\u0001\uFFFF")).isEqualTo("a&lt;b&gt;&amp;&quot;c&#xa;&#x9;&#xd;&#xa0;??");
        assertThat(ours("")).isEmpty();
    }

    @Test
    void bulkWritesGiveWhatCharacterWritesGive() throws IOException {
        String xml = "<row r=\"1\" customHeight=\"1\" ht=\"30.0\"><c><is><t> customHeight=&quot;1&quot; a b  c</t></is></c></row>";
        for (boolean dropMark : new boolean[] {false, true}) {
            for (int chunk = 1; chunk <= xml.length(); chunk++) {
                StringWriter bulk = new StringWriter();
                StringWriter single = new StringWriter();
                try (Writer a = buffer(bulk, dropMark); Writer b = buffer(single, dropMark)) {
                    for (int i = 0; i < xml.length(); i += chunk) a.write(xml, i, Math.min(chunk, xml.length() - i));
                    for (char c : xml.toCharArray()) b.write(c);
                }
                assertThat(bulk.toString()).as("chunks of %d, dropMark %s", chunk, dropMark).isEqualTo(single.toString());
            }
        }
    }

    @Test
    void textLongerThanTheBufferArrivesWhole() throws IOException {
        String text = "word ".repeat(10_000) + "end";
        StringWriter out = new StringWriter();
        try (Writer buffer = StreamingWorkbook.Buffer.droppingMark(out)) {
            buffer.write(text);
        }
        assertThat(out.toString()).isEqualTo(text);
    }

    private static Writer buffer(Writer out, boolean dropMark) {
        return dropMark ? StreamingWorkbook.Buffer.droppingMark(out) : new StreamingWorkbook.Buffer(out);
    }

    private static String ours(String text) throws IOException {
        StringWriter out = new StringWriter();
        StreamingWorkbook.escape(text, out);
        return out.toString();
    }

    private static String poi(String text) throws IOException {
        StringWriter out = new StringWriter();
        new PoiEscaping(out).escape(text);
        return out.toString();
    }
}
