package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.annotator.RuleBasedAnnotator;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.exporter.xml.CorpusXmlWriter;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Corpus;
import org.readingcorpus.model.CorpusHeader;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;

/**
 * Annotate, write, read, write: the same bytes, for generated news-like texts with non-BMP
 * characters and every line end. {@code -Dproperty.documents=N} for a longer run.
 */
class AnnotatedRoundTripPropertyTest {

    private static final String[] PIECES = {"\"We will win,\" said Ann Lee.", "“Soon,” she said.", "According to ",
        "the minister", " said that ", "the talks would go on", "😀", "𝄞", "\r\n", "\n", "\r", "\n\n“", "”", " ",
        "<&>", "'", "''Fine,'' he said.", "a “black swan”", "― Karen Bobadilla", ", analysts said.", "é", "\t"};

    @TempDir
    Path dir;

    @Test
    void annotatingWritingReadingAndWritingAgainGivesTheSameBytes() throws Exception {
        Random random = new Random(Long.getLong("property.seed", 20261125L));
        RuleBasedAnnotator annotator = new RuleBasedAnnotator();
        List<AnnotatedDocument> documents = new ArrayList<>();
        for (int i = 0; i < Integer.getInteger("property.documents", 300); i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(40); k >= 0; k--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            documents.add(annotator.annotate(new Document("d" + i, DocumentMetadata.EMPTY, text.toString())));
        }
        CorpusHeader header = new CorpusHeader(annotator.name(), annotator.version(), Map.of());
        Path first = write(header, documents, "first.xml");
        Corpus back = new CorpusXmlReader().readAll(first);
        assertEquals(documents, back.documents());
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(write(back.header(), back.documents(), "second.xml")));
    }

    private Path write(CorpusHeader header, List<AnnotatedDocument> documents, String name) throws Exception {
        Path file = dir.resolve(name);
        try (CorpusXmlWriter writer = new CorpusXmlWriter(file, header)) {
            for (AnnotatedDocument d : documents) {
                writer.write(d);
            }
            writer.finish();
        }
        return file;
    }
}
