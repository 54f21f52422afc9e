package org.readingcorpus.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.Provenance;
import org.readingcorpus.model.Review;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.Speaker;
import org.readingcorpus.model.SpeakerRegistry;
import org.readingcorpus.model.SpeakerType;

/** The same person across documents is one registry entry, with each document's speaker as a mention. */
class SpeakerRegistryXmlTest {

    @TempDir
    Path dir;

    private static AnnotatedDocument withSpeakers(String id, Speaker... speakers) {
        String text = "\"a\" \"b\" \"c\"";
        List<Content> contents = List.of(new Content("c1", new Span(0, 3), ContentKind.DIRECT),
                new Content("c2", new Span(4, 7), ContentKind.DIRECT), new Content("c3", new Span(8, 11), ContentKind.DIRECT));
        List<Attribution> attributions = new java.util.ArrayList<>();
        for (int i = 0; i < speakers.length; i++) {
            attributions.add(new Attribution("a" + (i + 1), "c" + (i + 1), null, null, speakers[i].id(), 0.9,
                    new Provenance(Rule.IMPORTED, ""), Review.PENDING));
        }
        return new AnnotatedDocument(new Document(id, DocumentMetadata.EMPTY, text), contents, List.of(), List.of(),
                List.of(speakers), attributions);
    }

    @Test
    void mergesTheSamePersonAcrossDocumentsAndLeavesAnonymousSourcesOut() throws Exception {
        AnnotatedDocument one = withSpeakers("one", new Speaker("s1", "Antony Blinken", List.of("Blinken"), SpeakerType.PERSON),
                new Speaker("s2", "analysts", List.of(), SpeakerType.ANONYMOUS));
        AnnotatedDocument two = withSpeakers("two", new Speaker("s1", "The Washington Post", List.of(), SpeakerType.MEDIA_OUTLET),
                new Speaker("s2", "antony  blinken", List.of("Mr. Blinken"), SpeakerType.PERSON));
        Path file = dir.resolve("corpus.xml");
        try (CorpusXmlWriter writer = new CorpusXmlWriter(file, new CorpusHeader("t", "1", Map.of()))) {
            writer.write(one);
            writer.write(two);
            writer.finish();
        }
        Corpus corpus = new CorpusXmlReader().readAll(file);
        List<SpeakerRegistry.Entry> registry = corpus.registry();
        assertEquals(2, registry.size(), registry.toString());
        SpeakerRegistry.Entry blinken = registry.get(0);
        assertEquals("S1", blinken.id());
        assertEquals("Antony Blinken", blinken.name());
        assertEquals(List.of("Blinken", "Mr. Blinken"), blinken.aliases());
        assertEquals(List.of(new SpeakerRegistry.Mention("one", "s1"), new SpeakerRegistry.Mention("two", "s2")),
                blinken.mentions());
        assertEquals(SpeakerType.MEDIA_OUTLET, registry.get(1).type());
    }

    @Test
    void refusesARegistryThatNamesASpeakerTheCorpusDoesNotHold() throws Exception {
        Path file = dir.resolve("corpus.xml");
        try (CorpusXmlWriter writer = new CorpusXmlWriter(file, new CorpusHeader("t", "1", Map.of()))) {
            writer.write(withSpeakers("one", new Speaker("s1", "Ann Lee", List.of(), SpeakerType.PERSON)));
            writer.finish();
        }
        Files.writeString(file, Files.readString(file).replace("speaker=\"s1\"/>", "speaker=\"s9\"/>"));
        var e = assertThrows(CorpusFormatException.class, () -> new CorpusXmlReader().readAll(file));
        assertTrue(e.getMessage().contains("registry entry S1 names speaker s9 of document one"), e.getMessage());
    }
}
