package org.readingcorpus.exporter;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Cue;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Provenance;
import org.readingcorpus.model.Review;
import org.readingcorpus.model.ReviewState;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.SourceMention;
import org.readingcorpus.model.TextSource;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.Speaker;
import org.readingcorpus.model.SpeakerType;

/** Hand-built documents with emoji, CRLF, a quote split by its cue and a reviewed attribution, for the format tests. */
final class SampleDocuments {

    static final String TEXT = "Intro 😀 line.\r\n\"We will win 𝄞 <soon> & more,\" said Ann Lee. \"Soon.\"\r\n"
            + "She called it a \"black swan\".\n";

    private SampleDocuments() {
    }

    static Span span(String covered) {
        int at = TEXT.indexOf(covered);
        return new Span(at, at + covered.length());
    }

    static AnnotatedDocument withEmojiAndCrlf() {
        Document doc = new Document("doc-1", new DocumentMetadata("A title", "The Outlet", null,
                LocalDate.of(2025, 1, 8), "https://example.org/a", "en",
                new TextSource("news/doc 1.txt", "UTF-16LE", true)), TEXT);
        Content quote = new Content("c1", List.of(span("\"We will win 𝄞 <soon> & more,\""), span("\"Soon.\"")),
                ContentKind.DIRECT);
        Content scare = new Content("c2", span("\"black swan\""), ContentKind.SCARE_QUOTE);
        Cue said = new Cue("q1", span("said"), CueKind.VERB);
        SourceMention ann = new SourceMention("m1", span("Ann Lee"), MentionKind.NAME);
        Speaker annLee = new Speaker("s1", "Ann Lee", List.of("Lee"), SpeakerType.PERSON);
        Attribution a1 = new Attribution("a1", "c1", "q1", "m1", "s1", 0.95,
                new Provenance(Rule.QUOTE_THEN_CUE_THEN_SOURCE, "\"said\" after the quote"),
                new Review(ReviewState.ACCEPTED, "rev\tiewer", Instant.parse("2026-11-24T10:15:30Z"), "fine\nline two"));
        Attribution a2 = new Attribution("a2", "c2", null, null, null, 0.6,
                new Provenance(Rule.SCARE_QUOTE, "short"), Review.PENDING);
        return new AnnotatedDocument(doc, List.of(quote, scare), List.of(said), List.of(ann), List.of(annLee),
                List.of(a1, a2));
    }
}
