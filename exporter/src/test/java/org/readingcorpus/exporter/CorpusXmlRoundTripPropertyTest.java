package org.readingcorpus.exporter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.exporter.xml.CorpusXmlWriter;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Corpus;
import org.readingcorpus.model.CorpusHeader;
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
import org.readingcorpus.model.Span;
import org.readingcorpus.model.Speaker;
import org.readingcorpus.model.SpeakerType;
import org.readingcorpus.model.TextSource;

/**
 * Write, read, write: the same bytes, for generated documents with non-BMP characters, every line
 * end, XML's special characters, contents of several fragments and reviewed attributions.
 * {@code -Dproperty.documents=N} for a longer run.
 */
class CorpusXmlRoundTripPropertyTest {

    private static final String[] PIECES = {"word", "Ann Lee", " ", " ", "\n", "\r\n", "\r", "\t", "😀", "𝄞", "<", ">",
        "&", "\"", "'", "“", "”", "é", "ß", "中文", "␛", "]]>", "said", ",", "."};

    @TempDir
    Path dir;

    @Test
    void writingWhatWasReadGivesTheSameBytes() throws Exception {
        Random random = new Random(Long.getLong("property.seed", 20261125L));
        int count = Integer.getInteger("property.documents", 300);
        List<AnnotatedDocument> documents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            documents.add(generated(random, i));
        }
        CorpusHeader header = new CorpusHeader("property test", "1", Map.of("seed", "fixed", "odd value", "<&\"\t>"));
        Path first = write(header, documents, "first.xml");
        Corpus back = new CorpusXmlReader().readAll(first);
        assertEquals(documents, back.documents(), "read back equal");
        assertEquals(header, back.header());
        Path second = write(back.header(), back.documents(), "second.xml");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    private Path write(CorpusHeader header, List<AnnotatedDocument> documents, String name) throws IOException {
        Path file = dir.resolve(name);
        try (CorpusXmlWriter writer = new CorpusXmlWriter(file, header)) {
            for (AnnotatedDocument d : documents) {
                writer.write(d);
            }
            writer.finish();
        }
        return file;
    }

    static AnnotatedDocument generated(Random random, int n) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(60);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        String t = text.toString();
        List<Integer> boundaries = boundaries(t);
        List<Content> contents = new ArrayList<>();
        List<Cue> cues = new ArrayList<>();
        List<SourceMention> mentions = new ArrayList<>();
        List<Speaker> speakers = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        // walk the text left to right, cutting disjoint spans at code point boundaries
        int at = 0;
        while (at + 3 < boundaries.size() && contents.size() < 8) {
            int a = boundaries.get(at + random.nextInt(2));
            int b = boundaries.get(at + 2);
            String k = String.valueOf(contents.size() + 1);
            if (random.nextBoolean() && at + 5 < boundaries.size()) {
                contents.add(new Content("c" + k, List.of(new Span(a, b),
                        new Span(boundaries.get(at + 3), boundaries.get(at + 4))), ContentKind.DIRECT));
                at += 5;
            } else {
                contents.add(new Content("c" + k, new Span(a, b), ContentKind.values()[random.nextInt(4)]));
                at += 3;
            }
            Content c = contents.get(contents.size() - 1);
            boolean speech = c.kind().isSpeech();
            String cueId = null;
            String mentionId = null;
            String speakerId = null;
            if (speech && at + 2 < boundaries.size()) {
                cues.add(new Cue("q" + k, new Span(boundaries.get(at), boundaries.get(at + 1)), CueKind.VERB));
                mentions.add(new SourceMention("m" + k, new Span(boundaries.get(at + 1), boundaries.get(at + 2)),
                        MentionKind.values()[random.nextInt(MentionKind.values().length)]));
                speakers.add(new Speaker("s" + k, "Name <" + k + "> & 😀", List.of("alias\t" + k),
                        SpeakerType.values()[random.nextInt(SpeakerType.values().length)]));
                cueId = "q" + k;
                mentionId = "m" + k;
                speakerId = "s" + k;
                at += 2;
            }
            Review review = random.nextBoolean() ? Review.PENDING : new Review(ReviewState.values()[random.nextInt(
                    ReviewState.values().length)], "rev\r\nname", Instant.ofEpochSecond(1_700_000_000L + n), "ok & <fine>\r",
                    speakerId != null && random.nextBoolean() ? speakerId : null);
            attributions.add(new Attribution("a" + k, c.id(), cueId, mentionId, speakerId,
                    random.nextInt(101) / 100.0, new Provenance(Rule.values()[random.nextInt(Rule.values().length)],
                    "because \"" + k + "\"\n"), review));
        }
        List<Integer> controls = new ArrayList<>();
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '␛') {
                controls.add(i);
            }
        }
        DocumentMetadata metadata = new DocumentMetadata("Title " + n + " <&>", random.nextBoolean() ? "Outlet" : null,
                null, random.nextBoolean() ? LocalDate.of(2024, 1 + n % 12, 1 + n % 28) : null, null, "en",
                new TextSource("in/" + n + " é.txt", "UTF-8", random.nextBoolean(), controls));
        return new AnnotatedDocument(new Document("d" + n, metadata, t), contents, cues, mentions, speakers,
                attributions);
    }

    /** Offsets where a code point starts, and the end. */
    private static List<Integer> boundaries(String text) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            out.add(i);
        }
        out.add(text.length());
        return out;
    }
}
