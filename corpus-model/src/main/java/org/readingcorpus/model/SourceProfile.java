package org.readingcorpus.model;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who an article lets speak, and how: attributions by speaker type and by kind, the share of its
 * words that are attributed, the outlets it cites and each speaker's share, with the words that
 * present them and the verbs that report them. What a media-literacy class asks of an article.
 * Attributions a reviewer rejected, or found not to be quotes, do not count.
 */
public record SourceProfile(String documentId, int words, int attributedWords, Map<ContentKind, Integer> byKind,
        Map<SpeakerType, Integer> bySpeakerType, List<SpeakerShare> speakers) {

    /**
     * One speaker's part in the article. {@code type} is {@link SpeakerType#UNKNOWN} and {@code
     * speakerId} null for the attributions no speaker was found for.
     */
    public record SpeakerShare(String speakerId, String name, SpeakerType type, Map<ContentKind, Integer> byKind,
            List<String> presentedAs, List<String> cues) {
        public SpeakerShare {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            byKind = Collections.unmodifiableMap(new EnumMap<>(byKind.isEmpty() ? Map.of(ContentKind.DIRECT, 0) : byKind));
            presentedAs = List.copyOf(presentedAs);
            cues = List.copyOf(cues);
        }

        public int attributions() {
            return byKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public SourceProfile {
        Objects.requireNonNull(documentId, "document id");
        byKind = Collections.unmodifiableMap(copy(byKind, ContentKind.class));
        bySpeakerType = Collections.unmodifiableMap(copy(bySpeakerType, SpeakerType.class));
        speakers = List.copyOf(speakers);
    }

    private static <K extends Enum<K>> EnumMap<K, Integer> copy(Map<K, Integer> counts, Class<K> type) {
        EnumMap<K, Integer> copy = new EnumMap<>(type);
        copy.putAll(counts);
        return copy;
    }

    /** The same profile without its speakers: what a corpus keeps per article. */
    public SourceProfile countsOnly() {
        return new SourceProfile(documentId, words, attributedWords, byKind, bySpeakerType, List.of());
    }

    /** Attributions that carry speech (scare quotes are not attributions of anyone). */
    public int attributions() {
        return bySpeakerType.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int count(ContentKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    public int count(SpeakerType type) {
        return bySpeakerType.getOrDefault(type, 0);
    }

    /** The media outlets the article cites, most cited first. */
    public List<SpeakerShare> outlets() {
        return speakers.stream().filter(s -> s.type() == SpeakerType.MEDIA_OUTLET).toList();
    }

    public double attributedShare() {
        return words == 0 ? 0 : (double) attributedWords / words;
    }

    /** Whether a reviewer took an attribution back: it no longer counts. */
    public static boolean counts(Attribution a) {
        ReviewState state = a.review().state();
        return state != ReviewState.REJECTED && state != ReviewState.NOT_A_QUOTE;
    }

    public static SourceProfile of(AnnotatedDocument document) {
        String text = document.text();
        Map<ContentKind, Integer> byKind = new EnumMap<>(ContentKind.class);
        Map<SpeakerType, Integer> byType = new EnumMap<>(SpeakerType.class);
        Map<String, Building> shares = new LinkedHashMap<>();
        BitSet attributed = new BitSet(text.length());
        for (Attribution a : document.attributionsInTextOrder()) {
            Content content = document.content(a.contentId());
            if (!counts(a)) {
                continue;
            }
            byKind.merge(content.kind(), 1, Integer::sum);
            if (!content.kind().isSpeech()) {
                continue;
            }
            content.fragments().forEach(f -> attributed.set(f.begin(), f.end()));
            Speaker speaker = document.speaker(a.speakerId()).orElse(null);
            SpeakerType type = speaker == null ? SpeakerType.UNKNOWN : speaker.type();
            byType.merge(type, 1, Integer::sum);
            Building share = shares.computeIfAbsent(speaker == null ? "" : speaker.id(),
                    k -> new Building(speaker));
            share.byKind.merge(content.kind(), 1, Integer::sum);
            document.sourceMention(a.sourceMentionId()).ifPresent(m -> share.presentedAs.add(squeeze(m.span().coveredText(text))));
            document.cue(a.cueId()).ifPresent(c -> share.cues.add(squeeze(c.span().coveredText(text)).toLowerCase(java.util.Locale.ROOT)));
        }
        WordCount words = countWords(text, attributed);
        List<SpeakerShare> speakers = new ArrayList<>();
        shares.values().forEach(b -> speakers.add(b.build()));
        speakers.sort((x, y) -> Integer.compare(y.attributions(), x.attributions()));
        return new SourceProfile(document.id(), words.all(), words.attributed(), byKind, byType, speakers);
    }

    private static final class Building {
        final Speaker speaker;
        final Map<ContentKind, Integer> byKind = new EnumMap<>(ContentKind.class);
        final Set<String> presentedAs = new LinkedHashSet<>();
        final Set<String> cues = new LinkedHashSet<>();

        Building(Speaker speaker) {
            this.speaker = speaker;
        }

        SpeakerShare build() {
            return speaker == null
                    ? new SpeakerShare(null, "(no speaker found)", SpeakerType.UNKNOWN, byKind, List.copyOf(presentedAs),
                            List.copyOf(cues))
                    : new SpeakerShare(speaker.id(), speaker.canonicalName(), speaker.type(), byKind,
                            List.copyOf(presentedAs), List.copyOf(cues));
        }
    }

    record WordCount(int all, int attributed) {
    }

    /** Words (runs of letters or digits, apostrophes and hyphens inside), and those starting inside attributed spans. */
    static WordCount countWords(String text, BitSet attributed) {
        int words = 0;
        int inside = 0;
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                int start = i;
                i += Character.charCount(c);
                while (i < text.length()) {
                    int d = text.codePointAt(i);
                    boolean joiner = (d == '\'' || d == '\u2019' || d == '-') && i + 1 < text.length()
                            && Character.isLetterOrDigit(text.codePointAt(i + 1));
                    if (!Character.isLetterOrDigit(d) && !joiner) {
                        break;
                    }
                    i += Character.charCount(d);
                }
                words++;
                if (attributed.get(start)) {
                    inside++;
                }
            } else {
                i += Character.charCount(c);
            }
        }
        return new WordCount(words, inside);
    }

    private static String squeeze(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
