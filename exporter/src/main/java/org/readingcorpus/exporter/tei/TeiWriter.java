package org.readingcorpus.exporter.tei;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.readingcorpus.exporter.AtomicFile;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CorpusHeader;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.Speaker;
import org.readingcorpus.model.SpeakerType;

/**
 * Writes a document as TEI P5: the speakers in the header ({@code listPerson}, {@code listOrg}),
 * the text in one {@code ab} with {@code lb} for its line ends, each content as {@code said} with
 * {@code who} and {@code direct} (a split quote as several {@code said} linked by {@code next} and
 * {@code prev}), scare quotes as {@code soCalled}, source mentions as {@code rs} pointing to their
 * speaker, and cues as {@code seg type="cue"}. Spans that would cross one another are left out of
 * the markup (their text stays), since XML elements must nest; corpus.xml keeps them all.
 */
public final class TeiWriter {

    public static final String NAMESPACE = "http://www.tei-c.org/ns/1.0";
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";

    /** One element over a span of the text, with how to open it. */
    private record Mark(Span span, int order, Opener opener) {
    }

    @FunctionalInterface
    private interface Opener {
        void open(XMLStreamWriter out) throws XMLStreamException;
    }

    /** Writes {@code dir/<document id>.xml}, atomically. */
    public void write(AnnotatedDocument document, CorpusHeader header, Path dir) throws IOException {
        AtomicFile.write(dir.resolve(document.id() + ".xml"), out -> write(document, header, out));
    }

