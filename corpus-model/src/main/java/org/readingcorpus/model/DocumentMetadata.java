package org.readingcorpus.model;

import java.time.LocalDate;

/** What is known about a document besides its text. Every field is optional ({@code null}). */
public record DocumentMetadata(
        String title, String outlet, String author, LocalDate publicationDate, String url, String language,
        TextSource source) {

    public static final DocumentMetadata EMPTY = new DocumentMetadata(null, null, null, null, null, null, null);

    public DocumentMetadata withSource(TextSource newSource) {
        return new DocumentMetadata(title, outlet, author, publicationDate, url, language, newSource);
    }
}
