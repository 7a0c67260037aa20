package org.skema.cli;

/** Process exit codes, as documented in the README. */
public final class ExitCode {
    /** Done; for solve and check: feasible, every section placed. */
    public static final int OK = 0;
    /** Solved or checked, but hard violations or unplaced sections remain. */
    public static final int INFEASIBLE = 1;
    /** Bad input file or bad command line. */
    public static final int BAD_INPUT = 2;
    /** A bug in Skema; the message says how to get the stack trace. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
