package org.readingcorpus.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;

/** The contract every run of the pipeline keeps, replayed on random text with quote marks and cues. */
class AnnotatorContractTest {

    private static final String[] PIECES = {"said", "says", "according to", "told", "he", "The Post", "Ann Lee", ",",
        ".", ":", "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "that", "analysts", "the expert", "\n", "\r\n", " ",
        "😀", "was reported by", "Stressing that", "It is reported by"};

    @Test
    void neverFailsAndKeepsEverySpanInsideTheText() {
        RuleBasedAnnotator annotator = new RuleBasedAnnotator();
        Random random = new Random(20261124L);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(80);
            for (int i = 0; i < n; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextBoolean() ? " " : "");
            }
            Document doc = new Document("d" + round, DocumentMetadata.EMPTY, text.toString());
            AnnotatedDocument annotated = annotator.annotate(doc);
            annotated.contents().forEach(c -> assertTrue(c.span().end() <= doc.text().length()));
            assertEquals(annotated, annotator.annotate(doc), "deterministic");
        }
    }

    @Test
    void findsTheCommonDirectQuotePatterns() {
        RuleBasedAnnotator annotator = new RuleBasedAnnotator();
        String[][] cases = {
            {"\"We will win the war,\" said Ann Lee.", "Ann Lee", "QUOTE_THEN_CUE_THEN_SOURCE"},
            {"“We will win the war,” Ann Lee said.", "Ann Lee", "QUOTE_THEN_SOURCE_THEN_CUE"},
            {"Ann Lee said: “We will win the war.”", "Ann Lee", "SOURCE_CUE_THEN_QUOTE"},
            {"Ann Lee wrote “we will win the war”.", "Ann Lee", "SOURCE_CUE_THEN_QUOTE"},
            {"According to The Washington Post, the talks will start soon.", "The Washington Post", "ACCORDING_TO"},
        };
        for (String[] c : cases) {
            AnnotatedDocument d = annotator.annotate(new Document("d", DocumentMetadata.EMPTY, c[0]));
            assertEquals(1, d.attributions().size(), c[0]);
            var a = d.attributions().get(0);
            assertEquals(c[1], d.speaker(a.speakerId()).orElseThrow().canonicalName(), c[0]);
            assertEquals(c[2], a.provenance().rule().name(), c[0]);
        }
    }

    @Test
    void marksAShortQuoteWithoutACueAsAScareQuote() {
        AnnotatedDocument d = new RuleBasedAnnotator().annotate(new Document("d", DocumentMetadata.EMPTY,
                "Pressure could pave the way for an unexpected \"black swan\" event."));
        assertEquals(1, d.contents().size());
        assertEquals("SCARE_QUOTE", d.contents().get(0).kind().name());
        assertEquals(null, d.attributions().get(0).speakerId());
    }
}
