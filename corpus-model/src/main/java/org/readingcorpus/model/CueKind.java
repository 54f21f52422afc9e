package org.readingcorpus.model;

/** The grammatical shape of a cue. */
public enum CueKind {
    /** A reporting verb: "said", "told", "has learned". */
    VERB,
    /** A phrase: "according to", "in a conversation with", "citing". */
    PHRASE,
    /** Punctuation that introduces speech: a colon. */
    PUNCTUATION
}
