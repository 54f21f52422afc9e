package org.readingcorpus.annotator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.readingcorpus.model.SpeakerType;

/**
 * The word lists the rules consult, read once from resource files beside this class and never
 * changed afterwards, so one instance is shared by every stage and thread.
 */
public final class Lexicons {

    /** What a reporting verb form is: its lemma and whether it nearly always reports speech. */
    public record VerbForm(String lemma, boolean strong, boolean participle) {
    }

    /**
     * What a stance verb takes that is attributed: an infinitive ("declined to say …"), an object
     * ("endorsed Cruz"), or an object after one of its particles ("called for a ban", "pointed to
     * the polls"), a particle PolNeAR counts as part of the cue, or an object described with "as"
     * ("sees the issue as a way to …").
     */
    public record Complements(boolean infinitive, boolean object, boolean objectAs, boolean objectTo, Set<String> particles) {
        static final Complements NONE = new Complements(false, false, false, false, Set.of());

        public Complements {
            particles = Set.copyOf(particles);
        }

        public boolean any() {
            return infinitive || object || objectAs || objectTo || !particles.isEmpty();
        }
    }

    /** A role noun ("expert", "newspaper") and whether its bare plural leaves the source unnamed. */
    public record RoleNoun(SpeakerType type, boolean unnamedPlural) {
    }

    private final Map<String, VerbForm> verbForms;
    private final Map<String, Complements> complements;
    private final Set<String> clauseReportingLemmas;
    /** Cue phrases by their first word, each list in the lexicon's order (the first that matches wins). */
    private final Map<String, List<List<String>>> cuePhrasesByFirstWord;
    private final Map<String, SpeakerType> pronouns;
    private final Map<String, RoleNoun> roleNouns;
    private final Set<String> titles;
    private final Set<String> mediaOutlets;
    private final Set<String> mediaWords;
    private final Set<String> organizationWords;
    private final Set<String> unnamedQuantifiers;
    private final Set<String> statementMedia;
    private final Set<String> speakingDocuments;
    private final Set<String> governments;
    private final Map<String, Set<String>> cueNouns;
    private final Map<String, Set<String>> stanceAdjectives;

