package org.readingcorpus.annotator;

import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * An attribution as a linking rule proposes it, before speakers are resolved. Cue and source may
 * be absent ({@code null}); {@code inheritsSpeakerFrom} points to the proposal whose speaker a
 * continued or unintroduced quote takes.
 */
public record Proposal(
        Span content,
        ContentKind kind,
        Span cue,
        CueKind cueKind,
        Span source,
        MentionKind mentionKind,
        Rule rule,
        double confidence,
        String evidence,
        Proposal inheritsSpeakerFrom) {

    public Proposal withKind(ContentKind newKind) {
        return new Proposal(content, newKind, cue, cueKind, source, mentionKind, rule, confidence, evidence,
                inheritsSpeakerFrom);
    }

    public static Proposal scareQuote(Span quote) {
        return new Proposal(quote, ContentKind.SCARE_QUOTE, null, null, null, null, Rule.SCARE_QUOTE, 0.6,
                "short quote with no reporting verb beside it", null);
    }
}
