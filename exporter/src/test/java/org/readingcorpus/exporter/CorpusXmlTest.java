package org.readingcorpus.exporter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.exporter.xml.CorpusXmlWriter;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Corpus;
import org.readingcorpus.model.CorpusHeader;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;

class CorpusXmlTest {

    private static final CorpusHeader HEADER = new CorpusHeader("test", "1", Map.of("b", "2", "a", "1"));

    @TempDir
    Path dir;

    private Path write(List<AnnotatedDocument> docs, String name) throws IOException {
        Path file = dir.resolve(name);
        try (CorpusXmlWriter writer = new CorpusXmlWriter(file, HEADER)) {
            for (AnnotatedDocument d : docs) {
                writer.write(d);
            }
            writer.finish();
        }
        return file;
    }

    @Test
    void writesValidXmlThatReadsBackEqualWithCodePointOffsets() throws Exception {
        AnnotatedDocument doc = SampleDocuments.withEmojiAndCrlf();
        Path file = write(List.of(doc), "corpus.xml");
        CorpusXmlReader reader = new CorpusXmlReader();
        reader.validate(file);
        Corpus back = reader.readAll(file);
        assertEquals(HEADER, back.header());
        assertEquals(List.of(doc), back.documents());
        String xml = Files.readString(file);
        assertTrue(xml.contains("&#13;"), "carriage returns survive parsing");
        // the quote starts after "Intro 😀 line.\r\n": 15 code points, 16 UTF-16 units
        assertTrue(xml.contains("id=\"c1\" begin=\"15\""), xml);
    }

    @Test
    void refusesADocumentIdUsedTwiceWithItsLine() throws Exception {
        AnnotatedDocument doc = SampleDocuments.withEmojiAndCrlf();
        Path file = write(List.of(doc, doc), "twice.xml");
        var e = assertThrows(CorpusFormatException.class, () -> new CorpusXmlReader().readAll(file));
        assertTrue(e.getMessage().matches("(?s).*twice\\.xml:\\d+:\\d+: document id doc-1 is used twice in the corpus.*"),
                e.getMessage());
    }

    @Test
    void writesTheSameBytesTwiceAndAfterARoundTrip() throws Exception {
        AnnotatedDocument doc = SampleDocuments.withEmojiAndCrlf();
        Path first = write(List.of(doc), "first.xml");
        Path second = write(List.of(doc), "second.xml");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        Path third = write(new CorpusXmlReader().readAll(first).documents(), "third.xml");
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(third));
    }

    @Test
    void refusesTextXmlCannotHoldAndLeavesNoFile() {
        Document bad = new Document("bad", DocumentMetadata.EMPTY, "bell \u0007 here");
        var e = assertThrows(UnwritableTextException.class,
                () -> write(List.of(AnnotatedDocument.unannotated(bad)), "bad.xml"));
        assertTrue(e.getMessage().contains("U+0007") && e.getMessage().contains("bad"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("bad.xml")));
    }

    @Test
    void refusesDoctypesSoNoEntityIsExpanded() throws IOException {
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE corpus [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<corpus xmlns=\"urn:x-reading-corpus:corpus:1\" schemaVersion=\"1.0\">&x;</corpus>\n");
        Path laughs = dir.resolve("laughs.xml");
        Files.writeString(laughs, "<?xml version=\"1.0\"?>\n<!DOCTYPE corpus [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n"
                + "<corpus xmlns=\"urn:x-reading-corpus:corpus:1\" schemaVersion=\"1.0\">&c;</corpus>\n");
        for (Path file : List.of(xxe, laughs)) {
            var e = assertThrows(CorpusFormatException.class, () -> new CorpusXmlReader().readAll(file));
            assertTrue(e.getMessage().startsWith(file.toString() + ":2:"), e.getMessage());
            assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        }
    }

    @Test
    void reportsAnInvalidFileWithLineAndColumn() throws IOException {
        Path file = write(List.of(SampleDocuments.withEmojiAndCrlf()), "edit.xml");
        String xml = Files.readString(file, StandardCharsets.UTF_8).replace("kind=\"DIRECT\"", "kind=\"SHOUTED\"");
        Files.writeString(file, xml);
        var e = assertThrows(CorpusFormatException.class, () -> new CorpusXmlReader().readAll(file));
        assertTrue(e.getMessage().matches(".*edit\\.xml:\\d+:\\d+: .*SHOUTED.*"), e.getMessage());
    }

    @Test
    void refusesASpanWhoseTextDoesNotMatch() throws IOException {
        Path file = write(List.of(SampleDocuments.withEmojiAndCrlf()), "span.xml");
        Files.writeString(file, Files.readString(file).replace(">Ann Lee</sourceMention>", ">Bob Roe</sourceMention>"));
        var e = assertThrows(CorpusFormatException.class, () -> new CorpusXmlReader().readAll(file));
        assertTrue(e.getMessage().contains("m1") && e.getMessage().contains("Bob Roe"), e.getMessage());
    }
}
