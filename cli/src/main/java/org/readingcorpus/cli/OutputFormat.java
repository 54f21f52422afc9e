package org.readingcorpus.cli;

/** The formats a run writes, each to its own place in the output folder. */
enum OutputFormat {
    XML("corpus.xml"),
    XLSX("review.xlsx"),
    BRAT("brat");

    private final String fileName;

    OutputFormat(String fileName) {
        this.fileName = fileName;
    }

    String fileName() {
        return fileName;
    }
}
