package org.readingcorpus.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Documents with their annotations, and the settings of the run that made them. */
public record Corpus(CorpusHeader header, List<AnnotatedDocument> documents) {
    public Corpus {
        Objects.requireNonNull(header, "header");
        documents = List.copyOf(documents);
        Set<String> ids = new HashSet<>();
        for (AnnotatedDocument d : documents) {
            if (!ids.add(d.id())) {
                throw new IllegalArgumentException("document id " + d.id() + " is used twice in the corpus");
            }
        }
    }
}
