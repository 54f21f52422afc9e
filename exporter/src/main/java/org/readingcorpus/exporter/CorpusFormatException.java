package org.readingcorpus.exporter;

import java.nio.file.Path;

/** A file that is not a valid corpus; the message names the file and, where known, line and column. */
public final class CorpusFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    public CorpusFormatException(Path file, long line, long column, String problem) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + problem);
    }

    public CorpusFormatException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
