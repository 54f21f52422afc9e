package org.readingcorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceProfileTest {

    static final String TEXT = "\"We will win,\" Ann Lee said. The Post reported that talks stall. "
            + "A \"black swan\" came. \"Nonsense,\" said Ann Lee. \"Maybe.\" Bo said.";

    static Span span(String part, int from) {
        int at = TEXT.indexOf(part, from);
        return new Span(at, at + part.length());
    }

    static AnnotatedDocument document(String id) {
        List<Content> contents = List.of(
                new Content("c1", span("\"We will win,\"", 0), ContentKind.DIRECT),
                new Content("c2", span("talks stall", 0), ContentKind.INDIRECT),
                new Content("c3", span("\"black swan\"", 0), ContentKind.SCARE_QUOTE),
                new Content("c4", span("\"Nonsense,\"", 0), ContentKind.DIRECT),
                new Content("c5", span("\"Maybe.\"", 0), ContentKind.DIRECT));
        List<Cue> cues = List.of(new Cue("q1", span("said", 0), CueKind.VERB),
                new Cue("q2", span("reported", 0), CueKind.VERB), new Cue("q4", span("said", 90), CueKind.VERB));
        List<SourceMention> mentions = List.of(new SourceMention("m1", span("Ann Lee", 0), MentionKind.NAME),
                new SourceMention("m2", span("The Post", 0), MentionKind.NAME),
                new SourceMention("m4", span("Ann Lee", 90), MentionKind.NAME));
        List<Speaker> speakers = List.of(new Speaker("s1", "Ann Lee", List.of(), SpeakerType.PERSON),
                new Speaker("s2", "The Post", List.of(), SpeakerType.MEDIA_OUTLET),
                new Speaker("s3", "Bo", List.of(), SpeakerType.PERSON));
        Provenance p = new Provenance(Rule.IMPORTED, "");
        List<Attribution> attributions = List.of(
                new Attribution("a1", "c1", "q1", "m1", "s1", 0.9, p, Review.PENDING),
                new Attribution("a2", "c2", "q2", "m2", "s2", 0.8, p, Review.PENDING),
                new Attribution("a3", "c3", null, null, null, 0.6, p, Review.PENDING),
                new Attribution("a4", "c4", "q4", "m4", "s1", 0.9, p, Review.PENDING),
                new Attribution("a5", "c5", null, null, "s3", 0.9, p,
                        new Review(ReviewState.REJECTED, "Ann", Instant.EPOCH, null)));
        return new AnnotatedDocument(new Document(id, DocumentMetadata.EMPTY, TEXT), contents, cues, mentions,
                speakers, attributions);
    }

    @Test
    void countsWhoSpeaksHowAndHowMuchOfTheText() {
        SourceProfile profile = SourceProfile.of(document("d"));
        assertEquals(3, profile.attributions(), "the scare quote and the rejected one do not count");
        assertEquals(2, profile.count(ContentKind.DIRECT));
        assertEquals(1, profile.count(ContentKind.INDIRECT));
        assertEquals(1, profile.count(ContentKind.SCARE_QUOTE));
        assertEquals(2, profile.count(SpeakerType.PERSON));
        assertEquals(1, profile.count(SpeakerType.MEDIA_OUTLET));
        assertEquals(List.of("The Post"), profile.outlets().stream().map(SourceProfile.SpeakerShare::name).toList());
        SourceProfile.SpeakerShare ann = profile.speakers().get(0);
        assertEquals("Ann Lee", ann.name());
        assertEquals(2, ann.attributions());
        assertEquals(List.of("Ann Lee"), ann.presentedAs());
        assertEquals(List.of("said"), ann.cues());
        // words: We will win Ann Lee said The Post reported that talks stall A black swan came Nonsense said Ann Lee Maybe Bo said
        assertEquals(23, profile.words());
        assertEquals(6, profile.attributedWords(), "We will win, talks stall, Nonsense");
    }

    @Test
    void aCorpusProfileFindsTheSpeakersOfSeveralArticles() {
        CorpusProfile corpus = new CorpusProfile();
        corpus.add(SourceProfile.of(document("d1")));
        corpus.add(SourceProfile.of(document("d2")));
        assertEquals(2, corpus.documents());
        assertEquals(6, corpus.attributions());
        List<CorpusProfile.SharedSpeaker> shared = corpus.sharedSpeakers();
        assertEquals(List.of("Ann Lee", "The Post"), shared.stream().map(CorpusProfile.SharedSpeaker::name).toList(),
                "Bo's only attribution was rejected");
        assertEquals(List.of("d1", "d2"), shared.get(0).appearances().stream().map(CorpusProfile.Appearance::documentId).toList());
        assertEquals(new CorpusProfile.CitedOutlet("The Post", 2, 2), corpus.outlets().get(0));
    }
}
