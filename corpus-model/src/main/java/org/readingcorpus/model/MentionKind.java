package org.readingcorpus.model;

/** How a source mention refers to its speaker. */
public enum MentionKind {
    /** A proper name, possibly with title and apposition: "U.S. Secretary of State Antony Blinken". */
    NAME,
    /** A personal pronoun: "he", "they". */
    PRONOUN,
    /** A description that points back to a named speaker: "the expert", "the newspaper". */
    DESCRIPTION,
    /** A source the text does not name: "analysts", "a source", "some experts". */
    UNNAMED
}
