package org.readingcorpus.exporter.xml;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.sax.SAXSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.readingcorpus.exporter.AtomicFile;
import org.readingcorpus.exporter.CorpusFormatException;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Corpus;
import org.readingcorpus.model.CorpusHeader;
import org.readingcorpus.model.SpeakerRegistry;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * Reads corpus.xml safely: the whole file is first validated against the XSD (with DTDs and
 * external entities refused), then read one document at a time, each span re-checked against its
 * text. A bad file fails before any document reaches the caller.
 */
public final class CorpusXmlReader {

    private static final Schema SCHEMA = loadSchema();

    /** The header and each document in turn, after the whole file has been validated. */
    public CorpusHeader read(Path file, Consumer<AnnotatedDocument> documents) throws CorpusFormatException, IOException {
        return read(file, header -> { }, documents::accept, registry -> { });
    }

    /**
     * Hands over the header as soon as it is read, then each document in turn, after the whole
     * file has been validated; for streaming the corpus into writers that need the header first.
     */
    public CorpusHeader read(Path file, AtomicFile.IoConsumer<CorpusHeader> onHeader,
            AtomicFile.IoConsumer<AnnotatedDocument> documents) throws CorpusFormatException, IOException {
        return read(file, onHeader, documents, registry -> { });
    }

    /**
     * As {@link #read(Path, AtomicFile.IoConsumer, AtomicFile.IoConsumer)}, and then the speaker
     * registry, each of its mentions checked against the documents read.
     */
    public CorpusHeader read(Path file, AtomicFile.IoConsumer<CorpusHeader> onHeader,
            AtomicFile.IoConsumer<AnnotatedDocument> documents,
            AtomicFile.IoConsumer<List<SpeakerRegistry.Entry>> onRegistry) throws CorpusFormatException, IOException {
        validate(file);
        Set<SpeakerRegistry.Mention> speakersSeen = new HashSet<>();
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        CorpusHeader header = null;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            Unmarshaller unmarshaller = XmlContext.get().createUnmarshaller();
            while (reader.hasNext()) {
                if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
                    reader.next();
                    continue;
                }
                String name = reader.getLocalName();
                if (name.equals("header")) {
                    XmlHeader h = unmarshaller.unmarshal(reader, XmlHeader.class).getValue();
                    TreeMap<String, String> settings = new TreeMap<>();
                    h.settings.forEach(s -> settings.put(s.name, s.value));
                    header = new CorpusHeader(h.annotator.name, h.annotator.version, settings);
                    onHeader.accept(header);
                } else if (name.equals("document")) {
                    int line = reader.getLocation().getLineNumber();
                    XmlDocument x = unmarshaller.unmarshal(reader, XmlDocument.class).getValue();
                    AnnotatedDocument document;
                    try {
                        document = XmlMapping.fromXml(x);
                    } catch (IllegalArgumentException e) {
                        throw new CorpusFormatException(file, line, 1, e.getMessage());
                    }
                    document.speakers().forEach(s -> speakersSeen.add(new SpeakerRegistry.Mention(document.id(), s.id())));
                    documents.accept(document);
                } else if (name.equals("speakerRegistry")) {
                    int line = reader.getLocation().getLineNumber();
                    List<SpeakerRegistry.Entry> entries;
                    try {
                        entries = XmlMapping.fromXml(unmarshaller.unmarshal(reader, XmlRegistry.class).getValue());
                    } catch (IllegalArgumentException e) {
                        throw new CorpusFormatException(file, line, 1, e.getMessage());
                    }
                    for (SpeakerRegistry.Entry entry : entries) {
                        for (SpeakerRegistry.Mention m : entry.mentions()) {
                            if (!speakersSeen.contains(m)) {
                                throw new CorpusFormatException(file, line, 1, "registry entry " + entry.id()
                                        + " names speaker " + m.speakerId() + " of document " + m.documentId()
                                        + ", which the corpus does not hold");
                            }
                        }
                    }
                    onRegistry.accept(entries);
                } else {
                    reader.next();
                }
            }
        } catch (XMLStreamException | JAXBException e) {
            throw new CorpusFormatException(file, "cannot read: " + e.getMessage(), e);
        }
        return header;
    }

    /** The whole corpus in memory: for small corpora and tests. */
    public Corpus readAll(Path file) throws CorpusFormatException, IOException {
        List<AnnotatedDocument> documents = new ArrayList<>();
        List<SpeakerRegistry.Entry> registry = new ArrayList<>();
        CorpusHeader header = read(file, h -> { }, documents::add, registry::addAll);
        return new Corpus(header, documents, registry);
    }

    /** Checks the file against the XSD; refuses DTDs, so no entity is ever expanded. */
    public void validate(Path file) throws CorpusFormatException, IOException {
        try (InputStream in = Files.newInputStream(file)) {
            SAXParserFactory parsers = SAXParserFactory.newInstance();
            parsers.setNamespaceAware(true);
            parsers.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            parsers.setFeature("http://xml.org/sax/features/external-general-entities", false);
            parsers.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            parsers.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            XMLReader xmlReader = parsers.newSAXParser().getXMLReader();
            ValidatorHandler validator = SCHEMA.newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setContentHandler(new UniqueIds());
            xmlReader.setContentHandler(validator);
            xmlReader.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            validator.setErrorHandler(xmlReader.getErrorHandler());
            xmlReader.parse(new InputSource(in));
        } catch (SAXParseException e) {
            throw new CorpusFormatException(file, e.getLineNumber(), e.getColumnNumber(), e.getMessage());
        } catch (SAXException | ParserConfigurationException e) {
            throw new CorpusFormatException(file, "not a valid corpus: " + e.getMessage(), e);
        }
    }

    /**
     * Document ids and registry entry ids are unique in the corpus: checked with hash sets while
     * the schema validates, as the schema's own xs:unique would cost time quadratic in the documents.
     */
    private static final class UniqueIds extends org.xml.sax.helpers.DefaultHandler {
        private final Set<String> documents = new HashSet<>();
        private final Set<String> entries = new HashSet<>();
        private org.xml.sax.Locator locator;

        @Override
        public void setDocumentLocator(org.xml.sax.Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String local, String qName, org.xml.sax.Attributes attributes)
                throws SAXException {
            if (!XmlNames.NAMESPACE.equals(uri)) {
                return;
            }
            Set<String> ids = local.equals("document") ? documents : local.equals("entry") ? entries : null;
            if (ids != null && !ids.add(attributes.getValue("id"))) {
                throw new SAXParseException((local.equals("document") ? "document" : "registry entry") + " id "
                        + attributes.getValue("id") + " is used twice in the corpus", locator);
            }
        }
    }

    /** The committed XSD, for tools that validate on their own. */
    public static URL schemaResource() {
        return CorpusXmlReader.class.getResource(XmlNames.SCHEMA_RESOURCE);
    }

    private static Schema loadSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSchema(schemaResource());
        } catch (SAXException e) {
            throw new IllegalStateException("the committed corpus XSD does not load", e);
        }
    }
}
