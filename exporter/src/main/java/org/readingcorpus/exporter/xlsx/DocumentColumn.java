package org.readingcorpus.exporter.xlsx;

/** The columns of the Documents sheet: metadata and counts, and the text's checksum the import checks. */
public enum DocumentColumn {
    DOCUMENT("Document", 18),
    TITLE("Title", 40),
    OUTLET("Outlet", 18),
    AUTHOR("Author", 18),
    PUBLISHED("Published", 12),
    URL("URL", 30),
    SOURCE_FILE("Source file", 24),
    CHARACTERS("Characters", 11),
    ATTRIBUTIONS("Attributions", 12),
    DIRECT("Direct", 8),
    MIXED("Mixed", 8),
    INDIRECT("Indirect", 9),
    SCARE_QUOTES("Scare quotes", 9),
    SPEAKERS("Speakers", 9),
    REVIEWED("Reviewed", 9),
    CHECKSUM("Text SHA-256", 20);

    private final String header;
    private final int width;

    DocumentColumn(String header, int width) {
        this.header = header;
        this.width = width;
    }

    public String header() {
        return header;
    }

    int width() {
        return width;
    }
}
