package org.readingcorpus.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.exporter.html.HtmlSiteWriter;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.SourceProfile;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The reading view's pages: well-formed, every word of the article kept, every passage reachable. */
class HtmlSiteWriterTest {

    @TempDir
    Path dir;

    static org.w3c.dom.Document parse(Path page) throws Exception {
        String html = Files.readString(page).replace("<!DOCTYPE html>", "");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
    }

    /** The article's paragraphs as read, the speaker tags left out. */
    static List<String> paragraphs(org.w3c.dom.Document page) {
        Element article = (Element) page.getElementsByTagName("article").item(0);
        NodeList ps = article.getElementsByTagName("p");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < ps.getLength(); i++) {
            out.add(textWithoutTags(ps.item(i)));
        }
        return out;
    }

    static String textWithoutTags(Node node) {
        if (node.getNodeType() == Node.TEXT_NODE) {
            return node.getNodeValue();
        }
        if (node instanceof Element e && "sup".equals(e.getTagName())) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            s.append(textWithoutTags(child));
        }
        return s.toString();
    }

    static List<String> nonBlankLines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void everyPageKeepsTheWholeTextWhateverTheSpansDo() throws Exception {
        Random random = new Random(11);
        HtmlSiteWriter writer = new HtmlSiteWriter(dir);
        List<AnnotatedDocument> documents = new ArrayList<>();
        for (int n = 0; n < 300; n++) {
            AnnotatedDocument d = CorpusXmlRoundTripPropertyTest.generated(random, n);
            documents.add(d);
            writer.write(d);
        }
        writer.finish();
        for (AnnotatedDocument d : documents) {
            org.w3c.dom.Document page = parse(dir.resolve(HtmlSiteWriter.pageName(d.id())));
            assertEquals(nonBlankLines(d.text()), paragraphs(page), d.id());
            java.util.BitSet visible = shownCharacters(d.text());
            long shown = d.attributions().stream().filter(SourceProfile::counts)
                    .filter(a -> d.content(a.contentId()).fragments().stream()
                            .anyMatch(f -> visible.nextSetBit(f.begin()) >= 0 && visible.nextSetBit(f.begin()) < f.end()))
                    .count();
            assertEquals(shown, countFocusable(page), d.id() + ": one keyboard stop per passage");
        }
        org.w3c.dom.Document index = parse(dir.resolve("index.html"));
        assertEquals(documents.size(), index.getElementsByTagName("tbody").item(0).getChildNodes().getLength()
                - blankTextNodes(index.getElementsByTagName("tbody").item(0)));
        for (String asset : List.of("reader.css", "reader.js")) {
            assertTrue(Files.size(dir.resolve(asset)) > 1000, asset);
        }
    }

    @Test
    void aPageShowsSpeakersKindsAndTheProfile() throws Exception {
        AnnotatedDocument d = SampleDocuments.withEmojiAndCrlf();
        HtmlSiteWriter writer = new HtmlSiteWriter(dir);
        writer.write(d);
        writer.finish();
        String html = Files.readString(dir.resolve(HtmlSiteWriter.pageName(d.id())));
        assertTrue(html.contains("<span class=\"name\">Ann Lee</span>"), "the legend names the speaker");
        assertTrue(html.contains("class=\"c k-direct sp-0\""), "direct speech in the first speaker's colour");
        assertTrue(html.contains("title=\"quote marks, but nobody speaks\""), "the scare quote says so");
        assertTrue(html.contains("<svg class=\"chart\""), "profile charts");
        assertTrue(html.contains("class=\"worksheet\""), "a worksheet for print");
        assertTrue(!html.contains("http://") || html.indexOf("http://") == html.indexOf("http://www.w3.org/2000/svg"),
                "no address outside the site but the SVG namespace");
    }

    /** The characters a page shows: those of lines that are not blank, line ends aside. */
    static java.util.BitSet shownCharacters(String text) {
        java.util.BitSet shown = new java.util.BitSet();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (!text.substring(start, i).isBlank()) {
                    shown.set(start, i);
                }
                start = i + 1;
            }
        }
        return shown;
    }

    private static int countFocusable(org.w3c.dom.Document page) {
        NodeList spans = page.getElementsByTagName("span");
        int n = 0;
        for (int i = 0; i < spans.getLength(); i++) {
            if (((Element) spans.item(i)).hasAttribute("tabindex")) {
                n++;
            }
        }
        return n;
    }

    private static int blankTextNodes(Node parent) {
        int n = 0;
        for (Node c = parent.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                n++;
            }
        }
        return n;
    }
}
