package org.readingcorpus.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.readingcorpus.exporter.tei.TeiWriter;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.CorpusHeader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * TEI P5 output, checked against the TEI rules that apply (no TEI schema is published on Maven
 * Central or in Debian): the required header, speakers in listPerson/listOrg with xml:id, every
 * pointer resolving, and the text unchanged but for line ends, which become lb.
 */
class TeiWriterTest {

    private static final String TEI = TeiWriter.NAMESPACE;
    private static final String XML = XMLConstants.XML_NS_URI;

    @Test
    void writesSpeakersInTheHeaderAndSaidAroundEachContent() throws Exception {
        AnnotatedDocument doc = SampleDocuments.withEmojiAndCrlf();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TeiWriter().write(doc, new CorpusHeader("test", "1", Map.of()), bytes);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document tei = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes.toByteArray()));

        Element root = tei.getDocumentElement();
        assertEquals("TEI", root.getLocalName());
        assertEquals(TEI, root.getNamespaceURI());
        for (String required : new String[] {"teiHeader", "fileDesc", "titleStmt", "title", "publicationStmt",
            "sourceDesc", "text", "body"}) {
            assertEquals(1, tei.getElementsByTagNameNS(TEI, required).getLength(), required);
        }
        assertEquals("A title", tei.getElementsByTagNameNS(TEI, "title").item(0).getTextContent());

        Set<String> ids = new HashSet<>();
        NodeList people = tei.getElementsByTagNameNS(TEI, "person");
        for (int i = 0; i < people.getLength(); i++) {
            Element person = (Element) people.item(i);
            assertTrue(ids.add(person.getAttributeNS(XML, "id")));
            assertEquals("listPerson", person.getParentNode().getLocalName());
        }
        assertEquals(Set.of("s1"), ids);
        assertEquals("Ann Lee", ((Element) people.item(0)).getElementsByTagNameNS(TEI, "persName").item(0)
                .getTextContent());

        NodeList said = tei.getElementsByTagNameNS(TEI, "said");
        assertEquals(2, said.getLength(), "a quote split by its cue: two said, linked");
        Element first = (Element) said.item(0);
        Element second = (Element) said.item(1);
        assertEquals("#s1", first.getAttribute("who"));
        assertEquals("true", first.getAttribute("direct"));
        assertEquals("\"We will win 𝄞 <soon> & more,\"", first.getTextContent());
        assertEquals("#" + second.getAttributeNS(XML, "id"), first.getAttribute("next"));
        assertEquals("#" + first.getAttributeNS(XML, "id"), second.getAttribute("prev"));
        assertEquals("\"black swan\"", tei.getElementsByTagNameNS(TEI, "soCalled").item(0).getTextContent());
        Element source = (Element) tei.getElementsByTagNameNS(TEI, "rs").item(0);
        assertEquals("Ann Lee", source.getTextContent());
        assertEquals("#s1", source.getAttribute("ref"));
        assertEquals("said", tei.getElementsByTagNameNS(TEI, "seg").item(0).getTextContent());

        Node ab = tei.getElementsByTagNameNS(TEI, "ab").item(0);
        assertEquals(doc.text().replace("\r\n", "\n").replace('\r', '\n'), ab.getTextContent(),
                "the text, line ends as lb plus a new line");
        assertEquals(doc.text().split("\r\n|\n|\r", -1).length - 1, tei.getElementsByTagNameNS(TEI, "lb").getLength());
    }
}
