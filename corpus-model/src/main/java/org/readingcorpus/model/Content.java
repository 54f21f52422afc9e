package org.readingcorpus.model;

import java.util.Objects;

/** What was said, or a quoted stretch that carries no speech ({@link ContentKind#SCARE_QUOTE}). */
public record Content(String id, Span span, ContentKind kind) implements Annotation {
    public Content {
        Ids.require(id, "content");
        Objects.requireNonNull(span, "content span");
        Objects.requireNonNull(kind, "content kind");
    }
}
