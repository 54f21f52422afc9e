package org.readingcorpus.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The source profile of a whole corpus, added up one article at a time: totals by kind and by
 * speaker type, the outlets cited and in how many articles, and the speakers who appear in several
 * articles with how each article presents them. Speakers are the same across articles as in the
 * {@link SpeakerRegistry}: same type, same name once case and accents are set aside.
 */
public final class CorpusProfile {

    /** How one article presents a speaker; at most {@value #APPEARANCES_KEPT} are kept per speaker. */
    public record Appearance(String documentId, SourceProfile.SpeakerShare share) {
    }

    /** A speaker of several articles; {@code documents} counts them all, {@code appearances} the first ones. */
    public record SharedSpeaker(String name, SpeakerType type, int documents, int attributions,
            List<Appearance> appearances) {
        public SharedSpeaker {
            appearances = List.copyOf(appearances);
        }
    }

    /** A media outlet the corpus cites. */
    public record CitedOutlet(String name, int documents, int attributions) {
    }

    static final int APPEARANCES_KEPT = 50;

    private int documents;
    private int words;
    private int attributedWords;
    private final Map<ContentKind, Integer> byKind = new EnumMap<>(ContentKind.class);
    private final Map<SpeakerType, Integer> bySpeakerType = new EnumMap<>(SpeakerType.class);
    private final Map<String, Speaking> speakers = new LinkedHashMap<>();

    private static final class Speaking {
        final String name;
        final SpeakerType type;
        int documents;
        int attributions;
        final List<Appearance> appearances = new ArrayList<>();

        Speaking(String name, SpeakerType type) {
            this.name = name;
            this.type = type;
        }
    }

    public void add(SourceProfile profile) {
        documents++;
        words += profile.words();
        attributedWords += profile.attributedWords();
        profile.byKind().forEach((k, n) -> byKind.merge(k, n, Integer::sum));
        profile.bySpeakerType().forEach((t, n) -> bySpeakerType.merge(t, n, Integer::sum));
        for (SourceProfile.SpeakerShare share : profile.speakers()) {
            if (share.type() == SpeakerType.ANONYMOUS || share.type() == SpeakerType.UNKNOWN) {
                continue; // "a source" in one article is not "a source" in another
            }
            Speaking s = speakers.computeIfAbsent(share.type() + " " + SpeakerRegistry.nameKey(share.name()),
                    k -> new Speaking(share.name(), share.type()));
            s.documents++;
            s.attributions += share.attributions();
            if (s.appearances.size() < APPEARANCES_KEPT) {
                s.appearances.add(new Appearance(profile.documentId(), share));
            }
        }
    }

    public int documents() {
        return documents;
    }

    public int words() {
        return words;
    }

    public int attributedWords() {
        return attributedWords;
    }

    public double attributedShare() {
        return words == 0 ? 0 : (double) attributedWords / words;
    }

    public int count(ContentKind kind) {
        return byKind.getOrDefault(kind, 0);
    }

    public int count(SpeakerType type) {
        return bySpeakerType.getOrDefault(type, 0);
    }

    public int attributions() {
        return bySpeakerType.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Speakers of at least two articles, those of most articles first. */
    public List<SharedSpeaker> sharedSpeakers() {
        return speakers.values().stream().filter(s -> s.documents >= 2)
                .sorted(Comparator.comparingInt((Speaking s) -> -s.documents).thenComparingInt(s -> -s.attributions))
                .map(s -> new SharedSpeaker(s.name, s.type, s.documents, s.attributions, s.appearances))
                .toList();
    }

    /** Media outlets cited, those of most articles first. */
    public List<CitedOutlet> outlets() {
        return speakers.values().stream().filter(s -> s.type == SpeakerType.MEDIA_OUTLET)
                .sorted(Comparator.comparingInt((Speaking s) -> -s.documents).thenComparingInt(s -> -s.attributions))
                .map(s -> new CitedOutlet(s.name, s.documents, s.attributions))
                .toList();
    }
}
