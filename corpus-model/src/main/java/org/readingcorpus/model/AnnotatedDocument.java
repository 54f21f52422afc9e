package org.readingcorpus.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A document with its annotations: the unit the annotator produces and every format writes.
 * Checks its invariants when built: spans inside the text, ids unique, references resolving,
 * no two attributions sharing a content, and no speaker given to a scare quote.
 *
 * <p>Immutable, with value equality like a record; it is a class only to keep an index by id, so
 * that looking up what an attribution names costs the same in a document of ten or of ten thousand.
 */
public final class AnnotatedDocument {

    private final Document document;
    private final List<Content> contents;
    private final List<Cue> cues;
    private final List<SourceMention> sourceMentions;
    private final List<Speaker> speakers;
    private final List<Attribution> attributions;
    private final Map<String, Object> byId = new HashMap<>();

    public AnnotatedDocument(Document document, List<Content> contents, List<Cue> cues,
            List<SourceMention> sourceMentions, List<Speaker> speakers, List<Attribution> attributions) {
        this.document = Objects.requireNonNull(document, "document");
        this.contents = sortedBySpan(contents);
        this.cues = sortedBySpan(cues);
        this.sourceMentions = sortedBySpan(sourceMentions);
        this.speakers = List.copyOf(speakers);
        this.attributions = List.copyOf(attributions);
        validate(document, this.contents, this.cues, this.sourceMentions, this.speakers, this.attributions);
        for (List<?> layer : List.of(this.contents, this.cues, this.sourceMentions, this.speakers)) {
            for (Object item : layer) {
                byId.put(idOf(item), item);
            }
        }
    }

    public Document document() {
        return document;
    }

    public List<Content> contents() {
        return contents;
    }

    public List<Cue> cues() {
        return cues;
    }

    public List<SourceMention> sourceMentions() {
        return sourceMentions;
    }

    public List<Speaker> speakers() {
        return speakers;
    }

    public List<Attribution> attributions() {
        return attributions;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnnotatedDocument other && document.equals(other.document) && contents.equals(other.contents)
                && cues.equals(other.cues) && sourceMentions.equals(other.sourceMentions)
                && speakers.equals(other.speakers) && attributions.equals(other.attributions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(document, contents, cues, sourceMentions, speakers, attributions);
    }

    @Override
    public String toString() {
        return "AnnotatedDocument[" + document.id() + ": " + contents.size() + " contents, " + attributions.size()
                + " attributions]";
    }

    private static String idOf(Object item) {
        return item instanceof Annotation a ? a.id() : ((Speaker) item).id();
    }

    public static AnnotatedDocument unannotated(Document document) {
        return new AnnotatedDocument(document, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public String id() {
        return document.id();
    }

    public String text() {
        return document.text();
    }

    public Content content(String id) {
        return find(Content.class, id, "content");
    }

    public Optional<Cue> cue(String id) {
        return id == null ? Optional.empty() : Optional.of(find(Cue.class, id, "cue"));
    }

    public Optional<SourceMention> sourceMention(String id) {
        return id == null ? Optional.empty() : Optional.of(find(SourceMention.class, id, "source mention"));
    }

    public Optional<Speaker> speaker(String id) {
        return id == null ? Optional.empty() : Optional.of(find(Speaker.class, id, "speaker"));
    }

    /** Attributions in the order of their contents in the text. */
    public List<Attribution> attributionsInTextOrder() {
        Map<String, Span> spanOf = contents.stream().collect(Collectors.toMap(Content::id, Content::span));
        return attributions.stream()
                .sorted(Comparator.comparing((Attribution a) -> spanOf.get(a.contentId())).thenComparing(Attribution::id))
                .toList();
    }

    public AnnotatedDocument withAttributions(List<Attribution> newAttributions) {
        return new AnnotatedDocument(document, contents, cues, sourceMentions, speakers, newAttributions);
    }

    private <T> T find(Class<T> type, String id, String what) {
        Object item = byId.get(id);
        if (!type.isInstance(item)) {
            throw new IllegalArgumentException("no " + what + " with id " + id);
        }
        return type.cast(item);
    }

    private static <T extends Annotation> List<T> sortedBySpan(List<T> items) {
        return items.stream().sorted(Comparator.comparing(Annotation::span).thenComparing(Annotation::id)).toList();
    }

    private static void validate(Document document, List<Content> contents, List<Cue> cues,
            List<SourceMention> mentions, List<Speaker> speakers, List<Attribution> attributions) {
        String where = "document " + document.id() + ": ";
        int length = document.text().length();
        Set<String> ids = new HashSet<>();
        for (List<? extends Annotation> layer : List.of(contents, cues, mentions)) {
            for (Annotation a : layer) {
                if (a.span().end() > length) {
                    throw new IllegalArgumentException(where + a.id() + " " + a.span()
                            + " lies outside the text of length " + length);
                }
                if (!ids.add(a.id())) {
                    throw new IllegalArgumentException(where + "id " + a.id() + " is used twice");
                }
            }
        }
        Map<String, Content> contentById = new HashMap<>();
        contents.forEach(c -> contentById.put(c.id(), c));
        Set<String> cueIds = cues.stream().map(Cue::id).collect(Collectors.toSet());
        Set<String> mentionIds = mentions.stream().map(SourceMention::id).collect(Collectors.toSet());
        Set<String> speakerIds = new HashSet<>();
        for (Speaker s : speakers) {
            if (!speakerIds.add(s.id()) || ids.contains(s.id())) {
                throw new IllegalArgumentException(where + "id " + s.id() + " is used twice");
            }
        }
        Set<String> attributed = new HashSet<>();
        Set<String> attributionIds = new HashSet<>();
        for (Attribution a : attributions) {
            if (!attributionIds.add(a.id()) || ids.contains(a.id()) || speakerIds.contains(a.id())) {
                throw new IllegalArgumentException(where + "id " + a.id() + " is used twice");
            }
            Content content = contentById.get(a.contentId());
            if (content == null) {
                throw new IllegalArgumentException(where + "attribution " + a.id() + " names unknown content " + a.contentId());
            }
            if (!attributed.add(a.contentId())) {
                throw new IllegalArgumentException(where + "content " + a.contentId() + " has two attributions");
            }
            if (!content.kind().isSpeech() && a.speakerId() != null) {
                throw new IllegalArgumentException(where + "attribution " + a.id() + " gives scare quote "
                        + a.contentId() + " a speaker");
            }
            requireKnown(where, a, "cue", a.cueId(), cueIds);
            requireKnown(where, a, "source mention", a.sourceMentionId(), mentionIds);
            requireKnown(where, a, "speaker", a.speakerId(), speakerIds);
            requireKnown(where, a, "proposed speaker", a.review().proposedSpeakerId(), speakerIds);
        }
    }

    private static void requireKnown(String where, Attribution a, String what, String ref, Set<String> known) {
        if (ref != null && !known.contains(ref)) {
            throw new IllegalArgumentException(where + "attribution " + a.id() + " names unknown " + what + " " + ref);
        }
    }
}
