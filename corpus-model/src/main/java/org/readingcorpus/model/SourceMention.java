package org.readingcorpus.model;

import java.util.Objects;

/** The words in the text that name the source of an attribution. */
public record SourceMention(String id, Span span, MentionKind kind) implements Annotation {
    public SourceMention {
        Ids.require(id, "source mention");
        Objects.requireNonNull(span, "source mention span");
        Objects.requireNonNull(kind, "source mention kind");
    }
}
