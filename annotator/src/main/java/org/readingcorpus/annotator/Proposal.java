package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.List;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * An attribution as a linking rule proposes it, before speakers are resolved. Cue and source may
 * be absent ({@code null}); {@code inheritsSpeakerFrom} points to the proposal whose speaker a
 * continued or unintroduced quote takes. {@code content} is the extent of the content and
 * {@code fragments} its pieces: one, or more where a cue splits a quote.
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
        Proposal inheritsSpeakerFrom,
        List<Span> fragments) {

    public Proposal {
        fragments = List.copyOf(fragments);
    }

    /** A proposal whose content is one stretch of text. */
    public Proposal(Span content, ContentKind kind, Span cue, CueKind cueKind, Span source, MentionKind mentionKind,
            Rule rule, double confidence, String evidence, Proposal inheritsSpeakerFrom) {
        this(content, kind, cue, cueKind, source, mentionKind, rule, confidence, evidence, inheritsSpeakerFrom,
                List.of(content));
    }

    /** This proposal with {@code rest}'s content as further fragments: one quote, split by its cue. */
    public Proposal joinedWith(Proposal rest, String why) {
        List<Span> joined = new ArrayList<>(fragments);
        joined.addAll(rest.fragments());
        return new Proposal(content.union(rest.content()), kind, cue, cueKind, source, mentionKind, rule, confidence,
                evidence + "; " + why, inheritsSpeakerFrom, joined);
    }

    public Proposal withKind(ContentKind newKind) {
        return new Proposal(content, newKind, cue, cueKind, source, mentionKind, rule, confidence, evidence,
                inheritsSpeakerFrom, fragments);
    }

    public Proposal withCue(Span newCue) {
        return new Proposal(content, kind, newCue, cueKind, source, mentionKind, rule, confidence, evidence,
                inheritsSpeakerFrom, fragments);
    }

    /** This proposal with a shorter source, and why. */
    public Proposal withSource(Span newSource, String why) {
        return new Proposal(content, kind, cue, cueKind, newSource, mentionKind, rule, confidence, evidence + "; " + why,
                inheritsSpeakerFrom, fragments);
    }

    /** This proposal naming no source, and why. */
    public Proposal withoutSource(String why) {
        return new Proposal(content, kind, cue, cueKind, null, null, rule, confidence, evidence + "; " + why,
                inheritsSpeakerFrom, fragments);
    }

    public static Proposal scareQuote(Span quote) {
        return new Proposal(quote, ContentKind.SCARE_QUOTE, null, null, null, null, Rule.SCARE_QUOTE, 0.6,
                "short quote with no reporting verb beside it", null);
    }
}
