package dev.srm.report;

import java.util.List;

/**
 * One architecture of a batch, for the index workbook: its counts and output file names (one per format, in the index's
 * order of formats) when it was assessed, or the first problem that stopped it ({@code problem} non-null, no outputs).
 */
public record IndexEntry(
        String file,
        String architecture,
        List<String> outputs,
        int components,
        int inherited,
        int shared,
        int customer,
        int high,
        int medium,
        int low,
        String problem) {

    public IndexEntry {
        outputs = List.copyOf(outputs);
    }

    public static IndexEntry failed(String file, String problem) {
        return new IndexEntry(file, "", List.of(), 0, 0, 0, 0, 0, 0, 0, problem);
    }

    public boolean ok() {
        return problem == null;
    }
}