    private Lexicons() {
        Map<String, VerbForm> forms = readVerbs();
        clauseReportingLemmas = forms.values().stream().map(VerbForm::lemma).collect(java.util.stream.Collectors.toUnmodifiableSet());
        complements = new HashMap<>();
        for (String line : lines("complement-verbs.txt")) {
            String[] cols = line.split("\\s+");
            List<String> kinds = List.of(cols[cols.length - 1].split(","));
            Set<String> particles = new HashSet<>();
            for (String kind : kinds) {
                if (kind.startsWith("+")) {
                    particles.add(kind.substring(1).replace('_', ' ')); // "+out_at": "lashed out at"
                } else if (!List.of("to", "np", "np-as", "np-to").contains(kind)) {
                    throw new IllegalStateException("complement-verbs.txt: unknown complement '" + kind + "' in: " + line);
                }
            }
            int n = cols.length - 1;
            addVerb(forms, cols[0], n > 1 ? cols[1] : regularPast(cols[0]), n > 2 ? cols[2] : (n > 1 ? cols[1]
                    : regularPast(cols[0])), false);
            if (complements.put(cols[0], new Complements(kinds.contains("to"), kinds.contains("np"), kinds.contains("np-as"),
                    kinds.contains("np-to"), particles)) != null) {
                throw new IllegalStateException("complement-verbs.txt: '" + cols[0] + "' is listed twice");
            }
        }
        verbForms = Map.copyOf(forms);
        cuePhrasesByFirstWord = new HashMap<>();
        for (String line : lines("cue-phrases.txt")) {
            List<String> phrase = List.of(line.toLowerCase(Locale.ROOT).split(" "));
            cuePhrasesByFirstWord.computeIfAbsent(phrase.get(0), w -> new ArrayList<>()).add(phrase);
        }
        pronouns = new HashMap<>();
        for (String line : lines("pronouns.txt")) {
            String[] cols = line.split("\\s+");
            pronouns.put(cols[0], SpeakerType.valueOf(cols[1]));
        }
        roleNouns = new HashMap<>();
        for (String line : lines("role-nouns.txt")) {
            String[] cols = line.split("\\s+");
            if (roleNouns.put(cols[0], new RoleNoun(SpeakerType.valueOf(cols[1]), cols.length > 2)) != null) {
                throw new IllegalStateException("role-nouns.txt: '" + cols[0] + "' is listed twice");
            }
        }
        titles = words("titles.txt", true);
        mediaOutlets = new HashSet<>();
        mediaWords = new HashSet<>();
        for (String line : lines("media-outlets.txt")) {
            if (line.startsWith("word:")) {
                mediaWords.add(line.substring(5).trim());
            } else {
                mediaOutlets.add(line.toLowerCase(Locale.ROOT));
            }
        }
        organizationWords = words("organization-words.txt", false);
        unnamedQuantifiers = words("unnamed-quantifiers.txt", true);
        statementMedia = words("statement-media.txt", true);
        speakingDocuments = words("speaking-documents.txt", true);
        Set<String> places = new HashSet<>();
        for (String line : lines("governments.txt")) {
            places.add(line.toLowerCase(Locale.ROOT));
        }
        for (String country : Locale.getISOCountries()) {
            places.add(new Locale("", country).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        governments = Set.copyOf(places);
        cueNouns = openersByWord("cue-nouns.txt");
        stanceAdjectives = openersByWord("stance-adjectives.txt");
    }

    /** A word per line with what may follow it, comma-separated; each word once. */
    private static Map<String, Set<String>> openersByWord(String resource) {
        Map<String, Set<String>> openers = new HashMap<>();
        for (String line : lines(resource)) {
            String[] cols = line.split("\\s+");
            if (cols.length != 2 || openers.put(cols[0], Set.of(cols[1].split(","))) != null) {
                throw new IllegalStateException(resource + ": a word and what may follow it, each word once: " + line);
            }
        }
        return Map.copyOf(openers);
    }

    private static final Lexicons DEFAULT = new Lexicons();

    /** The lexicons shipped with the annotator. Immutable. */
    public static Lexicons standard() {
        return DEFAULT;
    }

    public VerbForm verbForm(String word) {
        return verbForms.get(word.toLowerCase(Locale.ROOT)); // a no-op on the lower-cased words the stages pass
    }

    /** The cue phrases that start with {@code lowerCaseWord}, longest first as the lexicon lists them. */
    public List<List<String>> cuePhrasesStartingWith(String lowerCaseWord) {
        return cuePhrasesByFirstWord.getOrDefault(lowerCaseWord, List.of());
    }

    public SpeakerType pronounType(String word) {
        return pronouns.get(word.toLowerCase(Locale.ROOT));
    }

    public RoleNoun roleNoun(String word) {
        return roleNouns.get(word.toLowerCase(Locale.ROOT));
    }

    public boolean isTitle(String word) {
        return titles.contains(word.toLowerCase(Locale.ROOT));
    }

    public boolean isMediaOutlet(String name) {
        return mediaOutlets.contains(name.toLowerCase(Locale.ROOT));
    }

    public boolean isMediaWord(String word) {
        return mediaWords.contains(word);
    }

    public boolean isOrganizationWord(String word) {
        return organizationWords.contains(word);
    }

    public boolean isUnnamedQuantifier(String word) {
        return unnamedQuantifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** What a statement comes in, counted into the cue: "in a statement", "in an interview". */
    public boolean isStatementMedium(String word) {
        return statementMedia.contains(word.toLowerCase(Locale.ROOT));
    }

    /** What may follow a reporting noun and open what it attributes ("for", "that"); empty for other words. */
    public Set<String> cueNounOpeners(String lowerCaseWord) {
        return cueNouns.getOrDefault(lowerCaseWord, Set.of());
    }

    /**
     * What may follow an adjective of stance: "+of" a preposition that belongs to the cue
     * ("supportive of"), "that" or "to" opening the content ("convinced that …", "eager to …").
     */
    public Set<String> stanceAdjectiveOpeners(String lowerCaseWord) {
        return stanceAdjectives.getOrDefault(lowerCaseWord, Set.of());
    }

    /** Whether a name is a country or a capital, which speaks for its government: "Kyiv said". */
    public boolean isGovernment(String name) {
        return governments.contains(name.toLowerCase(Locale.ROOT));
    }

    /** A document that can speak for a sentence: "In a poll, …". */
    public boolean isSpeakingDocument(String word) {
        return speakingDocuments.contains(word.toLowerCase(Locale.ROOT));
    }

    private static Map<String, VerbForm> readVerbs() {
        Map<String, VerbForm> forms = new HashMap<>();
        Set<String> listed = new HashSet<>();
        for (String line : lines("reporting-verbs.txt")) {
            String[] cols = line.split("\\s+");
            if (!listed.add(cols[0])) {
                throw new IllegalStateException("reporting-verbs.txt: '" + cols[0] + "' is listed twice");
            }
            boolean strong = cols[cols.length - 1].equals("*");
            int n = strong ? cols.length - 1 : cols.length;
            String base = cols[0];
            String past = n > 1 ? cols[1] : regularPast(base);
            addVerb(forms, base, past, n > 2 ? cols[2] : past, strong);
        }
        return forms;
    }

    private static void addVerb(Map<String, VerbForm> forms, String base, String past, String participle, boolean strong) {
        VerbForm finite = new VerbForm(base, strong, false);
        forms.merge(base, finite, Lexicons::stronger);
        forms.merge(thirdPerson(base), finite, Lexicons::stronger);
        forms.merge(past, finite, Lexicons::stronger);
        forms.merge(participle, finite, Lexicons::stronger);
        // "slam slammed": a doubled consonant in the past doubles in the -ing form too ("slamming")
        boolean doubled = past.equals(base + base.charAt(base.length() - 1) + "ed");
        forms.merge(doubled ? base + base.charAt(base.length() - 1) + "ing" : gerund(base), new VerbForm(base, strong, true),
                Lexicons::stronger);
    }

    /**
     * Whether the verb is a reporting verb, whose clause is what was said ("said the plan works"),
     * rather than only a stance verb, whose words after it are an object or an infinitive.
     */
    public boolean reportsClause(String lemma) {
        return clauseReportingLemmas.contains(lemma);
    }

    /** What a verb takes that PolNeAR attributes; empty for verbs that take a clause. */
    public Complements complements(String lemma) {
        return complements.getOrDefault(lemma, Complements.NONE);
    }

    private static VerbForm stronger(VerbForm a, VerbForm b) {
        return a.strong() || !b.strong() ? a : b;
    }

    static String regularPast(String base) {
        if (base.endsWith("e")) {
            return base + "d";
        }
        if (base.endsWith("y") && !isVowel(base.charAt(base.length() - 2))) {
            return base.substring(0, base.length() - 1) + "ied";
        }
        if (doublesFinalConsonant(base)) {
            return base + base.charAt(base.length() - 1) + "ed";
        }
        return base + "ed";
    }

    static String thirdPerson(String base) {
        if (base.endsWith("y") && !isVowel(base.charAt(base.length() - 2))) {
            return base.substring(0, base.length() - 1) + "ies";
        }
        if (base.endsWith("s") || base.endsWith("sh") || base.endsWith("ch") || base.endsWith("x") || base.endsWith("o")) {
            return base + "es";
        }
        return base + "s";
    }

    static String gerund(String base) {
        if (base.endsWith("ie")) {
            return base.substring(0, base.length() - 2) + "ying";
        }
        if (base.endsWith("e") && !base.endsWith("ee")) {
            return base.substring(0, base.length() - 1) + "ing";
        }
        if (doublesFinalConsonant(base)) {
            return base + base.charAt(base.length() - 1) + "ing";
        }
        return base + "ing";
    }

    /** Short verbs ending consonant-vowel-consonant double it: "admit" → "admitted". */
    private static boolean doublesFinalConsonant(String base) {
        int n = base.length();
        if (n < 3) {
            return false;
        }
        char last = base.charAt(n - 1);
        boolean cvc = !isVowel(last) && isVowel(base.charAt(n - 2)) && !isVowel(base.charAt(n - 3));
        boolean stressedEnding = base.equals("admit") || base.equals("commit") || base.equals("regret")
                || base.equals("submit") || base.equals("refer") || base.equals("prefer");
        // one syllable ends stressed: "stop", "slam", "brag", "jab"
        boolean oneSyllable = base.chars().filter(c -> isVowel((char) c)).count() == 1;
        return cvc && "wxy".indexOf(last) < 0 && (stressedEnding || oneSyllable);
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }

    private static Set<String> words(String resource, boolean lowerCase) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            for (String w : line.split("\\s+")) {
                out.add(lowerCase ? w.toLowerCase(Locale.ROOT) : w);
            }
        }
        return Set.copyOf(out);
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicons.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon " + resource + " is missing from the annotator jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String trimmed = line.strip();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return out;
    }
}
