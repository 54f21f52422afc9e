package org.readingcorpus.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.readingcorpus.annotator.RuleBasedAnnotator;
import org.readingcorpus.exporter.CorpusFormatException;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.exporter.xml.CorpusXmlWriter;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.CorpusHeader;
import org.readingcorpus.model.Document;

/**
 * Writes and reads a large corpus.xml made from annotated texts (cycled, with fresh ids), against
 * two baselines on the same file: a plain StAX pass, and a StAX copy (read every event, write it
 * out). Peak heap comes from the JVM's heap pools, reset before each step.
 */
final class XmlBench {

    private final PrintWriter out;
    private final PrintWriter err;

    XmlBench(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void run(List<Document> texts, int megabytes) throws UserError {
        RuleBasedAnnotator annotator = new RuleBasedAnnotator();
        List<AnnotatedDocument> annotated = new ArrayList<>();
        for (Document d : texts) {
            annotated.add(annotator.annotate(d));
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("corpus-xml-bench");
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot make a temporary folder: " + e.getMessage());
        }
        Path file = dir.resolve("corpus.xml");
        Path copy = dir.resolve("copy.xml");
        try {
            err.printf("xml bench: writing about %d MB to %s…%n", megabytes, file);
            err.flush();
            HeapPeaks.reset();
            long start = System.nanoTime();
            int documents = 0;
            try (CorpusXmlWriter writer = new CorpusXmlWriter(file, new CorpusHeader("bench", "1", Map.of()))) {
                // the writer streams into a hidden file beside the target: the folder's size is how far it got
                for (int i = 0; sizeOfParts(dir) < megabytes * 1_000_000L; i++) {
                    for (AnnotatedDocument d : annotated) {
                        writer.write(renamed(d, "d" + i + "-" + d.id()));
                        documents++;
                    }
                }
                writer.finish();
            }
            double write = seconds(start);
            long writePeak = HeapPeaks.peak();
            double mb = Files.size(file) / 1e6;

            HeapPeaks.reset();
            start = System.nanoTime();
            int[] read = {0};
            new CorpusXmlReader().read(file, h -> { }, d -> read[0]++, r -> { });
            double readSeconds = seconds(start);
            long readPeak = HeapPeaks.peak();

            HeapPeaks.reset();
            start = System.nanoTime();
            staxPass(file);
            double pass = seconds(start);

            start = System.nanoTime();
            staxCopy(file, copy);
            double copySeconds = seconds(start);

            out.printf("corpus.xml of %.0f MB, %d documents (%d read back)%n%n", mb, documents, read[0]);
            out.println("| step | seconds | MB/s | peak heap MB | against the StAX copy |");
            out.println("| --- | ---: | ---: | ---: | ---: |");
            row("write (JAXB per document)", write, mb, writePeak, write / copySeconds);
            row("read (validate, then JAXB per document)", readSeconds, mb, readPeak, readSeconds / copySeconds);
            row("plain StAX pass", pass, mb, -1, pass / copySeconds);
            row("plain StAX copy", copySeconds, mb, -1, 1.0);
            out.printf("%nheap limit of this JVM: %d MB%n", Runtime.getRuntime().maxMemory() / 1_000_000);
            out.flush();
        } catch (IOException | XMLStreamException e) {
            throw new UserError(ExitCode.OUTPUT, "the xml bench failed: " + e.getMessage());
        } catch (CorpusFormatException e) {
            throw new UserError(ExitCode.FAILURE, "the corpus written does not read back: " + e.getMessage());
        } finally {
            deleteQuietly(file);
            deleteQuietly(copy);
            deleteQuietly(dir);
        }
    }

    private void row(String step, double seconds, double mb, long peak, double ratio) {
        out.printf("| %s | %.1f | %.1f | %s | %.2fx |%n", step, seconds, mb / seconds,
                peak < 0 ? "" : String.valueOf(peak / 1_000_000), ratio);
    }

    static AnnotatedDocument renamed(AnnotatedDocument d, String id) {
        return new AnnotatedDocument(new Document(id, d.document().metadata(), d.text()), d.contents(), d.cues(),
                d.sourceMentions(), d.speakers(), d.attributions());
    }

    private static long sizeOfParts(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            long total = 0;
            for (Path p : files.toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }

    private static void staxPass(Path file) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                reader.next();
            }
            reader.close();
        }
    }

    private static void staxCopy(Path file, Path copy) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try (InputStream in = Files.newInputStream(file);
                OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(copy), 1 << 16)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(os, "UTF-8");
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamReader.START_ELEMENT -> {
                        writer.writeStartElement(reader.getPrefix(), reader.getLocalName(), reader.getNamespaceURI());
                        for (int i = 0; i < reader.getNamespaceCount(); i++) {
                            writer.writeNamespace(reader.getNamespacePrefix(i), reader.getNamespaceURI(i));
                        }
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            writer.writeAttribute(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                    }
                    case XMLStreamReader.END_ELEMENT -> writer.writeEndElement();
                    case XMLStreamReader.CHARACTERS, XMLStreamReader.SPACE -> writer.writeCharacters(reader.getText());
                    default -> {
                    }
                }
            }
            writer.close();
            reader.close();
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file; the system's clean-up will take it
        }
    }
}
