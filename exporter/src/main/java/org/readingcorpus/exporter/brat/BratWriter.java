package org.readingcorpus.exporter.brat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.StringJoiner;
import java.util.Map;
import org.readingcorpus.exporter.AtomicFile;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Annotation;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.Speaker;
import org.readingcorpus.model.TextOffsets;

/**
 * Writes brat standoff files in PolNeAR's scheme: {@code <name>.txt} with the text and
 * {@code <name>.ann} with Source, Cue, Content and Attribution spans, one event per attribution,
 * and a {@code Reference} normalization naming each resolved speaker. Scare quotes carry no
 * attribution and are left out. Spans that cross a line break are split into fragments, as brat
 * requires.
 */
public final class BratWriter {

    public static final String NORMALIZATION_DB = "corpus";
    private static final List<String> CONFIG_FILES = List.of("annotation.conf", "visual.conf", "tools.conf");

    public void write(AnnotatedDocument document, Path dir) throws IOException {
        String name = document.id();
        AtomicFile.write(dir.resolve(name + ".txt"), out -> out.write(document.text().getBytes(StandardCharsets.UTF_8)));
        String ann = annotations(document);
        AtomicFile.write(dir.resolve(name + ".ann"), out -> out.write(ann.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes brat's configuration so the folder opens in brat as it is. */
    public void writeConfiguration(Path dir) throws IOException {
        for (String config : CONFIG_FILES) {
            try (InputStream in = BratWriter.class.getResourceAsStream(config)) {
                if (in == null) {
                    throw new IllegalStateException("brat configuration " + config + " is missing from the exporter jar");
                }
                byte[] bytes = in.readAllBytes();
                AtomicFile.write(dir.resolve(config), out -> out.write(bytes));
            }
        }
    }

    /** The .ann content of a document. */
    public String annotations(AnnotatedDocument document) {
        String text = document.text();
        TextOffsets offsets = TextOffsets.of(text);
        StringBuilder out = new StringBuilder();
        Map<String, String> textBound = new LinkedHashMap<>();
        int[] next = {1, 1, 1};
        for (Attribution a : document.attributionsInTextOrder()) {
            Content content = document.content(a.contentId());
            if (!content.kind().isSpeech()) {
                continue;
            }
            String source = document.sourceMention(a.sourceMentionId())
                    .map(m -> textBound(out, textBound, m, "Source", text, offsets, next)).orElse(null);
            String cue = document.cue(a.cueId())
                    .map(c -> textBound(out, textBound, c, "Cue", text, offsets, next)).orElse(null);
            String contentRef = textBound(out, textBound, content, "Content", text, offsets, next);
            String eventType = source == null ? "Attribution-no-source" : "Attribution";
            Span triggerSpan = document.cue(a.cueId()).map(Annotation::span).orElse(content.span());
            String trigger = "T" + next[0]++;
            out.append(trigger).append('\t').append(eventType).append(' ')
                    .append(fragments(triggerSpan, text, offsets)).append('\t')
                    .append(covered(triggerSpan, text)).append('\n');
            out.append('E').append(next[1]++).append('\t').append(eventType).append(':').append(trigger)
                    .append(" Content:").append(contentRef);
            if (cue != null) {
                out.append(" Cue:").append(cue);
            }
            if (source != null) {
                out.append(" Source:").append(source);
            }
            out.append('\n');
            if (a.speakerId() != null) {
                Speaker speaker = document.speaker(a.speakerId()).orElseThrow();
                out.append('N').append(next[2]++).append("\tReference ").append(source != null ? source : contentRef)
                        .append(' ').append(NORMALIZATION_DB).append(':').append(speaker.id()).append('\t')
                        .append(oneLine(speaker.canonicalName())).append('\n');
            }
        }
        return out.toString();
    }

    private static String textBound(StringBuilder out, Map<String, String> known, Annotation annotation, String type,
            String text, TextOffsets offsets, int[] next) {
        List<Span> pieces = annotation instanceof Content c ? c.fragments() : List.of(annotation.span());
        return known.computeIfAbsent(annotation.id(), id -> {
            String ref = "T" + next[0]++;
            StringJoiner offsetsOut = new StringJoiner(";");
            StringJoiner coveredOut = new StringJoiner(" ");
            for (Span piece : pieces) {
                offsetsOut.add(fragments(piece, text, offsets));
                coveredOut.add(covered(piece, text));
            }
            out.append(ref).append('\t').append(type).append(' ').append(offsetsOut).append('\t').append(coveredOut)
                    .append('\n');
            return ref;
        });
    }

    /** Code point fragments of a span, split at line breaks. */
    static String fragments(Span span, String text, TextOffsets offsets) {
        List<String> parts = new ArrayList<>();
        int begin = span.begin();
        for (int i = span.begin(); i <= span.end(); i++) {
            boolean lineBreak = i < span.end() && (text.charAt(i) == '\n' || text.charAt(i) == '\r');
            if (i == span.end() || lineBreak) {
                if (i > begin) {
                    parts.add(offsets.toCodePoint(begin) + " " + offsets.toCodePoint(i));
                }
                begin = i + 1;
            }
        }
        if (parts.isEmpty()) {
            parts.add(offsets.toCodePoint(span.begin()) + " " + offsets.toCodePoint(span.end()));
        }
        return String.join(";", parts);
    }

    private static String covered(Span span, String text) {
        return oneLine(span.coveredText(text));
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
