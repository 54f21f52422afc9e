package org.readingcorpus.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A document with its annotations: the unit the annotator produces and every format writes.
 * Checks its invariants when built: spans inside the text, ids unique, references resolving,
 * no two attributions sharing a content, and no speaker given to a scare quote.
 */
public record AnnotatedDocument(
        Document document,
        List<Content> contents,
        List<Cue> cues,
        List<SourceMention> sourceMentions,
        List<Speaker> speakers,
        List<Attribution> attributions) {

    public AnnotatedDocument {
        Objects.requireNonNull(document, "document");
        contents = sortedBySpan(contents);
        cues = sortedBySpan(cues);
        sourceMentions = sortedBySpan(sourceMentions);
        speakers = List.copyOf(speakers);
        attributions = List.copyOf(attributions);
        validate(document, contents, cues, sourceMentions, speakers, attributions);
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
        return find(contents, Content::id, id, "content");
    }

    public Optional<Cue> cue(String id) {
        return id == null ? Optional.empty() : Optional.of(find(cues, Cue::id, id, "cue"));
    }

    public Optional<SourceMention> sourceMention(String id) {
        return id == null ? Optional.empty() : Optional.of(find(sourceMentions, SourceMention::id, id, "source mention"));
    }

    public Optional<Speaker> speaker(String id) {
        return id == null ? Optional.empty() : Optional.of(find(speakers, Speaker::id, id, "speaker"));
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

    private static <T> T find(List<T> items, Function<T, String> idOf, String id, String what) {
        for (T item : items) {
            if (idOf.apply(item).equals(id)) {
                return item;
            }
        }
        throw new IllegalArgumentException("no " + what + " with id " + id);
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
        }
    }

    private static void requireKnown(String where, Attribution a, String what, String ref, Set<String> known) {
        if (ref != null && !known.contains(ref)) {
            throw new IllegalArgumentException(where + "attribution " + a.id() + " names unknown " + what + " " + ref);
        }
    }
}
