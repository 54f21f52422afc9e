package org.readingcorpus.exporter.xlsx;

/**
 * The columns of the Review sheet, in order. The import finds them by header name, so a reviewer
 * who moves a column loses nothing; reviewers fill in the {@link Role#REVIEWER} columns only, the
 * others are protected against accidental edits.
 */
public enum ReviewColumn {
    ATTRIBUTION_ID("Attribution ID", 13, Role.MACHINE),
    DOCUMENT("Document", 18, Role.MACHINE),
    CONTEXT("Paragraph", 70, Role.MACHINE),
    CONTENT("Content", 45, Role.MACHINE),
    KIND("Kind", 11, Role.MACHINE),
    CUE("Cue", 14, Role.MACHINE),
    SOURCE_MENTION("Source mention", 24, Role.MACHINE),
    SPEAKER("Speaker", 22, Role.MACHINE),
    SPEAKER_TYPE("Speaker type", 14, Role.MACHINE),
    CONFIDENCE("Confidence", 11, Role.MACHINE),
    RULE("Rule", 24, Role.MACHINE),
    EVIDENCE("Why", 32, Role.MACHINE),
    DECISION("Decision", 15, Role.REVIEWER),
    CORRECT_SPEAKER("Correct speaker", 24, Role.REVIEWER),
    NEW_SPEAKER_TYPE("New speaker type", 15, Role.REVIEWER),
    COMMENT("Comment", 30, Role.REVIEWER),
    REVIEWER("Reviewer", 14, Role.REVIEWER),
    /** What the row was made from, so the import can tell a sheet from another run. */
    FINGERPRINT("Fingerprint", 18, Role.HIDDEN);

    /** Who writes a column. */
    public enum Role {
        /** Written by the annotator, locked. */
        MACHINE,
        /** Filled in by the reviewer. */
        REVIEWER,
        /** Written by the annotator for the import, locked and hidden. */
        HIDDEN
    }

    private final String header;
    private final int width;
    private final Role role;

    ReviewColumn(String header, int width, Role role) {
        this.header = header;
        this.width = width;
        this.role = role;
    }

    public String header() {
        return header;
    }

    /** Width in characters. */
    public int width() {
        return width;
    }

    public Role role() {
        return role;
    }

    public boolean isReviewerColumn() {
        return role == Role.REVIEWER;
    }

    /** Spreadsheet letters of the column: A, B, … */
    public String letter() {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(ordinal());
    }
}
