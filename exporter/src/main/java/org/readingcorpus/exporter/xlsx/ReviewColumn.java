package org.readingcorpus.exporter.xlsx;

/**
 * The columns of the Review sheet, in order. The import reads them by header name, so the order
 * can change without breaking older sheets; {@code reviewer} marks the columns reviewers fill in.
 */
public enum ReviewColumn {
    ATTRIBUTION_ID("Attribution ID", 14, false),
    DOCUMENT("Document", 22, false),
    CONTEXT("Paragraph", 70, false),
    CONTENT("Content", 50, false),
    KIND("Kind", 12, false),
    CUE("Cue", 16, false),
    SOURCE_MENTION("Source mention", 28, false),
    SPEAKER("Speaker", 24, false),
    SPEAKER_TYPE("Speaker type", 14, false),
    CONFIDENCE("Confidence", 11, false),
    RULE("Rule", 26, false),
    EVIDENCE("Why", 36, false),
    DECISION("Decision", 16, true),
    CORRECT_SPEAKER("Correct speaker", 24, true),
    COMMENT("Comment", 30, true),
    REVIEWER("Reviewer", 14, true);

    private final String header;
    private final int width;
    private final boolean reviewer;

    ReviewColumn(String header, int width, boolean reviewer) {
        this.header = header;
        this.width = width;
        this.reviewer = reviewer;
    }

    public String header() {
        return header;
    }

    /** Width in characters. */
    public int width() {
        return width;
    }

    public boolean isReviewerColumn() {
        return reviewer;
    }
}
