package org.readingcorpus.model;

import java.util.Objects;

/** A text exactly as received, with a stable id and its metadata. */
public record Document(String id, DocumentMetadata metadata, String text) {
    public Document {
        Ids.require(id, "document");
        Objects.requireNonNull(metadata, "metadata of document " + id);
        Objects.requireNonNull(text, "text of document " + id);
    }
}
