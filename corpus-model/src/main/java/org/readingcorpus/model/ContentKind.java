package org.readingcorpus.model;

/** How a content reports what was said. */
public enum ContentKind {
    /** Entirely within quote marks. */
    DIRECT,
    /** A paraphrase that carries a quoted fragment. */
    MIXED,
    /** Reported speech without quote marks. */
    INDIRECT,
    /** Quote marks that carry no speech: a term, a title, a nickname, irony. Never attributed. */
    SCARE_QUOTE;

    public boolean isSpeech() {
        return this != SCARE_QUOTE;
    }
}
