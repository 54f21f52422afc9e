package org.readingcorpus.cli;

/** The exit statuses of every command, documented in the README. */
public final class ExitCode {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** An unexpected failure: a bug; the message says what broke. */
    public static final int FAILURE = 1;
    /** The command line is wrong: an unknown option, a missing argument. */
    public static final int USAGE = 2;
    /** The input cannot be used: a missing path, no .txt file, an unreadable or invalid file. */
    public static final int BAD_INPUT = 3;
    /** The output cannot be written: an existing output without --force, a read-only or full disk. */
    public static final int OUTPUT = 4;
    /** The run finished, but some inputs were skipped; each was reported. */
    public static final int SKIPPED = 5;

    private ExitCode() {
    }
}
