package org.readingcorpus.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Documents with their annotations, the settings of the run that made them, and the speakers
 * that recur across documents ({@link SpeakerRegistry}).
 */
public record Corpus(CorpusHeader header, List<AnnotatedDocument> documents, List<SpeakerRegistry.Entry> registry) {
    public Corpus {
        Objects.requireNonNull(header, "header");
        documents = List.copyOf(documents);
        registry = List.copyOf(registry);
        Set<String> ids = new HashSet<>();
        for (AnnotatedDocument d : documents) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("document id " + d.id() + " is used twice in the corpus");
            }
        }
    }
}
