package org.readingcorpus.annotator;

import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Span;

/** A source mention found next to a cue; the token indices are inclusive. */
public record Mention(Span span, MentionKind kind, int firstToken, int lastToken) {
}
