package org.readingcorpus.exporter.xlsx;

import java.nio.file.Path;

/** A workbook that cannot be used as a whole; the message names the file and the problem. */
public final class WorkbookFileException extends Exception {

    private static final long serialVersionUID = 1L;

    public WorkbookFileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
