package org.readingcorpus.model;

/** A piece of a document's text that plays a role in an attribution. */
public sealed interface Annotation permits Content, Cue, SourceMention {

    /** Unique within its document. */
    String id();

    Span span();
}
