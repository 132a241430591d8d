package dev.srm.report;

/**
 * One architecture of a batch, for the index workbook: its counts when it was assessed, or the first problem that
 * stopped it ({@code problem} non-null, {@code workbook} null).
 */
public record IndexEntry(
        String file,
        String architecture,
        String workbook,
        int components,
        int inherited,
        int shared,
        int customer,
        int high,
        int medium,
        int low,
        String problem) {

    public static IndexEntry failed(String file, String problem) {
        return new IndexEntry(file, "", null, 0, 0, 0, 0, 0, 0, 0, problem);
    }

    public boolean ok() {
        return problem == null;
    }
}
