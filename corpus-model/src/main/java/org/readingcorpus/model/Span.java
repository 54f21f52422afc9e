package org.readingcorpus.model;

/**
 * A half-open range {@code [begin, end)} of UTF-16 offsets into a document's text.
 *
 * <p>Java strings count UTF-16 units, so the model does too; every file format counts Unicode
 * code points and converts through {@link TextOffsets}, the one place that knows both.
 */
public record Span(int begin, int end) implements Comparable<Span> {

    public Span {
        if (begin < 0) {
            throw new IllegalArgumentException("span begin must be >= 0, got " + begin);
        }
        if (end < begin) {
            throw new IllegalArgumentException("span end " + end + " is before its begin " + begin);
        }
    }

    public int length() {
        return end - begin;
    }

    public boolean isEmpty() {
        return begin == end;
    }

    /** Whether {@code other} lies within this span; an empty span at either edge counts as inside. */
    public boolean contains(Span other) {
        return begin <= other.begin && other.end <= end;
    }

    public boolean contains(int offset) {
        return begin <= offset && offset < end;
    }

    /** Whether the two spans share at least one character; empty spans overlap nothing. */
    public boolean overlaps(Span other) {
        return !isEmpty() && !other.isEmpty() && begin < other.end && other.begin < end;
    }

    /** Whether this span ends at or before {@code other} begins. */
    public boolean precedes(Span other) {
        return end <= other.begin;
    }

    public Span union(Span other) {
        return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
    }

    /** The text this span covers; fails with the offending offsets if it does not fit the text. */
    public String coveredText(String text) {
        requireWithin(text.length());
        return text.substring(begin, end);
    }

    public void requireWithin(int textLength) {
        if (end > textLength) {
            throw new IllegalArgumentException(
                    "span [" + begin + ", " + end + ") lies outside the text of length " + textLength);
        }
    }

    @Override
    public int compareTo(Span other) {
        int byBegin = Integer.compare(begin, other.begin);
        return byBegin != 0 ? byBegin : Integer.compare(other.end, end);
    }

    @Override
    public String toString() {
        return "[" + begin + ", " + end + ")";
    }
}
