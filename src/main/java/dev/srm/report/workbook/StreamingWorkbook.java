package dev.srm.report.workbook;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.X000A_NTFS;
import org.apache.commons.compress.archivers.zip.X5455_ExtendedTimestamp;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipShort;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * SXSSF as srm needs it: a window of {@value #WINDOW} rows per sheet, inline strings (a shared-strings table makes writing
 * about three times slower), uncompressed temporary files (compressing them took a fifth of the time), a reproducible
 * plain zip, and row heights that both Excel and LibreOffice show right.
 *
 * <p>Row heights: Excel fits a row to its wrapped text unless the row's height is marked as set by hand
 * ({@code customHeight}); LibreOffice does not fit rows of generated files at all and shows the stored height. So sheets
 * store an estimated height for LibreOffice, and on sheets created with {@link #createSheet(String, boolean)
 * fitRows = true} the hand-set mark is dropped so Excel still fits them exactly. SXSSF always writes the mark with a
 * height, hence the filter in its row writer. Sheets with merged cells keep the mark: Excel does not fit merged cells.
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    static final int WINDOW = 100;

    private final int rowLimit;
    private boolean fitRows;

    StreamingWorkbook() {
        this(SheetBuilder.MAX_ROWS);
    }

    /** A workbook whose sheets hold at most {@code rowLimit} rows (lower than Excel's only in tests of continuation). */
    StreamingWorkbook(int rowLimit) {
        super(null, WINDOW, false, false);
        this.rowLimit = rowLimit;
    }

    int rowLimit() {
        return rowLimit;
    }

    /**
     * A plain, reproducible zip. Plain: POI's default (Zip64 as needed) writes Zip64 data descriptors without Zip64
     * headers, which streaming readers such as java.util.zip.ZipInputStream reject, and a workbook never nears the 4 GB
     * that would need Zip64. Reproducible: without Zip64 every entry would carry the time of writing, so each gets
     * 1980-01-02 00:00 in the default time zone: zip stores local time, so the stored fields are the same everywhere
     * (the day after the zip epoch, so that it is a valid zip time in UTC too and needs no extra time fields). Fastest
     * deflate level: 5,000 components wrote in 9.8 s instead of 11.4 s, for a file a third larger (16.6 MB, not 12.6).
     */
    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        long fixedTime = LocalDateTime.of(1980, 1, 2, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out) {
            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
                entry.setTime(fixedTime);
                // setTime also records the instant in NTFS / extended-timestamp fields, which hold absolute (UTC) times
                // and so differ between time zones: keep only the zone-free DOS date and time.
                for (ZipShort field : new ZipShort[] {X000A_NTFS.HEADER_ID, X5455_ExtendedTimestamp.HEADER_ID}) {
                    if (entry.getExtraField(field) != null) entry.removeExtraField(field);
                }
                super.putArchiveEntry(entry);
            }
        };
        zip.setUseZip64(Zip64Mode.Never);
        zip.setLevel(Deflater.BEST_SPEED);
        return zip;
    }

    SXSSFSheet createSheet(String name, boolean fitRows) {
        this.fitRows = fitRows;
        try {
            return createSheet(name);
        } finally {
            this.fitRows = false;
        }
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new RowWriter(fitRows);
    }

    /** SXSSF's row writer (inline strings), writing through {@link Buffer}. */
    private static final class RowWriter extends SheetDataWriter {

        RowWriter(boolean fitRows) throws IOException {
            super(); // inline strings: no shared-strings table
            ((Buffer) _out).dropMark = fitRows;
        }

        // Deprecated for POI 6, where it is to become protected (an override stays legal) or private (then this breaks
        // at compile time, not silently). It is the only place to put our own writer under SXSSF's.
        @Override
        @SuppressWarnings("deprecation")
        public Writer createWriter(File file) throws IOException {
            return new Buffer(super.createWriter(file));
        }

        /** POI's escaping, written in runs instead of one call per character (most of the time spent writing rows). */
        @Override
        protected void outputEscapedString(String text) throws IOException {
            if (text != null) escape(text, _out);
        }
    }

    /**
     * Writes {@code text} escaped exactly as POI's {@code SheetDataWriter.outputEscapedString} does (a test compares
     * the two): markup characters and line breaks, tabs and no-break spaces as entities, other control characters and
     * the non-characters U+FFFE and U+FFFF as '?' (as XMLBeans does), everything else, surrogates included, as it is.
     */
    static void escape(String text, Writer out) throws IOException {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '>' && c < '\u00A0') continue; // letters and most punctuation: the common case, nothing to replace
            String replacement = replacement(c);
            if (replacement == null) continue;
            if (i > run) out.write(text, run, i - run);
            out.write(replacement);
            run = i + 1;
        }
        if (run < text.length()) out.write(text, run, text.length() - run);
    }

    private static String replacement(char c) {
        switch (c) {
            case '<': return "&lt;";
            case '>': return "&gt;";
            case '&': return "&amp;";
            case '"': return "&quot;";
            case '\n': return "&#xa;";
            case '\r': return "&#xd;";
            case '\t': return "&#x9;";
            case '\u00A0': return "&#xa0;";
            default: return c < ' ' || c >= '\uFFFE' ? "?" : null;
        }
    }

    /**
     * An unsynchronized buffer in front of POI's writer, which drops the {@code customHeight} attribute from row start
     * tags on sheets where Excel should fit rows. POI writes cell text one character at a time, each a synchronized call
     * on its own buffered writer: this buffer alone makes writing a fifth faster.
     *
     * <p>Only a row's start tag can hold {@code  customHeight="}: in cell text a quote is always escaped. Its first
     * character (a space) occurs nowhere else in it, so a failed partial match never hides a real one. The value ("1"
     * here, "true" in other POI versions) is skipped up to its closing quote.
     */
    static final class Buffer extends Writer {

        private static final String MARK = " customHeight=\"";

        private final Writer out;
        private final char[] buffer = new char[16 * 1024];
        private boolean dropMark;
        private int size;
        private int matched;
        private boolean inValue;
        private boolean closed;

        Buffer(Writer out) {
            this.out = out;
        }

        /** A buffer that drops the mark (the unit under test; POI's writers get theirs through {@link RowWriter}). */
        static Buffer droppingMark(Writer out) {
            Buffer buffer = new Buffer(out);
            buffer.dropMark = true;
            return buffer;
        }

        @Override
        public void write(int c) throws IOException {
            if (dropMark) accept((char) c);
            else put((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset; i < offset + length; i++) write(chars[i]);
        }

        /**
         * Copies in bulk up to the next place a mark could start (a space), so that text passes with one copy instead of
         * a call per character; only from a space on does the filter look at each character.
         */
        @Override
        public void write(String text, int offset, int length) throws IOException {
            int end = offset + length;
            if (!dropMark) {
                put(text, offset, end);
                return;
            }
            int i = offset;
            while (i < end) {
                if (matched > 0 || inValue) {
                    accept(text.charAt(i++));
                    continue;
                }
                // Up to the next space no mark can start: copy without matching.
                for (char c; i < end && (c = text.charAt(i)) != ' '; i++) {
                    if (size == buffer.length) drain();
                    buffer[size++] = c;
                }
                if (i < end) accept(text.charAt(i++));
            }
        }

        private void accept(char c) throws IOException {
            if (inValue) {
                if (c == '"') inValue = false;
                return;
            }
            if (c == MARK.charAt(matched)) {
                if (++matched == MARK.length()) {
                    matched = 0;
                    inValue = true;
                }
                return;
            }
            if (matched > 0) {
                releaseHeld();
                if (c == MARK.charAt(0)) {
                    matched = 1;
                    return;
                }
            }
            put(c);
        }

        private void put(char c) throws IOException {
            if (size == buffer.length) drain();
            buffer[size++] = c;
        }

        private void put(String text, int from, int to) throws IOException {
            while (from < to) {
                if (size == buffer.length) drain();
                int count = Math.min(to - from, buffer.length - size);
                text.getChars(from, from + count, buffer, size);
                size += count;
                from += count;
            }
        }

        private void releaseHeld() throws IOException {
            int held = matched;
            matched = 0;
            for (int i = 0; i < held; i++) put(MARK.charAt(i));
        }

        private void drain() throws IOException {
            if (size > 0) out.write(buffer, 0, size);
            size = 0;
        }

        /** Passes on all but a partial match, which the next write completes or releases. */
        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        /** POI closes a sheet's writer more than once; like other writers, only the first close counts. */
        @Override
        public void close() throws IOException {
            if (closed) return;
            closed = true;
            releaseHeld();
            drain();
            out.close();
        }
    }
}
