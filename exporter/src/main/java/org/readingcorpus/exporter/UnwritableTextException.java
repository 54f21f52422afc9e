package org.readingcorpus.exporter;

/** A document whose text holds a character a format cannot carry (XML 1.0 forbids most control characters). */
public final class UnwritableTextException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public UnwritableTextException(String message) {
        super(message);
    }
}
