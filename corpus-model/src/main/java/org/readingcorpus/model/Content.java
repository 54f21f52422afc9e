package org.readingcorpus.model;

import java.util.List;
import java.util.Objects;

/**
 * What was said, or a quoted stretch that carries no speech ({@link ContentKind#SCARE_QUOTE}).
 * Usually one stretch of text; a quote split by its cue ({@code "We will win," she said, "and soon."})
 * is one content of two fragments, as PolNeAR annotates it. {@link #span()} is the extent, from the
 * first fragment's begin to the last one's end.
 *
 * @param fragments in text order, none empty, none touching or overlapping the next
 */
public record Content(String id, List<Span> fragments, ContentKind kind) implements Annotation {
    public Content {
        Ids.require(id, "content");
        Objects.requireNonNull(fragments, "content fragments");
        Objects.requireNonNull(kind, "content kind");
        fragments = List.copyOf(fragments);
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("content " + id + " has no fragment");
        }
        for (int i = 0; i < fragments.size(); i++) {
            if (fragments.get(i).isEmpty()) {
                throw new IllegalArgumentException("content " + id + ": fragment " + fragments.get(i) + " is empty");
            }
            if (i > 0 && fragments.get(i).begin() <= fragments.get(i - 1).end()) {
                throw new IllegalArgumentException("content " + id + ": fragment " + fragments.get(i)
                        + " does not come after " + fragments.get(i - 1) + " with a gap");
            }
        }
    }

    /** A content of one fragment. */
    public Content(String id, Span span, ContentKind kind) {
        this(id, List.of(Objects.requireNonNull(span, "content span")), kind);
    }

    @Override
    public Span span() {
        return fragments.size() == 1 ? fragments.get(0)
                : new Span(fragments.get(0).begin(), fragments.get(fragments.size() - 1).end());
    }

    /** The fragments' texts joined by {@code separator}. */
    public String coveredText(String text, String separator) {
        StringBuilder out = new StringBuilder();
        for (Span f : fragments) {
            if (out.length() > 0) {
                out.append(separator);
            }
            out.append(f.coveredText(text));
        }
        return out.toString();
    }
}
