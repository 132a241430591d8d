package dev.srm.report.workbook;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** The caller owns the stream (it writes to a temporary file and renames it); POI closes what it writes to, so hide it. */
final class KeepOpen extends FilterOutputStream {

    KeepOpen(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
