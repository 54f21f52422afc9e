package org.readingcorpus.annotator;

import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Span;

/**
 * A cue found in the text. {@code firstToken} and {@code lastToken} index the analysis' tokens;
 * {@code strong} marks verbs that introduce speech in nearly every use ("said", "told").
 */
public record CueMatch(Span span, CueKind kind, String lemma, int firstToken, int lastToken, boolean strong) {

    public boolean isAccordingTo() {
        return "according to".equals(lemma);
    }
}
