package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.SpeakerType;

/**
 * Resolves every source mention to one speaker per document, reading in text order as a reader
 * does: names merge with earlier variants of themselves; pronouns and descriptions ("the
 * expert", "the newspaper") point back to the latest fitting speaker; unnamed sources of one
 * kind ("analysts") are one anonymous speaker; quotes without a source take their lender's.
 */
public final class SpeakerResolver implements AnnotationStage {

    private final SpeakerNames names;
    private final Lexicons lexicons;

    public SpeakerResolver(Lexicons lexicons) {
        this.lexicons = lexicons;
        this.names = new SpeakerNames(lexicons);
    }

    /** A speaker being built: its names, type, descriptive words and where it was last seen. */
    private static final class Draft {
        String canonical;
        final Set<String> forms = new LinkedHashSet<>();
        final Set<String> words = new LinkedHashSet<>();
        final SpeakerType type;
        int lastSeen;

        Draft(String canonical, SpeakerType type) {
            this.canonical = canonical;
            this.type = type;
            forms.add(canonical);
        }
    }

    @Override
    public void process(Analysis analysis) {
        String text = analysis.text();
        List<Draft> drafts = new ArrayList<>();
        Map<Proposal, Draft> speakerOf = new IdentityHashMap<>();
        List<Proposal> withSource = analysis.proposals().stream()
                .filter(p -> p.source() != null && p.kind().isSpeech())
                .sorted(Comparator.comparing(Proposal::source))
                .toList();
        for (Proposal p : withSource) {
            String mention = p.source().coveredText(text);
            Draft speaker = switch (p.mentionKind()) {
                case NAME -> named(drafts, mention);
                case PRONOUN -> latest(drafts, p.source().begin(), pronounTypes(mention));
                case DESCRIPTION -> described(drafts, mention, p.source().begin());
                case UNNAMED -> unnamed(drafts, mention);
            };
            if (speaker != null) {
                speaker.lastSeen = Math.max(speaker.lastSeen, p.source().begin());
                if (p.mentionKind() == MentionKind.NAME || p.mentionKind() == MentionKind.DESCRIPTION) {
                    for (String w : mention.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                        speaker.words.add(w);
                    }
                }
                speakerOf.put(p, speaker);
            }
        }
        for (Proposal p : analysis.proposals()) {
            Proposal lender = p.inheritsSpeakerFrom() == null ? null : analysis.current(p.inheritsSpeakerFrom());
            while (lender != null && !speakerOf.containsKey(lender)) {
                lender = lender.inheritsSpeakerFrom() == null ? null : analysis.current(lender.inheritsSpeakerFrom());
            }
            if (lender != null && p.source() == null) {
                speakerOf.put(p, speakerOf.get(lender));
            }
        }
        List<Draft> used = drafts.stream().filter(speakerOf::containsValue).toList();
        List<ResolvedSpeakers.Entity> entities = new ArrayList<>();
        Map<Draft, Integer> index = new IdentityHashMap<>();
        for (Draft d : used) {
            index.put(d, entities.size());
            List<String> aliases = d.forms.stream().filter(f -> !f.equals(d.canonical)).toList();
            entities.add(new ResolvedSpeakers.Entity(d.canonical, aliases, d.type));
        }
        Map<Proposal, Integer> result = new IdentityHashMap<>();
        speakerOf.forEach((p, d) -> result.put(p, index.get(d)));
        analysis.setSpeakers(new ResolvedSpeakers(entities, result));
    }

    private Draft named(List<Draft> drafts, String mention) {
        SpeakerNames.Name name = names.read(mention);
        for (Draft d : drafts) {
            if (compatible(d.type, name.type()) && SpeakerNames.sameEntity(d.canonical, name.text(), d.type)) {
                if (wordCount(name.text()) > wordCount(d.canonical) && d.type == SpeakerType.PERSON) {
                    d.canonical = name.text();
                }
                d.forms.add(name.text());
                return d;
            }
        }
        Draft d = new Draft(name.text(), name.type());
        drafts.add(d);
        return d;
    }

