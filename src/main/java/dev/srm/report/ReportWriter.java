package dev.srm.report;

import dev.srm.responsibility.Assessment;
import java.io.IOException;
import java.io.OutputStream;

/** Writes an assessment in one output format. Writers never close {@code out}; the caller owns it. */
public interface ReportWriter {

    void write(Assessment assessment, OutputStream out) throws IOException;
}
