package org.readingcorpus.exporter.brat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.readingcorpus.exporter.CorpusFormatException;
import org.readingcorpus.exporter.text.TextReader;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Annotation;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Cue;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.Ids;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Provenance;
import org.readingcorpus.model.Review;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.SourceMention;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.Speaker;
import org.readingcorpus.model.SpeakerType;
import org.readingcorpus.model.TextOffsets;
import org.readingcorpus.model.TextSource;

/**
 * Reads a brat document in PolNeAR's scheme ({@code NAME.txt} and {@code NAME.ann}) into the model,
 * so annotations made or corrected in brat or INCEpTION come back into the corpus. Every span is
 * checked against the text it states (which may be shortened); a file that does not match its
 * text is refused with the line.
 * Contents keep their fragments; a cue or source of several fragments (rare: PolNeAR has 11 in
 * 46,000) becomes one span from its first fragment to its last, and the import says so.
 */
public final class BratImporter {

    /** The document, and one line for each thing the import had to change or pass over. */
    public record Imported(AnnotatedDocument document, List<String> notes) {
    }

    private static final Set<String> ATTRIBUTION_EVENTS = Set.of("Attribution", "Attribution-no-source");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you", "who", "him",
            "her", "them", "us");

    public Imported read(Path txt, Path ann) throws IOException, CorpusFormatException {
        String fileName = txt.getFileName().toString();
        String base = fileName.endsWith(".txt") ? fileName.substring(0, fileName.length() - 4) : fileName;
        TextReader.DecodedText decoded = new TextReader().read(txt);
        String text = decoded.text();
        TextOffsets offsets = TextOffsets.of(text);
        List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
        BratReader.Parsed parsed = new BratReader().parseFile(lines);
        List<String> notes = new ArrayList<>();
        for (Map.Entry<String, BratReader.TextBound> e : parsed.spans().entrySet()) {
            check(ann, e.getValue(), text, offsets);
        }
        long unread = lines.stream().filter(l -> l.startsWith("T") && !parsed.spans().containsKey(l.split("\t", 2)[0]))
                .count();
        if (unread > 0) {
            notes.add(ann + ": " + unread + " text-bound line" + (unread == 1 ? "" : "s") + " could not be read and "
                    + (unread == 1 ? "was" : "were") + " passed over");
        }

        List<Content> contents = new ArrayList<>();
        Map<String, Cue> cues = new LinkedHashMap<>();
        Map<String, SourceMention> mentions = new LinkedHashMap<>();
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        List<Attribution> attributions = new ArrayList<>();
        for (BratReader.Event event : parsed.events()) {
            if (!ATTRIBUTION_EVENTS.contains(event.type())) {
                notes.add(ann + ": event " + event.id() + " of type " + event.type() + " is not an attribution; passed over");
                continue;
            }
            BratReader.TextBound content = first(parsed, event, "Content");
            if (content == null) {
                notes.add(ann + ": event " + event.id() + " has no Content; passed over");
                continue;
            }
            List<Span> fragments = inTextOrder(content.fragments().stream().map(offsets::toUtf16).toList());
            if (fragments.size() != content.fragments().size()) {
                notes.add(ann + ":" + content.line() + ": Content fragments that touch or overlap were made one");
            }
            Content c = new Content("c" + (contents.size() + 1), fragments, kindOf(text, fragments));
            contents.add(c);
            String cueId = role(parsed, event, "Cue", ann, text, offsets, notes, cues,
                    (id, span) -> new Cue(id, span, cueKindOf(span.coveredText(text))), "q");
            String mentionId = role(parsed, event, "Source", ann, text, offsets, notes, mentions,
                    (id, span) -> new SourceMention(id, span, mentionKindOf(span.coveredText(text))), "m");
            String speakerId = null;
            List<String> refs = event.roles().getOrDefault("Source", event.roles().getOrDefault("Content", List.of()));
            for (String ref : refs) {
                for (String name : parsed.norms().getOrDefault(ref, List.of())) {
                    Speaker s = speakers.computeIfAbsent(name.strip().toLowerCase(Locale.ROOT),
                            k -> new Speaker("s" + (speakers.size() + 1), name.strip(), List.of(), SpeakerType.UNKNOWN));
                    speakerId = speakerId == null ? s.id() : speakerId;
                }
            }
            attributions.add(new Attribution("a" + (attributions.size() + 1), c.id(), cueId, mentionId, speakerId, 1.0,
                    new Provenance(Rule.IMPORTED, "brat event " + event.id() + " of " + ann.getFileName()),
                    Review.PENDING));
        }
        TextSource source = new TextSource(fileName, decoded.charset().name(), decoded.byteOrderMark(),
                decoded.controlCharacters());
        Document document = new Document(Ids.fromName(base), DocumentMetadata.EMPTY.withSource(source), text);
        try {
            return new Imported(new AnnotatedDocument(document, contents, List.copyOf(cues.values()),
                    List.copyOf(mentions.values()), List.copyOf(speakers.values()), attributions), List.copyOf(notes));
        } catch (IllegalArgumentException e) {
            throw new CorpusFormatException(ann, 0, 0, e.getMessage());
        }
    }

    @FunctionalInterface
    private interface Maker<T extends Annotation> {
        T make(String id, Span span);
    }

    private static <T extends Annotation> String role(BratReader.Parsed parsed, BratReader.Event event, String role, Path ann, String text,
            TextOffsets offsets, List<String> notes, Map<String, T> made, Maker<T> maker, String prefix) {
        List<String> refs = event.roles().getOrDefault(role, List.of());
        if (refs.isEmpty() || !parsed.spans().containsKey(refs.get(0))) {
            return null;
        }
        if (refs.size() > 1) {
            notes.add(ann + ": event " + event.id() + " names " + refs.size() + " " + role + " spans; the first is kept");
        }
        String ref = refs.get(0);
        BratReader.TextBound t = parsed.spans().get(ref);
        if (!made.containsKey(ref)) {
            List<Span> fragments = t.fragments();
            if (fragments.size() > 1) {
                notes.add(ann + ":" + t.line() + ": " + role + " " + ref + " has " + fragments.size()
                        + " fragments; kept as one span from the first to the last");
            }
            Span extent = offsets.toUtf16(new Span(fragments.get(0).begin(), fragments.get(fragments.size() - 1).end()));
            made.put(ref, maker.make(prefix + (made.size() + 1), extent));
        }
        return made.get(ref).id();
    }

    /** Fragments sorted, with touching or overlapping ones made one (brat allows either). */
    private static List<Span> inTextOrder(List<Span> fragments) {
        List<Span> sorted = new ArrayList<>(fragments);
        sorted.sort(null);
        List<Span> out = new ArrayList<>();
        for (Span f : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && f.begin() <= last.end()) {
                out.set(out.size() - 1, last.union(f));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    private static BratReader.TextBound first(BratReader.Parsed parsed, BratReader.Event event, String role) {
        List<String> refs = event.roles().getOrDefault(role, List.of());
        return refs.isEmpty() ? null : parsed.spans().get(refs.get(0));
    }

    /** Refuses a span outside the text, or one whose stated text is not what it covers. */
    private static void check(Path ann, BratReader.TextBound t, String text, TextOffsets offsets)
            throws CorpusFormatException {
        StringJoiner covered = new StringJoiner(" ");
        for (Span f : t.fragments()) {
            if (f.end() > offsets.codePointLength()) {
                throw new CorpusFormatException(ann, t.line(), 1, "span " + f.begin() + "-" + f.end()
                        + " reaches past the end of the text (" + offsets.codePointLength() + " characters)");
            }
            covered.add(offsets.toUtf16(f).coveredText(text));
        }
        // the offsets are what counts; the stated text only shows that the .txt is the right one (some
        // tools shorten it, so a prefix will do)
        if (!oneLine(covered.toString()).startsWith(oneLine(t.text()))) {
            throw new CorpusFormatException(ann, t.line(), 1, "the span says \"" + abbreviate(t.text())
                    + "\" but the text there is \"" + abbreviate(covered.toString()) + "\"; is it the right .txt?");
        }
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').strip();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    static ContentKind kindOf(String text, List<Span> fragments) {
        String first = fragments.get(0).coveredText(text).strip();
        boolean quoted = fragments.stream().anyMatch(f -> hasDoubleQuote(f.coveredText(text)));
        if (!quoted) {
            return ContentKind.INDIRECT;
        }
        return !first.isEmpty() && isQuoteMark(first.charAt(0)) ? ContentKind.DIRECT : ContentKind.MIXED;
    }

    private static boolean hasDoubleQuote(String s) {
        return s.indexOf('"') >= 0 || s.indexOf('\u201C') >= 0 || s.indexOf('\u201D') >= 0 || s.contains("''")
                || s.indexOf('\u00AB') >= 0 || s.indexOf('\u201E') >= 0;
    }

    private static boolean isQuoteMark(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u201E';
    }

    static CueKind cueKindOf(String cue) {
        String s = cue.strip();
        if (!s.isEmpty() && s.chars().noneMatch(Character::isLetterOrDigit)) {
            return CueKind.PUNCTUATION;
        }
        return s.contains(" ") && s.toLowerCase(Locale.ROOT).startsWith("according") ? CueKind.PHRASE : CueKind.VERB;
    }

    static MentionKind mentionKindOf(String mention) {
        String s = mention.strip();
        if (PRONOUNS.contains(s.toLowerCase(Locale.ROOT))) {
            return MentionKind.PRONOUN;
        }
        return !s.isEmpty() && Character.isUpperCase(s.codePointAt(0)) ? MentionKind.NAME : MentionKind.DESCRIPTION;
    }
}
