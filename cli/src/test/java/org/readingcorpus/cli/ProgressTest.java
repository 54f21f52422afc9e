package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void tellsDocumentsDoneRateAndTimeLeftThenClearsTheLine() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), 4, true, 0);
        progress.step();
        progress.step();
        progress.done();
        String shown = err.toString();
        assertTrue(shown.matches("(?s)\\r1/4 documents, \\d+/s, \\d+s left \\r2/4 documents, \\d+/s, \\d+s left \\r\\u001B\\[K"),
                shown);
    }

    @Test
    void saysNothingWhenNotOnATerminalOrQuiet() {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), 4, false, 0);
        progress.step();
        progress.done();
        assertEquals("", err.toString());
    }
}
