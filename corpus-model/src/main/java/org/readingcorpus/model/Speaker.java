package org.readingcorpus.model;

import java.util.List;
import java.util.Objects;

/** An entity that speaks in a document, with every name the document gives it. */
public record Speaker(String id, String canonicalName, List<String> aliases, SpeakerType type) {
    public Speaker {
        Ids.require(id, "speaker");
        if (canonicalName == null || canonicalName.isBlank()) {
            throw new IllegalArgumentException("speaker " + id + " has no canonical name");
        }
        aliases = List.copyOf(aliases);
        Objects.requireNonNull(type, "speaker type");
    }
}