    public void write(AnnotatedDocument document, CorpusHeader header, OutputStream stream) throws IOException {
        try {
            XMLStreamWriter out = XMLOutputFactory.newFactory().createXMLStreamWriter(stream, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.writeCharacters("\n");
            out.writeStartElement("TEI");
            out.writeDefaultNamespace(NAMESPACE);
            writeHeader(document, header, out);
            out.writeStartElement("text");
            out.writeStartElement("body");
            out.writeStartElement("ab");
            writeText(document, out);
            out.writeEndElement();
            out.writeEndElement();
            out.writeEndElement();
            out.writeEndElement();
            out.writeCharacters("\n");
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write TEI for " + document.id() + ": " + e.getMessage(), e);
        }
    }

    private static void writeHeader(AnnotatedDocument document, CorpusHeader header, XMLStreamWriter out)
            throws XMLStreamException {
        DocumentMetadata m = document.document().metadata();
        out.writeStartElement("teiHeader");
        out.writeStartElement("fileDesc");
        out.writeStartElement("titleStmt");
        element(out, "title", m.title() != null ? m.title() : document.id());
        out.writeEndElement();
        out.writeStartElement("publicationStmt");
        element(out, "p", "Annotated by " + header.annotator() + " " + header.annotatorVersion()
                + "; the attributions are proposals until reviewed.");
        out.writeEndElement();
        out.writeStartElement("sourceDesc");
        StringBuilder source = new StringBuilder();
        append(source, m.outlet());
        append(source, m.publicationDate() == null ? null : m.publicationDate().toString());
        append(source, m.url());
        append(source, m.source() == null ? null : "file " + m.source().file());
        element(out, "p", source.length() == 0 ? "Unknown source." : source.toString());
        out.writeEndElement();
        out.writeEndElement();
        List<Speaker> people = document.speakers().stream().filter(s -> !isOrganisation(s)).toList();
        List<Speaker> organisations = document.speakers().stream().filter(TeiWriter::isOrganisation).toList();
        if (!document.speakers().isEmpty()) {
            out.writeStartElement("profileDesc");
            out.writeStartElement("particDesc");
            if (!people.isEmpty()) {
                out.writeStartElement("listPerson");
                for (Speaker s : people) {
                    out.writeStartElement("person");
                    out.writeAttribute("xml", XML_NAMESPACE, "id", s.id());
                    if (s.type() != SpeakerType.PERSON) {
                        out.writeAttribute("role", s.type() == SpeakerType.ANONYMOUS ? "anonymous" : "unknown");
                    }
                    element(out, "persName", s.canonicalName());
                    for (String alias : s.aliases()) {
                        out.writeStartElement("persName");
                        out.writeAttribute("type", "alias");
                        out.writeCharacters(alias);
                        out.writeEndElement();
                    }
                    out.writeEndElement();
                }
                out.writeEndElement();
            }
            if (!organisations.isEmpty()) {
                out.writeStartElement("listOrg");
                for (Speaker s : organisations) {
                    out.writeStartElement("org");
                    out.writeAttribute("xml", XML_NAMESPACE, "id", s.id());
                    out.writeAttribute("type", s.type() == SpeakerType.MEDIA_OUTLET ? "mediaOutlet" : "organisation");
                    element(out, "orgName", s.canonicalName());
                    for (String alias : s.aliases()) {
                        out.writeStartElement("orgName");
                        out.writeAttribute("type", "alias");
                        out.writeCharacters(alias);
                        out.writeEndElement();
                    }
                    out.writeEndElement();
                }
                out.writeEndElement();
            }
            out.writeEndElement();
            out.writeEndElement();
        }
        out.writeEndElement();
    }

    private static boolean isOrganisation(Speaker s) {
        return s.type() == SpeakerType.ORGANIZATION || s.type() == SpeakerType.MEDIA_OUTLET;
    }

    /** The text with the marks that nest; line ends become {@code lb}. */
    private static void writeText(AnnotatedDocument document, XMLStreamWriter out) throws XMLStreamException {
        String text = document.text();
        List<Mark> marks = nestingMarks(marks(document));
        List<Mark> open = new ArrayList<>();
        int next = 0;
        int position = 0;
        while (position < text.length() || !open.isEmpty()) {
            // close what ends here, innermost first
            while (!open.isEmpty() && open.get(open.size() - 1).span().end() <= position) {
                out.writeEndElement();
                open.remove(open.size() - 1);
            }
            if (next < marks.size() && marks.get(next).span().begin() <= position) {
                Mark mark = marks.get(next++);
                mark.opener().open(out);
                open.add(mark);
                continue;
            }
            if (position >= text.length()) {
                break;
            }
            int stop = text.length();
            if (next < marks.size()) {
                stop = Math.min(stop, marks.get(next).span().begin());
            }
            if (!open.isEmpty()) {
                stop = Math.min(stop, open.get(open.size() - 1).span().end());
            }
            writeRun(text.substring(position, stop), out);
            position = stop;
        }
    }

    private static void writeRun(String run, XMLStreamWriter out) throws XMLStreamException {
        int start = 0;
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c == '\n' || c == '\r') {
                out.writeCharacters(run.substring(start, i));
                if (c == '\r' && i + 1 < run.length() && run.charAt(i + 1) == '\n') {
                    i++;
                }
                out.writeEmptyElement("lb");
                out.writeCharacters("\n");
                start = i + 1;
            }
        }
        out.writeCharacters(run.substring(start));
    }

    private static List<Mark> marks(AnnotatedDocument document) {
        List<Mark> marks = new ArrayList<>();
        for (Attribution a : document.attributions()) {
            Content c = document.content(a.contentId());
            List<Span> fragments = c.fragments();
            for (int i = 0; i < fragments.size(); i++) {
                int part = i;
                String id = c.id() + "-" + (i + 1);
                marks.add(new Mark(fragments.get(i), 0, out -> {
                    if (c.kind() == ContentKind.SCARE_QUOTE) {
                        out.writeStartElement("soCalled");
                        return;
                    }
                    out.writeStartElement("said");
                    if (a.speakerId() != null) {
                        out.writeAttribute("who", "#" + a.speakerId());
                    }
                    out.writeAttribute("direct", c.kind() == ContentKind.DIRECT ? "true" : "false");
                    if (fragments.size() > 1) {
                        out.writeAttribute("xml", XML_NAMESPACE, "id", id);
                        if (part > 0) {
                            out.writeAttribute("prev", "#" + c.id() + "-" + part);
                        }
                        if (part + 1 < fragments.size()) {
                            out.writeAttribute("next", "#" + c.id() + "-" + (part + 2));
                        }
                    }
                }));
            }
            document.cue(a.cueId()).ifPresent(cue -> marks.add(new Mark(cue.span(), 1, out -> {
                out.writeStartElement("seg");
                out.writeAttribute("type", "cue");
            })));
            document.sourceMention(a.sourceMentionId()).ifPresent(m -> marks.add(new Mark(m.span(), 1, out -> {
                out.writeStartElement("rs");
                out.writeAttribute("type", "source");
                if (a.speakerId() != null) {
                    out.writeAttribute("ref", "#" + a.speakerId());
                }
            })));
        }
        return marks;
    }

    /**
     * The marks in document order (outer before inner), without duplicates or any that would cross
     * one already kept: XML elements must nest.
     */
    private static List<Mark> nestingMarks(List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.removeIf(m -> m.span().isEmpty());
        sorted.sort(Comparator.comparing((Mark m) -> m.span()).thenComparingInt(Mark::order));
        List<Mark> kept = new ArrayList<>();
        List<Span> stack = new ArrayList<>();
        Span previous = null;
        for (Mark m : sorted) {
            if (m.span().equals(previous)) {
                continue; // a cue or mention shared by two attributions is marked once
            }
            while (!stack.isEmpty() && stack.get(stack.size() - 1).end() <= m.span().begin()) {
                stack.remove(stack.size() - 1);
            }
            if (!stack.isEmpty() && !stack.get(stack.size() - 1).contains(m.span())) {
                continue; // would cross the element that is open here
            }
            kept.add(m);
            stack.add(m.span());
            previous = m.span();
        }
        return kept;
    }

    private static void element(XMLStreamWriter out, String name, String text) throws XMLStreamException {
        out.writeStartElement(name);
        out.writeCharacters(text);
        out.writeEndElement();
    }

    private static void append(StringBuilder out, String part) {
        if (part != null && !part.isBlank()) {
            out.append(out.length() == 0 ? "" : "; ").append(part);
        }
    }
}
