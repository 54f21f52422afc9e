package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.Cue;
import org.readingcorpus.model.Provenance;
import org.readingcorpus.model.Review;
import org.readingcorpus.model.SourceMention;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.Speaker;

/**
 * Turns the finished analysis into the model. Ids are numbered in text order, so annotating the
 * same text again gives the same ids; a cue or mention shared by two attributions is one object.
 * Each attribution's confidence comes from the confidence model as it is built, and one the model
 * withholds (below its threshold) leaves nothing behind.
 */
final class DocumentAssembler {

    private DocumentAssembler() {
    }

    static AnnotatedDocument assemble(Analysis analysis, ConfidenceModel confidence) {
        List<Proposal> proposals = analysis.proposals().stream()
                .sorted(Comparator.comparing(Proposal::content).thenComparing(p -> p.rule().ordinal()))
                .toList();
        ResolvedSpeakers resolved = analysis.speakers();
        List<Speaker> speakers = new ArrayList<>();
        Map<Integer, String> speakerIds = new LinkedHashMap<>();
        List<Content> contents = new ArrayList<>();
        Map<Span, Cue> cues = new LinkedHashMap<>();
        Map<Span, SourceMention> mentions = new LinkedHashMap<>();
        List<Attribution> attributions = new ArrayList<>();
        Span previousContent = null;
        for (Proposal p : proposals) {
            if (p.content().equals(previousContent)) {
                continue; // two rules proposing one content: the first rule in Rule order wins
            }
            previousContent = p.content();
            // built before it is kept, so a withheld proposal leaves no content, cue, mention or speaker behind
            Content content = new Content("c" + (contents.size() + 1), p.fragments(), p.kind());
            Cue cue = p.cue() == null ? null : cues.get(p.cue());
            if (cue == null && p.cue() != null) {
                cue = new Cue("q" + (cues.size() + 1), p.cue(), p.cueKind());
            }
            // a quote that continues a speaker's words points to the mention that named the speaker
            Proposal named = p.source() != null ? p : lender(analysis, p);
            SourceMention mention = named == null ? null : mentions.get(named.source());
            if (mention == null && named != null) {
                mention = new SourceMention("m" + (mentions.size() + 1), named.source(), named.mentionKind());
            }
            Attribution rescored = confidence.rescore(new Attribution("a" + (attributions.size() + 1), content.id(),
                    cue == null ? null : cue.id(), mention == null ? null : mention.id(), null, round(p.confidence()),
                    new Provenance(p.rule(), p.evidence()), Review.PENDING), analysis.text(), content, cue, mention);
            if (!confidence.keeps(rescored, content)) {
                continue;
            }
            contents.add(content);
            if (cue != null) {
                cues.putIfAbsent(p.cue(), cue);
            }
            if (mention != null) {
                mentions.putIfAbsent(named.source(), mention);
            }
            int speakerIndex = resolved.speakerIndex(p);
            String speakerId = null;
            if (speakerIndex >= 0 && p.kind().isSpeech()) {
                speakerId = speakerIds.computeIfAbsent(speakerIndex, i -> {
                    ResolvedSpeakers.Entity e = resolved.entities().get(i);
                    Speaker s = new Speaker("s" + (speakers.size() + 1), e.canonicalName(), e.aliases(), e.type());
                    speakers.add(s);
                    return s.id();
                });
            }
            attributions.add(rescored.withSpeaker(speakerId));
        }
        return new AnnotatedDocument(analysis.document(), contents, List.copyOf(cues.values()),
                List.copyOf(mentions.values()), speakers, attributions);
    }

    /** The proposal, up the chain of quotes continuing one another, whose source names the speaker. */
    private static Proposal lender(Analysis analysis, Proposal p) {
        Proposal lender = p.inheritsSpeakerFrom() == null ? null : analysis.current(p.inheritsSpeakerFrom());
        while (lender != null && lender.source() == null) {
            lender = lender.inheritsSpeakerFrom() == null ? null : analysis.current(lender.inheritsSpeakerFrom());
        }
        return lender;
    }

    private static double round(double confidence) {
        return Math.max(0.0, Math.min(1.0, Math.round(confidence * 100) / 100.0));
    }
}
