package org.readingcorpus.model;

/** Where an attribution stands in human review. */
public enum ReviewState {
    /** Not reviewed yet. */
    PENDING,
    /** The content, its source and its speaker are right. */
    ACCEPTED,
    /** There is no attribution here; kept, marked, so the decision is visible. */
    REJECTED,
    /** The speaker was wrong and has been replaced by the reviewer's. */
    CORRECTED,
    /** The attribution is real but a span covers the wrong words; the comment says which. */
    SPAN_FLAGGED,
    /** Quote marks around a term or title: the content became a scare quote without a speaker. */
    NOT_A_QUOTE
}
