package org.readingcorpus.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.exporter.xml.SchemaDocumentation;
import org.readingcorpus.model.Corpus;

/**
 * The XSD documents every element and attribute, docs/XML-FORMAT.md shows that documentation as
 * rendered from the XSD, and its example is a valid corpus. {@code -Ddocs.update=true} rewrites
 * the rendered part of the document.
 */
class XmlFormatDocumentationTest {

    private static final Path DOC = Path.of(System.getProperty("user.dir")).resolve("../docs/XML-FORMAT.md").normalize();
    private static final String BEGIN = "<!-- rendered from corpus-1.xsd: do not edit below -->";
    private static final String END = "<!-- end of the rendered part -->";

    @TempDir
    Path dir;

    @Test
    void everyElementAndAttributeIsDocumented() throws Exception {
        List<SchemaDocumentation.Item> undocumented = new SchemaDocumentation().items().stream()
                .filter(i -> i.documentation().isEmpty()).toList();
        assertEquals(List.of(), undocumented);
    }

    @Test
    void theFormatDocumentShowsWhatTheSchemaSays() throws Exception {
        String rendered = new SchemaDocumentation().markdown();
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int begin = doc.indexOf(BEGIN);
        int end = doc.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "markers in " + DOC);
        String current = doc.substring(begin + BEGIN.length(), end);
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(DOC, doc.substring(0, begin + BEGIN.length()) + rendered + "\n" + doc.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertEquals(rendered.strip(), current.strip(),
                "docs/XML-FORMAT.md is stale: run mvn -pl exporter test -Dtest=XmlFormatDocumentationTest -Ddocs.update=true");
    }

    @Test
    void theExampleIsAValidCorpus() throws Exception {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        int start = doc.indexOf("```xml\n");
        int stop = doc.indexOf("```", start + 7);
        assertTrue(start >= 0 && stop > start, "an xml example in " + DOC);
        Path example = Files.writeString(dir.resolve("example.xml"), doc.substring(start + 7, stop));
        Corpus corpus = new CorpusXmlReader().readAll(example); // validates, then checks every span's text
        assertEquals(1, corpus.documents().size());
        assertTrue(corpus.documents().get(0).attributions().size() >= 2);
    }
}
