package dev.srm.engine;

/**
 * What srm reads at most from users' rule folders. Real rule sets are far smaller; these stop a mistaken or hostile
 * folder (a 3 GB file, a million-row table, {@code --rules /}) in well under a second, before it costs memory or
 * minutes of compiling. Each is a system property, named in the message that refuses.
 *
 * @param maxFileBytes  bytes of one rule file (.drl, .csv, .xlsx as stored)
 * @param maxFiles      rule files in all given folders together
 * @param maxTableRows  rows of one decision table (.csv lines, .xlsx rows of all sheets)
 * @param maxTableBytes bytes of an .xlsx's parts once unzipped (sheets, shared strings…): a zip bomb stops here
 */
public record RuleLimits(long maxFileBytes, int maxFiles, int maxTableRows, long maxTableBytes) {

    public static final String MAX_FILE_BYTES_PROPERTY = "srm.rules.maxFileBytes";
    public static final String MAX_FILES_PROPERTY = "srm.rules.maxFiles";
    public static final String MAX_TABLE_ROWS_PROPERTY = "srm.rules.maxTableRows";
    public static final String MAX_TABLE_BYTES_PROPERTY = "srm.rules.maxTableBytes";

    /** 4 MiB: ten times the bench's file of 1,000 generated rules (~0.4 MB). */
    static final long DEFAULT_MAX_FILE_BYTES = 4L * 1024 * 1024;
    static final int DEFAULT_MAX_FILES = 1_000;
    /** Every row becomes a rule: a 10,000-row table compiled in 9.5 s and 1.3 GB here (2 cores); a million is not a table. */
    static final int DEFAULT_MAX_TABLE_ROWS = 10_000;
    /** 64 MiB: a 10,000-row table of ten columns unzips to a few MB. */
    static final long DEFAULT_MAX_TABLE_BYTES = 64L * 1024 * 1024;

    public static RuleLimits fromSystemProperties() {
        return new RuleLimits(
                Long.getLong(MAX_FILE_BYTES_PROPERTY, DEFAULT_MAX_FILE_BYTES),
                Integer.getInteger(MAX_FILES_PROPERTY, DEFAULT_MAX_FILES),
                Integer.getInteger(MAX_TABLE_ROWS_PROPERTY, DEFAULT_MAX_TABLE_ROWS),
                Long.getLong(MAX_TABLE_BYTES_PROPERTY, DEFAULT_MAX_TABLE_BYTES));
    }
}
