package org.readingcorpus.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Who made a corpus and how: the annotator's name and version and the run's settings. Holds no
 * time stamp, so annotating the same input twice gives the same bytes.
 */
public record CorpusHeader(String annotator, String annotatorVersion, Map<String, String> settings) {
    public CorpusHeader {
        Objects.requireNonNull(annotator, "annotator");
        Objects.requireNonNull(annotatorVersion, "annotator version");
        settings = java.util.Collections.unmodifiableMap(new TreeMap<>(settings));
    }
}