    private Draft described(List<Draft> drafts, String description, int at) {
        String mention = TITLE_PHRASES.getOrDefault(withoutDeterminers(description), description);
        String head = headNoun(mention);
        Lexicons.RoleNoun role = lexicons.roleNoun(head);
        Draft best = null;
        int bestShared = 0;
        Set<String> described = contentWords(mention);
        for (Draft d : drafts) {
            // only named speakers: an unnamed description ("the head of X") says nothing about the next one
            if (d.type != SpeakerType.ANONYMOUS && d.lastSeen <= at && d.words.contains(head)) {
                // "the incoming U.S. president" is the one named "U.S. President-elect Donald Trump", not
                // the latest president: the most words in common, then the latest
                int shared = (int) described.stream().filter(d.words::contains).count();
                if (best == null || shared > bestShared || shared == bestShared && d.lastSeen > best.lastSeen) {
                    best = d;
                    bestShared = shared;
                }
            }
        }
        if (best != null && role != null && bestShared <= 1) {
            // "the expert noted" after a political scientist's quote is that political scientist: with
            // nothing but the role noun in common, the latest speaker of the role's type is meant
            Draft recent = latest(drafts, at, Set.of(role.type()));
            if (recent != null && recent.lastSeen > best.lastSeen && recent.type != SpeakerType.ANONYMOUS) {
                return recent;
            }
        }
        if (best != null) {
            return best;
        }
        if (role != null && role.unnamedPlural()) {
            return unnamed(drafts, mention); // "both Ukrainian and Russian sources" are nobody named before
        }
        if (role != null) {
            Draft typed = latest(drafts, at, Set.of(role.type()));
            if (typed != null) {
                return typed;
            }
        }
        return unnamed(drafts, mention);
    }

    private Draft unnamed(List<Draft> drafts, String mention) {
        String name = withoutDeterminers(mention);
        if (name.isBlank()) {
            return null; // a mention with no words before its first comma names nobody
        }
        for (Draft d : drafts) {
            if (d.type == SpeakerType.ANONYMOUS && d.canonical.equalsIgnoreCase(name)) {
                return d;
            }
        }
        Draft d = new Draft(name, SpeakerType.ANONYMOUS);
        drafts.add(d);
        return d;
    }

    private static Draft latest(List<Draft> drafts, int at, Set<SpeakerType> types) {
        Draft best = null;
        for (Draft d : drafts) {
            if (types.contains(d.type) && d.lastSeen <= at && (best == null || d.lastSeen > best.lastSeen)) {
                best = d;
            }
        }
        return best;
    }

    private Set<SpeakerType> pronounTypes(String pronoun) {
        SpeakerType type = lexicons.pronounType(pronoun);
        if (type == SpeakerType.PERSON) {
            return Set.of(SpeakerType.PERSON);
        }
        return Set.of(SpeakerType.ORGANIZATION, SpeakerType.MEDIA_OUTLET, SpeakerType.ANONYMOUS);
    }

    private static boolean compatible(SpeakerType a, SpeakerType b) {
        return a == b || a == SpeakerType.UNKNOWN || b == SpeakerType.UNKNOWN;
    }

    private static final Set<String> LINKING_WORDS = Set.of("the", "of", "an", "and", "for", "in", "on", "at");

    /** Descriptions that are a title by another name: "the head of state" is the president. */
    private static final Map<String, String> TITLE_PHRASES = Map.of("head of state", "the president",
            "head of government", "the prime minister", "head of the state", "the president");

    /** Words left out of an unnamed speaker's name: "some analysts" and "the analysts" are "analysts". */
    private static final Set<String> LEADING_DETERMINERS = Set.of("the", "a", "an", "some", "many", "several", "most",
            "other", "few", "both", "various", "numerous", "all");

    private String withoutDeterminers(String mention) {
        List<String> kept = new ArrayList<>();
        String head = mention.split(",", 2)[0];
        for (String w : head.strip().split("\\s+")) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (!LEADING_DETERMINERS.contains(lower) || !kept.isEmpty()) {
                kept.add(w);
            }
        }
        return kept.isEmpty() ? head.strip() : String.join(" ", kept).toLowerCase(Locale.ROOT);
    }

    private static Set<String> contentWords(String mention) {
        Set<String> words = new java.util.HashSet<>();
        for (String w : mention.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() > 1 && !LINKING_WORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    /** The noun a description is about: the last word, or the last before "of" ("the head of state": head). */
    private static String headNoun(String mention) {
        String lower = mention.toLowerCase(Locale.ROOT);
        int of = lower.indexOf(" of ");
        String[] words = (of > 0 ? lower.substring(0, of) : lower).split("[^\\p{L}]+");
        return words.length == 0 ? "" : words[words.length - 1];
    }

    private static int wordCount(String s) {
        return s.strip().split("\\s+").length;
    }
}
