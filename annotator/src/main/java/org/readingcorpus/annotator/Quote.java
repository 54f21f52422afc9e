package org.readingcorpus.annotator;

import org.readingcorpus.model.Span;

/**
 * A stretch of text between quote marks. {@code outer} includes the marks, {@code inner} does not.
 * A quote left open at the end of its paragraph ends there ({@code closed} is false); one that
 * opens a paragraph while the previous paragraph's quote was left open continues that quote.
 */
public record Quote(Span outer, Span inner, int depth, boolean closed, boolean continuesPrevious) {

    public boolean isNested() {
        return depth > 0;
    }
}
