package org.readingcorpus.cli;

/** A problem the user can fix, reported as one line with an exit code, never as a stack trace. */
public final class UserError extends Exception {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public UserError(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
