package org.readingcorpus.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The corpus-level list of speakers: the same person or body across documents is one entry, with
 * the per-document speakers that are it. Two speakers are the same when they have the same type
 * and the same name once case, accents and spacing are set aside. Anonymous and unknown speakers
 * ("analysts", "a source") are not identifiable across documents and have no entry. Entries are
 * numbered in order of first appearance, so the same corpus gives the same ids.
 */
public final class SpeakerRegistry {

    /** One document's speaker that is this entry. */
    public record Mention(String documentId, String speakerId) {
        public Mention {
            Objects.requireNonNull(documentId, "document id");
            Objects.requireNonNull(speakerId, "speaker id");
        }
    }

    /** A speaker of the corpus, every name the documents give it, and where it speaks. */
    public record Entry(String id, String name, SpeakerType type, List<String> aliases, List<Mention> mentions) {
        public Entry {
            Ids.require(id, "registry");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            aliases = List.copyOf(aliases);
            mentions = List.copyOf(mentions);
        }
    }

    private static final class Building {
        final String id;
        final String name;
        final SpeakerType type;
        final Set<String> aliases = new LinkedHashSet<>();
        final List<Mention> mentions = new ArrayList<>();

        Building(String id, String name, SpeakerType type) {
            this.id = id;
            this.name = name;
            this.type = type;
        }
    }

    private final Map<String, Building> byKey = new LinkedHashMap<>();

    /** Adds the identifiable speakers of {@code document}. */
    public void add(AnnotatedDocument document) {
        for (Speaker s : document.speakers()) {
            if (s.type() == SpeakerType.ANONYMOUS || s.type() == SpeakerType.UNKNOWN) {
                continue;
            }
            Building entry = byKey.computeIfAbsent(s.type() + " " + nameKey(s.canonicalName()),
                    k -> new Building("S" + (byKey.size() + 1), s.canonicalName(), s.type()));
            for (String alias : s.aliases()) {
                if (!nameKey(alias).equals(nameKey(entry.name))) {
                    entry.aliases.add(alias);
                }
            }
            entry.mentions.add(new Mention(document.id(), s.id()));
        }
    }

    public List<Entry> entries() {
        return byKey.values().stream()
                .map(b -> new Entry(b.id, b.name, b.type, List.copyOf(b.aliases), b.mentions))
                .toList();
    }

    /** A name with case, accents, punctuation and spacing set aside: what two names must share to be one. */
    public static String nameKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
