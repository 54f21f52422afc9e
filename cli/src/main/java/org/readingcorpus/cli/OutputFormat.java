package org.readingcorpus.cli;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** The formats a run writes, each to its own place in the output folder. */
enum OutputFormat {
    XML("corpus.xml"),
    XLSX("review.xlsx"),
    BRAT("brat"),
    TEI("tei"),
    HTML("html");

    /** What {@code annotate} writes. */
    static final Set<OutputFormat> DEFAULTS = Collections.unmodifiableSet(EnumSet.of(XML, XLSX, BRAT));

    private final String fileName;

    OutputFormat(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }
}
