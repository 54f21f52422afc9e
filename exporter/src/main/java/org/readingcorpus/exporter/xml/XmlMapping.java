package org.readingcorpus.exporter.xml;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.SourceProfile;
import org.readingcorpus.model.CorpusProfile;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Cue;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Provenance;
import org.readingcorpus.model.Review;
import org.readingcorpus.model.ReviewState;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.SourceMention;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.Speaker;
import org.readingcorpus.model.SpeakerRegistry;
import org.readingcorpus.model.SpeakerType;
import org.readingcorpus.model.TextOffsets;
import org.readingcorpus.model.TextSource;
import org.readingcorpus.exporter.UnwritableTextException;

/** Maps one document between the model (UTF-16 offsets) and the XML classes (code point offsets). */
final class XmlMapping {

    private XmlMapping() {
    }

    static XmlDocument toXml(AnnotatedDocument annotated) {
        Document document = annotated.document();
        String text = document.text();
        requireXmlCharacters(document.id(), text);
        TextOffsets offsets = TextOffsets.of(text);
        XmlDocument x = new XmlDocument();
        x.id = document.id();
        DocumentMetadata m = document.metadata();
        x.metadata.title = m.title();
        x.metadata.outlet = m.outlet();
        x.metadata.author = m.author();
        x.metadata.publicationDate = m.publicationDate() == null ? null : m.publicationDate().toString();
        x.metadata.url = m.url();
        x.metadata.language = m.language();
        if (m.source() != null) {
            x.metadata.source = new XmlDocument.Source();
            x.metadata.source.file = m.source().file();
            x.metadata.source.encoding = m.source().encoding();
            x.metadata.source.byteOrderMark = m.source().byteOrderMark();
            for (int offset : m.source().controlCharacters()) {
                XmlDocument.ControlCharacter control = new XmlDocument.ControlCharacter();
                control.offset = offsets.toCodePoint(offset);
                x.metadata.source.controlCharacters.add(control);
            }
        }
        x.text = text;
        for (Speaker s : annotated.speakers()) {
            XmlDocument.Speaker xs = new XmlDocument.Speaker();
            xs.id = s.id();
            xs.type = s.type().name();
            xs.name = s.canonicalName();
            xs.aliases.addAll(s.aliases());
            x.speakers.add(xs);
        }
        for (Content c : annotated.contents()) {
            XmlDocument.Content xc = span(new XmlDocument.Content(), c.id(), c.span(), text, offsets);
            xc.kind = c.kind().name();
            if (c.fragments().size() > 1) {
                StringJoiner pieces = new StringJoiner(" ");
                for (Span f : c.fragments()) {
                    Span cp = offsets.toCodePoints(f);
                    pieces.add(cp.begin() + "-" + cp.end());
                }
                xc.fragments = pieces.toString();
            }
            x.contents.add(xc);
        }
        for (Cue c : annotated.cues()) {
            XmlDocument.Cue xc = span(new XmlDocument.Cue(), c.id(), c.span(), text, offsets);
            xc.kind = c.kind().name();
            x.cues.add(xc);
        }
        for (SourceMention s : annotated.sourceMentions()) {
            XmlDocument.SourceMention xs = span(new XmlDocument.SourceMention(), s.id(), s.span(), text, offsets);
            xs.kind = s.kind().name();
            x.sourceMentions.add(xs);
        }
        for (Attribution a : annotated.attributionsInTextOrder()) {
            XmlDocument.Attribution xa = new XmlDocument.Attribution();
            xa.id = a.id();
            xa.content = a.contentId();
            xa.cue = a.cueId();
            xa.sourceMention = a.sourceMentionId();
            xa.speaker = a.speakerId();
            xa.confidence = BigDecimal.valueOf(a.confidence()).toPlainString();
            xa.rule = a.provenance().rule().name();
            xa.evidence = a.provenance().evidence();
            xa.review = new XmlDocument.Review();
            xa.review.state = a.review().state().name();
            xa.review.reviewer = a.review().reviewer();
            xa.review.time = a.review().time() == null ? null : a.review().time().toString();
            xa.review.comment = a.review().comment();
            xa.review.proposedSpeaker = a.review().proposedSpeakerId();
            x.attributions.add(xa);
        }
        return x;
    }

    static XmlRegistry toXml(List<SpeakerRegistry.Entry> entries) {
        XmlRegistry x = new XmlRegistry();
        for (SpeakerRegistry.Entry e : entries) {
            XmlRegistry.Entry xe = new XmlRegistry.Entry();
            xe.id = e.id();
            xe.type = e.type().name();
            xe.name = e.name();
            xe.aliases.addAll(e.aliases());
            for (SpeakerRegistry.Mention m : e.mentions()) {
                XmlRegistry.Mention xm = new XmlRegistry.Mention();
                xm.document = m.documentId();
                xm.speaker = m.speakerId();
                xe.mentions.add(xm);
            }
            x.entries.add(xe);
        }
        return x;
    }

