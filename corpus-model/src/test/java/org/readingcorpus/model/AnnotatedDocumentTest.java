package org.readingcorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotatedDocumentTest {

    private static final Document DOC = new Document("doc1", DocumentMetadata.EMPTY,
            "\"We will win,\" said Ann Lee. He called it a \"black swan\".");
    private static final Content QUOTE = new Content("c1", span("\"We will win,\""), ContentKind.DIRECT);
    private static final Content SCARE = new Content("c2", span("\"black swan\""), ContentKind.SCARE_QUOTE);
    private static final Cue SAID = new Cue("q1", span("said"), CueKind.VERB);
    private static final SourceMention ANN = new SourceMention("m1", span("Ann Lee"), MentionKind.NAME);
    private static final Speaker ANN_LEE = new Speaker("s1", "Ann Lee", List.of("Lee"), SpeakerType.PERSON);
    private static final Provenance RULE = new Provenance(Rule.QUOTE_THEN_CUE_THEN_SOURCE, "said after quote");

    private static Span span(String covered) {
        int at = DOC.text().indexOf(covered);
        return new Span(at, at + covered.length());
    }

    private static Attribution attribution(String id, String content, String speaker) {
        return new Attribution(id, content, "q1", "m1", speaker, 0.9, RULE, Review.PENDING);
    }

    private static AnnotatedDocument build(List<Content> contents, List<Attribution> attributions) {
        return new AnnotatedDocument(DOC, contents, List.of(SAID), List.of(ANN), List.of(ANN_LEE), attributions);
    }

    @Test
    void acceptsAConsistentDocument() {
        AnnotatedDocument doc = build(List.of(SCARE, QUOTE), List.of(attribution("a1", "c1", "s1")));
        assertEquals(List.of(QUOTE, SCARE), doc.contents(), "sorted by position");
        assertEquals("Ann Lee", ANN.span().coveredText(doc.text()));
        assertEquals(ANN_LEE, doc.speaker("s1").orElseThrow());
    }

    @Test
    void refusesASpanOutsideTheText() {
        Content outside = new Content("c9", new Span(50, 500), ContentKind.DIRECT);
        var e = assertThrows(IllegalArgumentException.class, () -> build(List.of(outside), List.of()));
        assertTrue(e.getMessage().contains("c9") && e.getMessage().contains("[50, 500)"), e.getMessage());
    }

    @Test
    void refusesUnresolvedReferences() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> build(List.of(QUOTE), List.of(attribution("a1", "c1", "s7"))));
        assertTrue(e.getMessage().contains("unknown speaker s7"), e.getMessage());
        var missingContent = assertThrows(IllegalArgumentException.class,
                () -> build(List.of(QUOTE), List.of(attribution("a1", "c5", "s1"))));
        assertTrue(missingContent.getMessage().contains("unknown content c5"), missingContent.getMessage());
    }

    @Test
    void refusesTwoAttributionsOfOneContent() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> build(List.of(QUOTE), List.of(attribution("a1", "c1", "s1"), attribution("a2", "c1", null))));
        assertTrue(e.getMessage().contains("content c1 has two attributions"), e.getMessage());
    }

    @Test
    void refusesASpeakerForAScareQuote() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> build(List.of(SCARE), List.of(attribution("a1", "c2", "s1"))));
        assertTrue(e.getMessage().contains("scare quote"), e.getMessage());
    }

    @Test
    void refusesDuplicateIds() {
        Content twin = new Content("c1", new Span(20, 27), ContentKind.INDIRECT);
        var e = assertThrows(IllegalArgumentException.class, () -> build(List.of(QUOTE, twin), List.of()));
        assertTrue(e.getMessage().contains("id c1 is used twice"), e.getMessage());
    }

    @Test
    void refusesInvalidValuesWithTheirNames() {
        var confidence = assertThrows(IllegalArgumentException.class,
                () -> new Attribution("a1", "c1", null, null, null, 1.5, RULE, Review.PENDING));
        assertTrue(confidence.getMessage().contains("1.5"));
        var id = assertThrows(IllegalArgumentException.class, () -> new Document("bad id", DocumentMetadata.EMPTY, ""));
        assertTrue(id.getMessage().contains("'bad id'"));
        assertThrows(IllegalArgumentException.class, () -> new Review(ReviewState.ACCEPTED, null, null, null));
    }

    @Test
    void derivesIdsFromFileNames() {
        assertEquals("000_91b4c53eb3d063fd", Ids.fromName("000_91b4c53eb3d063fd"));
        assertEquals("Zelenskyi_s_speech", Ids.fromName("Zelens'kyi s speech"));
        assertEquals("Cafe_Muller", Ids.fromName("Café Müller"));
        assertEquals("_.hidden", Ids.fromName(".hidden"));
        assertTrue(Ids.isValid(Ids.fromName("Статья 1")));
    }
}
