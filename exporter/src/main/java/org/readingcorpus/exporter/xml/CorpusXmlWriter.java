package org.readingcorpus.exporter.xml;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.glassfish.jaxb.core.marshaller.CharacterEscapeHandler;
import org.readingcorpus.exporter.AtomicFile;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.CorpusHeader;
import org.readingcorpus.model.CorpusProfile;
import org.readingcorpus.model.SourceProfile;
import org.readingcorpus.model.SpeakerRegistry;

/**
 * Writes corpus.xml one document at a time, so memory stays flat whatever the corpus size. The
 * file appears only on {@link #finish()}; closing before that leaves any previous file intact.
 * The same input always gives the same bytes.
 */
public final class CorpusXmlWriter implements AutoCloseable {

    private static final JAXBContext CONTEXT = XmlContext.get();

    private final AtomicFile file;
    private final Writer out;
    private final Marshaller marshaller;
    /** Grows with the distinct speakers of the corpus, not with its text. */
    private final SpeakerRegistry registry = new SpeakerRegistry();
    private final CorpusProfile profile = new CorpusProfile();
    /** Grows with the documents, by a few counts each. */
    private final List<SourceProfile> articles = new ArrayList<>();

    public CorpusXmlWriter(Path target, CorpusHeader header) throws IOException {
        this.file = new AtomicFile(target);
        this.out = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
        try {
            marshaller = CONTEXT.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.setProperty(Marshaller.JAXB_FORMATTED_OUTPUT, true);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            marshaller.setProperty(CharacterEscapeHandler.class.getName(), (CharacterEscapeHandler) XmlEscaping::escape);
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot set up the XML writer", e);
        }
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<corpus xmlns=\"" + XmlNames.NAMESPACE + "\" schemaVersion=\"" + XmlNames.SCHEMA_VERSION + "\">\n");
        XmlHeader xmlHeader = new XmlHeader();
        xmlHeader.annotator.name = header.annotator();
        xmlHeader.annotator.version = header.annotatorVersion();
        for (Map.Entry<String, String> e : header.settings().entrySet()) {
            XmlHeader.Setting s = new XmlHeader.Setting();
            s.name = e.getKey();
            s.value = e.getValue();
            xmlHeader.settings.add(s);
        }
        marshal(xmlHeader);
    }

    /** Writes one document; refuses (with its id) a document whose text XML cannot hold. */
    public void write(AnnotatedDocument document) throws IOException {
        write(document, SourceProfile.of(document));
    }

    /** As {@link #write(AnnotatedDocument)}, with the document's profile already counted by the caller. */
    public void write(AnnotatedDocument document, SourceProfile article) throws IOException {
        marshal(XmlMapping.toXml(document));
        registry.add(document);
        profile.add(article);
        articles.add(article.countsOnly());
    }

    /** Completes the file and moves it into place. */
    public void finish() throws IOException {
        marshal(XmlMapping.toXml(registry.entries()));
        marshal(XmlMapping.toXml(profile, articles));
        out.write("</corpus>\n");
        out.flush();
        file.commit();
    }

    private void marshal(Object element) throws IOException {
        try {
            marshaller.marshal(element, out);
            out.write('\n');
        } catch (JAXBException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