    static List<SpeakerRegistry.Entry> fromXml(XmlRegistry x) {
        List<SpeakerRegistry.Entry> entries = new ArrayList<>();
        for (XmlRegistry.Entry e : x.entries) {
            entries.add(new SpeakerRegistry.Entry(e.id, e.name, SpeakerType.valueOf(e.type), e.aliases,
                    e.mentions.stream().map(m -> new SpeakerRegistry.Mention(m.document, m.speaker)).toList()));
        }
        return entries;
    }

    /** The model of one document; fails with the id and value when a span does not match its text. */
    static AnnotatedDocument fromXml(XmlDocument x) {
        String text = x.text == null ? "" : x.text;
        TextOffsets offsets = TextOffsets.of(text);
        DocumentMetadata metadata = new DocumentMetadata(x.metadata.title, x.metadata.outlet, x.metadata.author,
                x.metadata.publicationDate == null ? null : LocalDate.parse(x.metadata.publicationDate), x.metadata.url,
                x.metadata.language, x.metadata.source == null ? null : source(x.id, x.metadata.source, text, offsets));
        Document document = new Document(x.id, metadata, text);
        List<Speaker> speakers = new ArrayList<>();
        for (XmlDocument.Speaker s : x.speakers) {
            speakers.add(new Speaker(s.id, s.name, s.aliases, SpeakerType.valueOf(s.type)));
        }
        List<Content> contents = new ArrayList<>();
        for (XmlDocument.Content c : x.contents) {
            Span extent = modelSpan(x.id, c, text, offsets);
            List<Span> fragments = c.fragments == null ? List.of(extent) : fragments(x.id, c, offsets);
            if (fragments.get(0).begin() != extent.begin()
                    || fragments.get(fragments.size() - 1).end() != extent.end()) {
                throw new IllegalArgumentException("document " + x.id + ": content " + c.id + " has fragments \""
                        + c.fragments + "\" that do not start at its begin and end at its end");
            }
            contents.add(new Content(c.id, fragments, ContentKind.valueOf(c.kind)));
        }
        List<Cue> cues = new ArrayList<>();
        for (XmlDocument.Cue c : x.cues) {
            cues.add(new Cue(c.id, modelSpan(x.id, c, text, offsets), CueKind.valueOf(c.kind)));
        }
        List<SourceMention> mentions = new ArrayList<>();
        for (XmlDocument.SourceMention s : x.sourceMentions) {
            mentions.add(new SourceMention(s.id, modelSpan(x.id, s, text, offsets), MentionKind.valueOf(s.kind)));
        }
        List<Attribution> attributions = new ArrayList<>();
        for (XmlDocument.Attribution a : x.attributions) {
            Review review = new Review(ReviewState.valueOf(a.review.state), a.review.reviewer,
                    a.review.time == null ? null : Instant.parse(a.review.time), a.review.comment,
                    a.review.proposedSpeaker);
            attributions.add(new Attribution(a.id, a.content, a.cue, a.sourceMention, a.speaker,
                    Double.parseDouble(a.confidence), new Provenance(Rule.valueOf(a.rule), a.evidence), review));
        }
        return new AnnotatedDocument(document, contents, cues, mentions, speakers, attributions);
    }

