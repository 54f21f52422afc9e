package org.readingcorpus.model;

import java.util.Objects;

/** The words that signal an attribution. */
public record Cue(String id, Span span, CueKind kind) implements Annotation {
    public Cue {
        Ids.require(id, "cue");
        Objects.requireNonNull(span, "cue span");
        Objects.requireNonNull(kind, "cue kind");
    }
}
