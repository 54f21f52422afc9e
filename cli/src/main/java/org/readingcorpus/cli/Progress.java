package org.readingcorpus.cli;

import java.io.PrintWriter;

/** Documents done, rate and time left on stderr, only when stderr is a terminal and not --quiet. */
final class Progress {

    private static final long INTERVAL_NANOS = 500_000_000L;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final long intervalNanos;
    private final long start = System.nanoTime();
    private long lastPrint;
    private int done;

    Progress(PrintWriter err, int total, boolean quiet) {
        this(err, total, !quiet && System.console() != null, INTERVAL_NANOS);
    }

    /** A progress line every {@code intervalNanos} when {@code enabled}. */
    Progress(PrintWriter err, int total, boolean enabled, long intervalNanos) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
        this.intervalNanos = intervalNanos;
    }

    void step() {
        done++;
        long now = System.nanoTime();
        if (enabled && now - lastPrint >= intervalNanos) {
            lastPrint = now;
            double seconds = (now - start) / 1e9;
            double rate = done / Math.max(seconds, 1e-9);
            long left = Math.round((total - done) / Math.max(rate, 1e-9));
            err.printf("\r%d/%d documents, %.0f/s, %ds left ", done, total, rate, left);
            err.flush();
        }
    }

    void done() {
        if (enabled && lastPrint != 0) {
            err.print("\r\033[K");
            err.flush();
        }
    }
}
