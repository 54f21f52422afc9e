package org.readingcorpus.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the {@code corpus} command line in this JVM, with what it printed. */
record CliRun(int exit, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = CorpusCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(exit, out.toString(), err.toString());
    }
}