    private static List<Span> fragments(String documentId, XmlDocument.Content c, TextOffsets offsets) {
        List<Span> fragments = new ArrayList<>();
        for (String piece : c.fragments.trim().split(" +")) {
            String[] ends = piece.split("-");
            try {
                fragments.add(offsets.toUtf16(new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1]))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("document " + documentId + ": content " + c.id + " has a fragment \""
                        + piece + "\" that is not begin-end inside the text");
            }
        }
        return fragments;
    }

    private static <T extends XmlDocument.Span> T span(T x, String id, Span span, String text, TextOffsets offsets) {
        Span cp = offsets.toCodePoints(span);
        x.id = id;
        x.begin = cp.begin();
        x.end = cp.end();
        x.covered = span.coveredText(text);
        return x;
    }

    private static Span modelSpan(String documentId, XmlDocument.Span x, String text, TextOffsets offsets) {
        Span span;
        try {
            span = offsets.toUtf16(new Span(x.begin, x.end));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("document " + documentId + ": span " + x.id + " [" + x.begin + ", "
                    + x.end + ") does not fit the text: " + e.getMessage());
        }
        String covered = span.coveredText(text);
        String declared = x.covered == null ? "" : x.covered;
        if (!covered.equals(declared)) {
            throw new IllegalArgumentException("document " + documentId + ": span " + x.id + " [" + x.begin + ", "
                    + x.end + ") covers \"" + abbreviate(covered) + "\" but says \"" + abbreviate(declared) + "\"");
        }
        return span;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static TextSource source(String documentId, XmlDocument.Source x, String text, TextOffsets offsets) {
        List<Integer> controls = new ArrayList<>();
        for (XmlDocument.ControlCharacter control : x.controlCharacters) {
            int at = offsets.toUtf16(control.offset);
            if (at >= text.length() || text.charAt(at) < TextSource.CONTROL_PICTURES
                    || text.charAt(at) >= TextSource.CONTROL_PICTURES + 0x20) {
                throw new IllegalArgumentException("document " + documentId + ": controlCharacter at " + control.offset
                        + " does not point at a Control Picture in the text");
            }
            controls.add(at);
        }
        return new TextSource(x.file, x.encoding, x.byteOrderMark, controls);
    }

    /** XML 1.0 holds tab, LF, CR and characters from U+0020 on, except unpaired surrogates and U+FFFE/FFFF. */
    static void requireXmlCharacters(String documentId, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
                if (ok) {
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok) {
                int codePoint = text.codePointCount(0, i);
                throw new UnwritableTextException(String.format("document %s: character U+%04X at code point %d "
                        + "cannot be written in XML 1.0", documentId, (int) c, codePoint));
            }
        }
    }

    /** The corpus's source profile: totals, one row per article in order, outlets, speakers of several articles. */
    static XmlProfile toXml(CorpusProfile corpus, List<SourceProfile> articles) {
        XmlProfile x = new XmlProfile();
        x.total = new XmlProfile.Counts();
        counts(x.total, corpus.words(), corpus.attributedWords(), corpus::count, corpus::count);
        for (SourceProfile p : articles) {
            XmlProfile.Article article = new XmlProfile.Article();
            article.document = p.documentId();
            counts(article, p.words(), p.attributedWords(), p::count, p::count);
            x.articles.add(article);
        }
        for (CorpusProfile.CitedOutlet o : corpus.outlets()) {
            XmlProfile.Outlet outlet = new XmlProfile.Outlet();
            outlet.name = o.name();
            outlet.documents = o.documents();
            outlet.attributions = o.attributions();
            x.outlets.add(outlet);
        }
        for (CorpusProfile.SharedSpeaker s : corpus.sharedSpeakers()) {
            XmlProfile.SharedSpeaker shared = new XmlProfile.SharedSpeaker();
            shared.name = s.name();
            shared.type = s.type().name();
            shared.documents = s.documents();
            shared.attributions = s.attributions();
            for (CorpusProfile.Appearance a : s.appearances()) {
                XmlProfile.Appearance appearance = new XmlProfile.Appearance();
                appearance.document = a.documentId();
                appearance.direct = a.share().byKind().getOrDefault(ContentKind.DIRECT, 0);
                appearance.mixed = a.share().byKind().getOrDefault(ContentKind.MIXED, 0);
                appearance.indirect = a.share().byKind().getOrDefault(ContentKind.INDIRECT, 0);
                appearance.namedAs.addAll(a.share().presentedAs());
                appearance.cues.addAll(a.share().cues());
                shared.appearances.add(appearance);
            }
            x.sharedSpeakers.add(shared);
        }
        return x;
    }

    private static void counts(XmlProfile.Counts x, int words, int attributedWords,
            java.util.function.ToIntFunction<ContentKind> byKind, java.util.function.ToIntFunction<SpeakerType> byType) {
        x.words = words;
        x.attributedWords = attributedWords;
        x.direct = byKind.applyAsInt(ContentKind.DIRECT);
        x.mixed = byKind.applyAsInt(ContentKind.MIXED);
        x.indirect = byKind.applyAsInt(ContentKind.INDIRECT);
        x.scareQuotes = byKind.applyAsInt(ContentKind.SCARE_QUOTE);
        x.people = byType.applyAsInt(SpeakerType.PERSON);
        x.organizations = byType.applyAsInt(SpeakerType.ORGANIZATION);
        x.mediaOutlets = byType.applyAsInt(SpeakerType.MEDIA_OUTLET);
        x.anonymous = byType.applyAsInt(SpeakerType.ANONYMOUS);
        x.unresolved = byType.applyAsInt(SpeakerType.UNKNOWN);
    }
}
