package dev.srm.cli;

/** srm's exit codes, documented in the README. */
public final class ExitCodes {

    public static final int OK = 0;
    /** A bug in srm: an unexpected exception. */
    public static final int INTERNAL_ERROR = 1;
    /** A usage error, an unreadable or invalid input, or an output that cannot be written. */
    public static final int INVALID_INPUT = 2;
    /** Rules failed to load, compile or run, or left a control undecided. */
    public static final int RULES_FAILED = 3;
    /** {@code --fail-on}: a finding of that severity or higher exists. */
    public static final int FINDINGS_THRESHOLD = 4;

    private ExitCodes() {}
}
