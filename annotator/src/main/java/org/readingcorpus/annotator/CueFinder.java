package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Span;

/**
 * Finds cue candidates: the lexicon's phrases ("according to") and reporting verb forms. A verb
 * form right after a determiner or possessive ("the report", "his call") is a noun, and a
 * capitalised form inside a sentence is a name ("State Department"); neither is a cue.
 */
public final class CueFinder implements AnnotationStage {

    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "their", "its", "our", "your", "my", "whose", "every", "each", "no", "any", "another", "other", "new",
            "recent", "media", "press", "news", "initial", "previous", "earlier", "later", "first", "official", "such",
            "from", "of", "with", "about", "after", "by", "for", "in", "on", "over", "against", "among");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "their", "its", "our", "your", "my", "no", "every", "each");
    /** Forms that name rather than report after a noun: "a group called Occupy DNC", "a film titled …". */
    private static final Set<String> NOT_NOUNS = Set.of("he", "she", "it", "who", "that", "which", "has", "been",
            "being", "be", "also", "and", "but", "or", "then");
    private static final Set<String> NAMING = Set.of("called", "named", "dubbed", "titled", "entitled", "known");

    private static final Set<String> AUXILIARIES = auxiliaries();
    private static final int MAX_AUXILIARIES = 3;
    private static final Set<String> ADVERBS_IN_CUE = Set.of("just", "later", "still", "even", "once", "again",
            "already", "never", "first", "often", "sometimes", "always", "now", "long", "then", "further", "ever",
            "nevertheless", "nonetheless");
    /** Words in -ly that are nouns or verbs, not adverbs: "Scott's family called on …". */
    static final Set<String> LY_NOT_ADVERBS = Set.of("family", "rally", "ally", "supply", "reply", "apply",
            "assembly", "anomaly", "bully", "belly", "jelly", "folly", "monopoly");
    private static final Set<String> NOT_ADVERBS = java.util.stream.Stream.concat(LY_NOT_ADVERBS.stream(),
            java.util.stream.Stream.of("only", "early")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Quantifiers that a verb's -s form cannot follow, so it is a plural noun: "the most votes", "both sides". */
    private static final Set<String> PLURAL_QUANTIFIERS = Set.of("most", "more", "many", "few", "fewer", "several",
            "some", "all", "both", "numerous", "multiple", "various", "countless");
    /** -s forms that are plural nouns far more often than verbs. */
    private static final Set<String> S_NOUN_FIRST = Set.of("states", "comments", "remarks", "shares", "rules",
            "documents", "attacks", "emails");
    /** Base forms that are nouns or particles far more often than verbs. */
    private static final Set<String> NOUN_FIRST = Set.of("state", "back", "press", "attack", "challenge", "name", "find",
            "report", "email", "tweet", "side", "single", "order", "list", "comment", "post");
    private static final Set<String> BEFORE_S_VERB = Set.of("he", "she", "it", "who", "which", "that", "also",
            "clearly", "explicitly", "simply");
    /** What stands before a verb's bare form: "to state", "will state", "they state". */
    private static final Set<String> BEFORE_BARE_VERB = Set.of("to", "will", "would", "can", "could", "should", "must",
            "may", "might", "did", "does", "do", "i", "we", "you", "they", "not", "never");

    private final Lexicons lexicons;

    public CueFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        List<CueMatch> cues = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int phraseEnd = matchPhrase(tokens, i);
            if (phraseEnd > i) {
                String lemma = String.join(" ", tokens.subList(i, phraseEnd).stream().map(Token::lower).toList());
                cues.add(new CueMatch(new Span(tokens.get(i).begin(), tokens.get(phraseEnd - 1).end()), CueKind.PHRASE,
                        lemma, i, phraseEnd - 1, true));
                i = phraseEnd;
                continue;
            }
            Token t = tokens.get(i);
            int at = i;
            Optional<CueMatch> particleCue = verbWithParticle(tokens, at).or(() -> madeClear(analysis, tokens, at))
                    .or(() -> quotedAs(analysis, tokens, at));
            if (particleCue.isPresent()) {
                cues.add(particleCue.get());
                i = particleCue.get().lastToken() + 1;
                continue;
            }
            Lexicons.VerbForm form = t.isWord() ? lexicons.verbForm(t.lower()) : null;
            if (form != null && isVerbUse(analysis, tokens, i, form)) {
                cues.add(verbCue(analysis, tokens, i, form));
            }
            i++;
        }
        analysis.setCues(cues);
    }

    /**
     * "As Ruth Marcus puts it, …", "“…,” he went on.": a verb and its particle that report words
     * when a comma, colon or the sentence's end follows them; the verb alone never does.
     */
    private static Optional<CueMatch> verbWithParticle(List<Token> tokens, int i) {
        String particle = i + 2 < tokens.size() && !tokens.get(i).isCapitalized() ? VERB_PARTICLE_CUES.get(tokens.get(i).lower()) : null;
        if (particle == null || !tokens.get(i + 1).is(particle)
                || !tokens.get(i + 2).isAny(",", ":", ".") && !putItWhere(tokens, i, particle)) {
            return Optional.empty();
        }
        int last = tokens.get(i + 2).is(":") ? i + 2 : i + 1;
        return Optional.of(new CueMatch(new Span(tokens.get(i).begin(), tokens.get(last).end()), CueKind.VERB,
                tokens.get(i).lower() + " " + particle, i, last, true));
    }

    /**
     * "has made clear that …", "made it clear that …", "made the case to Democrats that …": PolNeAR's
     * cue runs through "clear" or "case" (train: "make the case" before a that-clause is a cue 7
     * times of 8).
     */
    private Optional<CueMatch> madeClear(Analysis analysis, List<Token> tokens, int i) {
        if (!tokens.get(i).isAny("make", "makes", "made", "making") || tokens.get(i).isCapitalized() || i + 2 >= tokens.size()) {
            return Optional.empty();
        }
        boolean aCase = tokens.get(i + 1).isAny("the", "a", "his", "her", "their", "its") && tokens.get(i + 2).is("case");
        int head = aCase || tokens.get(i + 1).is("it") ? i + 2 : i + 1;
        if (head + 1 >= tokens.size() || !(aCase || tokens.get(head).is("clear")) || !opensWhatIsMadeClear(tokens, head + 1)) {
            return Optional.empty();
        }
        Lexicons.VerbForm form = aCase ? MAKE_THE_CASE : MAKE_CLEAR;
        CueMatch verb = verbCue(analysis, tokens, i, form);
        return Optional.of(new CueMatch(new Span(verb.span().begin(), tokens.get(head).end()), CueKind.VERB,
                form.lemma(), verb.firstToken(), head, form.strong()));
    }

    /**
     * "made clear that …", "made it clear he would", "made it clear to House Democrats on Wednesday
     * that …": a that-clause, a clause opened by its subject pronoun, or a that-clause after whom
     * or when it was made clear to.
     */
    private static boolean opensWhatIsMadeClear(List<Token> tokens, int k) {
        Token next = tokens.get(k);
        if (next.is("that") || Clauses.SUBJECT_PRONOUNS.contains(next.lower())) {
            return true;
        }
        if (!next.isAny("to", "on", "in", "at", "during", "this", "last") && !Clauses.TIME_WORDS.contains(next.lower())) {
            return false;
        }
        for (int i = k + 1; i < tokens.size() && i - k <= MAX_MADE_CLEAR_TO; i++) {
            if (tokens.get(i).is("that")) {
                return true;
            }
            if (!tokens.get(i).isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final int MAX_MADE_CLEAR_TO = 8;

    /** "Braynard is quoted as saying": one cue, from the auxiliary to the participle, which says how. */
    private Optional<CueMatch> quotedAs(Analysis analysis, List<Token> tokens, int i) {
        if (!tokens.get(i).is("quoted") || i + 2 >= tokens.size() || !tokens.get(i + 1).is("as")) {
            return Optional.empty();
        }
        Lexicons.VerbForm form = lexicons.verbForm(tokens.get(i + 2).lower());
        if (form == null || !tokens.get(i + 2).lower().endsWith("ing")) {
            return Optional.empty();
        }
        CueMatch participle = verbCue(analysis, tokens, i + 2, form);
        int first = withAuxiliaries(tokens, i, analysis.tokenIndexAt(analysis.sentenceAt(tokens.get(i).begin()).begin()));
        return Optional.of(new CueMatch(new Span(tokens.get(first).begin(), participle.span().end()), CueKind.VERB,
                form.lemma(), first, participle.lastToken(), form.strong()));
    }

    private static final Lexicons.VerbForm MAKE_CLEAR = new Lexicons.VerbForm("make clear", true, false);
    private static final Lexicons.VerbForm MAKE_THE_CASE = new Lexicons.VerbForm("make the case", true, false);

    private static final int MAX_AS_DISTANCE = 10;

    /**
     * "As Ms. Simonyan put it in a statement in July, …": after an "as" the words may tell where
     * it was put; "He put it in the drawer" puts a thing.
     */
    private static boolean putItWhere(List<Token> tokens, int i, String particle) {
        return particle.equals("it") && tokens.get(i + 2).isAny("in", "on", "at", "during", "recently", "last", "this")
                && Clauses.asShortlyBefore(tokens, i, 0, MAX_AS_DISTANCE);
    }

    /** "“…,” Trump shot back.": the verb means speaking only with its particle. */
    private static final java.util.Map<String, String> VERB_PARTICLE_CUES = java.util.Map.ofEntries(
            java.util.Map.entry("put", "it"), java.util.Map.entry("puts", "it"),
            java.util.Map.entry("went", "on"), java.util.Map.entry("goes", "on"),
            java.util.Map.entry("shot", "back"), java.util.Map.entry("shoots", "back"),
            java.util.Map.entry("fired", "back"), java.util.Map.entry("fires", "back"),
            java.util.Map.entry("hit", "back"), java.util.Map.entry("hits", "back"),
            java.util.Map.entry("snapped", "back"), java.util.Map.entry("wrote", "back"), java.util.Map.entry("writes", "back"));

    /**
     * A reporting verb with what PolNeAR counts as part of it: the auxiliaries and "also" just
     * before it ("has also said", "is stressing") and a colon right after it ("said:").
     */
    private CueMatch verbCue(Analysis analysis, List<Token> tokens, int verb, Lexicons.VerbForm form) {
        int sentenceFirst = analysis.tokenIndexAt(analysis.sentenceAt(tokens.get(verb).begin()).begin());
        int first = withAuxiliaries(tokens, verb, sentenceFirst);
        // "went on to say", "goes on to argue": PolNeAR keeps the going on in the cue
        if (first - 3 >= sentenceFirst && tokens.get(first - 1).is("to") && tokens.get(first - 2).is("on")
                && tokens.get(first - 3).isAny("went", "goes", "go", "going", "gone")) {
            first -= 3;
        }
        if (first == verb && tokens.get(verb).lower().endsWith("ing")) {
            first = publishedBefore(tokens, verb, sentenceFirst);
        }
        int last = verb;
        if (form.lemma().equals("point") && verb + 1 < tokens.size() && tokens.get(verb + 1).is("out")) {
            last = verb + 1; // "pointed out"
        }
        last = throughMedium(tokens, last);
        if (last == verb && isMannerAdverb(tokens, verb + 1)) {
            last = verb + 1; // "said sarcastically", "asked rhetorically", "has repeatedly said … recently": how it was said
        }
        if (last + 1 < tokens.size() && tokens.get(last + 1).is(":") && tokens.get(last + 1).begin() == tokens.get(last).end()) {
            last = last + 1;
        }
        Span span = new Span(tokens.get(first).begin(), tokens.get(last).end());
        return new CueMatch(span, CueKind.VERB, form.lemma(), first, last, form.strong());
    }

    /**
     * "issued a statement Tuesday saying", "sent out a press release saying": PolNeAR's cue runs
     * from the publishing verb through the medium to the participle. Returns the verb's index, or
     * {@code participle} when no such phrase comes before it.
     */
    private int publishedBefore(List<Token> tokens, int participle, int sentenceFirst) {
        int k = participle - 1;
        if (k >= sentenceFirst && tokens.get(k).is(",")) {
            k--;
        }
        while (k >= sentenceFirst && participle - k <= MAX_PUBLISHED && Clauses.TIME_WORDS.contains(tokens.get(k).lower())) {
            k--;
        }
        if (k < sentenceFirst || !lexicons.isStatementMedium(tokens.get(k).lower())) {
            return participle;
        }
        k--;
        // "a press release", "a new radio ad": up to two words describe the medium
        for (int words = 0; k >= sentenceFirst && words < 2 && !tokens.get(k).isAny("a", "an") && tokens.get(k).isWord()
                && !tokens.get(k).isCapitalized(); words++) {
            k--;
        }
        if (k - 1 < sentenceFirst || !tokens.get(k).isAny("a", "an")) {
            return participle;
        }
        int verb = k - 1;
        if (tokens.get(verb).is("out") && verb - 1 >= sentenceFirst && tokens.get(verb - 1).isAny("put", "puts", "sent", "sends")) {
            return verb - 1;
        }
        return PUBLISHING.contains(tokens.get(verb).lower()) ? verb : participle;
    }

    private static final int MAX_PUBLISHED = 8;
    private static final Set<String> PUBLISHING = Set.of("issued", "issues", "released", "releases", "sent", "sends",
            "posted", "posts", "published", "publishes", "put", "puts");

    /** An -ly adverb right after the verb that says how or when it was said, before a pause, "that" or a quote. */
    private static boolean isMannerAdverb(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        return t.lower().endsWith("ly") && isAdverb(t) && !NOT_MANNER.contains(t.lower())
                && (next.isAny(",", ".", ":", "that") || Clauses.isQuoteMark(next));
    }

    /** -ly adverbs that say how much, how often or to whom rather than how something was said. */
    private static final Set<String> NOT_MANNER = Set.of("nearly", "likely", "unlikely", "daily", "weekly", "monthly",
            "yearly", "directly");

    /**
     * PolNeAR counts the medium right after the verb as part of the cue: "said in a statement",
     * "wrote in an op-ed", "said on Twitter". Returns the medium's last token, or {@code last}.
     */
    private int throughMedium(List<Token> tokens, int last) {
        int i = last + 1;
        if (i + 2 < tokens.size() && tokens.get(i).is("in") && tokens.get(i + 1).isAny("a", "an")
                && lexicons.isStatementMedium(tokens.get(i + 2).lower())) {
            // "said in a phone interview", "in a radio interview": a medium may name the next one's kind
            boolean twoWords = i + 3 < tokens.size() && lexicons.isStatementMedium(tokens.get(i + 3).lower());
            return twoWords ? i + 3 : i + 2;
        }
        if (i + 1 < tokens.size() && tokens.get(i).is("on") && tokens.get(i + 1).isAny("twitter", "facebook", "instagram")) {
            return i + 1;
        }
        return last;
    }

    /** The end (exclusive) of a cue phrase starting at {@code start}, or {@code start} if none does. */
    private int matchPhrase(List<Token> tokens, int start) {
        for (List<String> phrase : lexicons.cuePhrasesStartingWith(tokens.get(start).lower())) {
            int end = start + phrase.size();
            if (end > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < phrase.size() && matches; k++) {
                matches = tokens.get(start + k).is(phrase.get(k));
            }
            if (matches) {
                return end;
            }
        }
        return start;
    }

    /** Where a verb's cue begins: over the auxiliaries and adverbs just before it ("has also said"), not before {@code floor}. */
    static int withAuxiliaries(List<Token> tokens, int verb, int floor) {
        int first = verb;
        boolean gerund = tokens.get(verb).lower().endsWith("ing");
        if (gerund && first - 2 >= floor && tokens.get(first - 1).is("by") && SourcePhrases.isPastForm(tokens.get(first - 2))
                && !isPassive(tokens, first - 2, floor)) {
            first -= 2; // "responded by saying", "began by talking about": the verb and its "by" are the cue's
        }
        while (first - 1 >= floor && verb - first < MAX_AUXILIARIES
                && (AUXILIARIES.contains(tokens.get(first - 1).lower()) && !endsName(tokens, first - 1, floor)
                        || isAdverb(tokens.get(first - 1)) || floatedAdverb(tokens, first - 1, floor)
                        // "Trump avoids condemning", "began tweeting out": the verb the gerund goes on from is the cue's
                        || gerund && first == verb && ASPECT_VERBS.contains(tokens.get(first - 1).lower()))) {
            first--;
        }
        return first;
    }

    /** "is often justified by arguing": a participle after "be" is passive, its "by" names who did it. */
    private static boolean isPassive(List<Token> tokens, int participle, int floor) {
        int k = participle - 1;
        while (k >= floor && tokens.get(k).lower().endsWith("ly")) {
            k--;
        }
        return k >= floor && tokens.get(k).isAny("is", "are", "was", "were", "be", "been", "being");
    }

    /** "some steep challenges": a plain lower-case word between a quantifier and the noun it counts. */
    private boolean isPlainAdjective(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && lexicons.verbForm(w) == null && !w.endsWith("ly") && !w.endsWith("s")
                && !w.endsWith("ed") && !w.endsWith("ing");
    }

    private static final Set<String> ASPECT_VERBS = Set.of("began", "begins", "begin", "started", "starts", "start",
            "stopped", "stops", "stop", "kept", "keeps", "keep", "continued", "continues", "avoided", "avoids", "avoid",
            "resumed", "resumes", "quit", "quits", "finished");

    /**
     * "Theresa May suggested": a capitalised "May" or "Will" after a capitalised word and before a
     * lower-case one is a name, not an auxiliary; in a title-case headline ("Trump May Not Have …") it stays one.
     */
    static boolean endsName(List<Token> tokens, int at, int floor) {
        Token t = tokens.get(at);
        return t.isCapitalized() && t.isAny("may", "will") && at - 1 >= floor && tokens.get(at - 1).isCapitalized()
                && at + 1 < tokens.size() && !tokens.get(at + 1).isCapitalized();
    }

    /**
     * "Trump and Sanders have both argued", "Goodlatte (R-Va.) both condemned", "has since said":
     * a "both" or "all" after its subject or auxiliary belongs to the cue, and so does a "since" or
     * "yet" after an auxiliary; "All said" opens with its subject, "since accepting" with a conjunction.
     */
    private static boolean floatedAdverb(List<Token> tokens, int at, int floor) {
        if (at - 1 < floor) {
            return false;
        }
        Token before = tokens.get(at - 1);
        boolean afterAuxiliary = AUXILIARIES.contains(before.lower());
        if (tokens.get(at).isAny("since", "yet")) {
            return afterAuxiliary;
        }
        return tokens.get(at).isAny("both", "all")
                && (afterAuxiliary || before.isAny("they", "we", ")") || before.isCapitalized() && at - 1 > floor);
    }

    /** Auxiliaries, modals and negation that PolNeAR keeps in a cue: "has said", "wouldn't say", "did not mention". */
    private static Set<String> auxiliaries() {
        Set<String> words = new java.util.HashSet<>(Set.of("has", "have", "had", "is", "are", "was", "were", "will",
                "would", "also", "having", "been", "be", "could", "can", "may", "might", "should", "must", "did",
                "does", "do", "not", "cannot", "n't", "n\u2019t"));
        for (String clitic : List.of("s", "re", "ve", "d", "ll", "m")) {
            words.add("'" + clitic); // "He" "’s said", "they" "'ve argued": the tokenizer parts a pronoun from its auxiliary
            words.add("\u2019" + clitic);
        }
        for (String negated : List.of("has", "have", "had", "is", "are", "was", "were", "do", "does", "did", "could",
                "should", "would", "wo", "ca", "must", "might")) {
            words.add(negated + "n't");
            words.add(negated + "n\u2019t");
        }
        return Set.copyOf(words);
    }

    /** "A document on the campaign's website states that …": what a text says, not "in 30 states that …". */
    private boolean writtenStatesThat(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).is("states") && i + 1 < tokens.size() && tokens.get(i + 1).is("that")
                && (lexicons.isSpeakingDocument(tokens.get(i - 1).lower()) || tokens.get(i - 1).isAny(WRITTEN_PLACES));
    }

    private static final String[] WRITTEN_PLACES = {"website", "site", "page", "document", "law", "bill", "constitution",
            "policy", "amendment", "platform", "rule", "resolution", "order", "provision", "section", "clause"};

    /** Whether a determiner other than "that" opens the run of capitalised words ending at {@code last}. */
    private boolean determinedName(List<Token> tokens, int last) {
        for (int k = last - 1; k >= 0 && last - k <= MAX_NAME_BEFORE_NOUN; k--) {
            Token t = tokens.get(k);
            if (DETERMINERS.contains(t.lower())) {
                // "Did the Clinton Foundation refuse": after an auxiliary the name is the verb's subject
                return !t.is("that") && !(k > 0 && AUXILIARIES.contains(tokens.get(k - 1).lower()));
            }
            if (!t.isCapitalized() || !t.isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final int MAX_NAME_BEFORE_NOUN = 3;

    private boolean isVerbUse(Analysis analysis, List<Token> tokens, int i, Lexicons.VerbForm form) {
        Token t = tokens.get(i);
        Span sentence = analysis.sentenceAt(t.begin());
        boolean sentenceInitial = sentence.begin() == t.begin();
        if (t.isCapitalized() && !sentenceInitial && !isTitleCase(analysis, sentence)) {
            return false;
        }
        if (i > 0 && i + 1 < tokens.size() && tokens.get(i + 1).is(":")
                && (tokens.get(i - 1).lower().endsWith("'s") || tokens.get(i - 1).lower().endsWith("\u2019s"))) {
            return false; // a heading, "Editor's note:"
        }
        if (NOUN_FIRST.contains(t.lower()) && (i == 0 || !BEFORE_BARE_VERB.contains(tokens.get(i - 1).lower())
                && !tokens.get(i - 1).lower().endsWith("n't") && !tokens.get(i - 1).lower().endsWith("n\u2019t"))) {
            return false; // "state primaries", "came back", "the press": a verb only in "to state", "I back", "will press"
        }
        if (S_NOUN_FIRST.contains(t.lower()) && (i == 0 || !BEFORE_S_VERB.contains(tokens.get(i - 1).lower()))
                && !writtenStatesThat(tokens, i)) {
            return false; // "in 30 states", "Western states", "recent comments": a verb only after a pronoun, "he states"
        }
        if (describesDocument(tokens, i, form)) {
            return false; // "In a Facebook message posted Friday, Cruz said": the participle says when the message appeared
        }
        if (t.is("said") && i + 1 < tokens.size() && tokens.get(i + 1).is(",") && opensWithThat(tokens, i - 1, sentence)) {
            return false; // "That said, Cruz cannot …": the phrase concedes, nobody speaks
        }
        if (form.lemma().equals("show") && i + 1 < tokens.size() && tokens.get(i + 1).is("up")) {
            return false; // "The real Trump showed up at the debate": one arrives, nothing is shown
        }
        if (t.is("known") && (i == 0 || !tokens.get(i - 1).isAny("has", "have", "had", "'ve", "\u2019ve"))) {
            return false; // "known as", "well known": a verb only in "has known"
        }
        // only a base or -s form can be a noun ("the report", "official comments"): "The official said" is a verb
        boolean nounShaped = t.lower().equals(form.lemma()) || t.lower().startsWith(form.lemma()) && t.lower().endsWith("s");
        if (i > 0 && nounShaped && tokens.get(i - 1).isPossessive()) {
            return false; // "Trump's comments"
        }
        // "people close to the governor say", "those surveyed say": no adjective or noun makes "say" a noun
        if (nounShaped && !t.is("say") && i > 0 && !tokens.get(i - 1).isCapitalized() && tokens.get(i - 1).lower().endsWith("ed")
                && !AUXILIARIES.contains(tokens.get(i - 1).lower()) && !SourcePhrases.closesPolledGroup(tokens, i - 1)) {
            return false; // "newly filed reports", "unconfirmed reports": an adjective before a noun; not "students polled support"
        }
        if (t.lower().equals(form.lemma()) && i + 2 < tokens.size() && tokens.get(i + 1).isWord()
                && !tokens.get(i + 1).isCapitalized() && lexicons.roleNoun(tokens.get(i + 1).lower()) != null
                && tokens.get(i + 2).isCapitalized() && tokens.get(i + 2).isWord()) {
            return false; // "Talk show host Glenn Beck": the base form is part of the title before a name
        }
        if (i > 1 && tokens.get(i - 1).is("to") && tokens.get(i - 2).is("according")) {
            return false; // "according to show insiders": a preposition before a noun, no infinitive
        }
        if (nounShaped && !t.lower().equals(form.lemma()) && i > 0 && tokens.get(i - 1).isAny("to", "at")) {
            return false; // "left to states", "at talks": after "to" only the base form is a verb
        }
        if (form.lemma().equals("like") && i > 0 && tokens.get(i - 1).isAny(",", "(", "\u2014", "\u2013")) {
            return false; // "Some, like Ohio, are battlegrounds": a preposition after a comma
        }
        if (t.is("like") && !(i + 1 < tokens.size() && tokens.get(i + 1).is("to")) && !(i > 0 && takesBareVerb(tokens.get(i - 1)))) {
            // "has gone “soft” like the United States", "Trump Is Like A Lawyer’s Dumbest Client": a preposition
            // unless a subject, an auxiliary other than "be", or "to" is beside it
            return false;
        }
        if (NAMING.contains(t.lower()) && i > 0 && isCommonNoun(tokens.get(i - 1)) && i + 1 < tokens.size()
                && looksLikeAName(tokens.get(i + 1)) && !predicateAfterName(tokens, i + 1)) {
            return false;
        }
        if (i > 1 && t.lower().equals(form.lemma()) && !t.isAny("read", "say") && isSingularNoun(tokens.get(i - 1))
                && (NOUN_MARKERS.contains(tokens.get(i - 2).lower()) || tokens.get(i - 2).isCapitalized())
                // "voters in each state want all immigrants deported": a determiner after it makes it a verb with its object
                && !(i + 1 < tokens.size() && tokens.get(i + 1).isAny("all", "his", "their", "its"))) {
            return false; // "the conference call", "the Murphy conference call": a compound noun, no verb
        }
        if (i > 1 && t.lower().equals(form.lemma()) && !t.is("say") && tokens.get(i - 1).isCapitalized()
                && !tokens.get(i - 1).lower().endsWith("s") && determinedName(tokens, i - 1)) {
            // "in a Medium post", "the FBI report", "A Supreme Court advocate": a name modifies the noun; "The Democrats claim" is plural;
            // "say" is no noun: "Democrats running for the Senate say"
            return false;
        }
        if (i > 1 && t.lower().equals(form.lemma()) && t.isAny(NOUNS_TOO) && tokens.get(i - 1).isCapitalized()
                && !tokens.get(i - 1).lower().endsWith("s") && modifiedNameBefore(tokens, i - 1)) {
            return false; // "star of the reality TV show", "her upcoming Apple Music show": the name modifies the noun
        }
        if (t.lower().equals(form.lemma()) && i + 1 < tokens.size() && !tokens.get(i + 1).isCapitalized()
                && lexicons.roleNoun(tokens.get(i + 1).lower()) != null && i > 0
                && (NOUN_MARKERS.contains(tokens.get(i - 1).lower()) || SourcePhrases.isQuantity(tokens.get(i - 1))
                        || lexicons.isUnnamedQuantifier(tokens.get(i - 1).lower()))) {
            return false; // "One protest organizer said", "Some protest leaders", "a campaign spokesman": the base form names the role noun's field
        }
        if (nounShaped && !t.lower().equals(form.lemma()) && !t.is("says") && !(sentenceInitial && opensInvertedReport(tokens, i))
                && (sentenceInitial || i > 0 && Clauses.SUBORDINATORS.contains(tokens.get(i - 1).lower()))) {
            return false; // "Advocates in the community said", "even as critics say": an -s verb has its subject before it
        }
        if (nounShaped && !t.lower().equals(form.lemma()) && i + 1 < tokens.size() && followsPluralSubject(tokens.get(i + 1))) {
            return false; // "Subsequent estimates showed", "FEC reports show": a plural noun is the next verb's subject
        }
        if (i > 0 && nounShaped && !t.lower().equals(form.lemma()) && tokens.get(i - 1).isWord()
                && SourcePhrases.isQuantity(tokens.get(i - 1)) && !tokens.get(i - 1).isAny("one", "1")) {
            return false; // "leads by ten points", "22 points behind": a count makes the -s form a plural noun
        }
        if (i > 0 && nounShaped && !t.lower().equals(form.lemma()) && (PLURAL_QUANTIFIERS.contains(tokens.get(i - 1).lower())
                || i > 1 && PLURAL_QUANTIFIERS.contains(tokens.get(i - 2).lower()) && isPlainAdjective(tokens.get(i - 1)))) {
            return false; // "won the most votes", "several calls": "many says" is no English, so the -s form is a plural noun
        }
        if (i > 0 && t.lower().endsWith("ing") && (DETERMINERS.contains(tokens.get(i - 1).lower()) || isNounPossessive(tokens, i - 1))) {
            return false; // "a person familiar with the planning says", "the hearing", "Cruz's thinking": a noun
        }
        if (i > 0 && t.lower().equals(form.lemma()) && tokens.get(i - 1).is("one") && !(i > 1 && tokens.get(i - 2).is("no"))) {
            return false; // "One tweet said": after "one" a verb would take its -s
        }
        if (i >= 2 && nounShaped && isDate(tokens.get(i - 1)) && DETERMINERS.contains(tokens.get(i - 2).lower())) {
            return false; // "a June report", "the 2015 report"
        }
        // "a group that intends to …": a relative "that" after a noun is the verb's subject, not a determiner
        boolean relativeThat = i >= 2 && tokens.get(i - 1).is("that") && SourcePhrases.isRelativeThat(lexicons, tokens.get(i - 2));
        return i == 0 || !nounShaped || relativeThat || !NOUN_MARKERS.contains(tokens.get(i - 1).lower()) || endsOutletName(tokens, i - 1);
    }

    /** A past participle after a document's noun, then a time and a comma: "a message posted Friday,". */
    private boolean describesDocument(List<Token> tokens, int i, Lexicons.VerbForm form) {
        String w = tokens.get(i).lower();
        if (i == 0 || i + 1 >= tokens.size() || w.equals(form.lemma()) || w.endsWith("s") || w.endsWith("ing")
                || tokens.get(i - 1).isCapitalized() || !lexicons.isSpeakingDocument(tokens.get(i - 1).lower())) {
            return false; // "The Washington Post reported Sunday, …" names an outlet, not a document
        }
        int after = Clauses.afterTimeWords(tokens, i + 1, tokens.size());
        return after > i + 1 && after < tokens.size() && tokens.get(after).is(",");
    }

    /** "Reports TSN.": a sentence of the verb and a short name only, the report of the sentence before. */
    private static boolean opensInvertedReport(List<Token> tokens, int verb) {
        int i = verb + 1;
        while (i < tokens.size() && i - verb <= MAX_INVERTED_NAME && tokens.get(i).isCapitalized()) {
            i++;
        }
        return i > verb + 1 && i < tokens.size() && tokens.get(i).is(".");
    }

    private static final int MAX_INVERTED_NAME = 4;

    /** "the Associated Press reports", "Fox News says": a capitalised "Press" or "News" after a name ends the outlet's name. */
    private static boolean endsOutletName(List<Token> tokens, int at) {
        return at > 0 && tokens.get(at).isCapitalized() && tokens.get(at).isAny("press", "news", "media")
                && tokens.get(at - 1).isCapitalized() && tokens.get(at - 1).isWord();
    }

    /**
     * "Cruz's", "the campaign's", not the "he's" of "he is", whether the pronoun and its "'s" are one
     * token or, as the tokenizer parts them, two ("She" "'s saying").
     */
    private static boolean isNounPossessive(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        if (!t.isPossessive()) {
            return false;
        }
        String owner = t.lower().length() == 2 && at > 0 ? tokens.get(at - 1).lower() : t.lower().substring(0, t.lower().length() - 2);
        return !CONTRACTED_SUBJECTS.contains(owner);
    }

    private static final Set<String> CONTRACTED_SUBJECTS = Set.of("he", "she", "it", "that", "who", "there", "what",
            "where", "here", "this", "let");

    /** Whether the capitalised words ending at {@code last} follow a plain lower-case modifier: "reality TV", "upcoming Apple Music". */
    private static boolean modifiedNameBefore(List<Token> tokens, int last) {
        int k = last;
        while (k > 0 && last - k < MAX_NAME_WORDS && tokens.get(k).isCapitalized() && tokens.get(k).isWord()) {
            k--;
        }
        Token before = tokens.get(k);
        return k < last && before.isWord() && !before.isCapitalized() && isCommonNoun(before) && !before.isAny(NOT_MODIFIERS)
                && !Clauses.SUBORDINATORS.contains(before.lower()) && !DETERMINERS.contains(before.lower());
    }

    /** Base forms that are common nouns too: after a name used as a modifier they are the noun. */
    private static final String[] NOUNS_TOO = {"show", "call", "report", "detail", "claim", "comment", "promise", "pledge",
        "vow", "question", "plan", "offer", "request", "demand", "appeal", "release", "warning", "note", "post", "tweet",
        "answer", "reply", "response", "statement", "interview", "speech"};

    private static final int MAX_NAME_WORDS = 6;
    private static final String[] NOT_MODIFIERS = {"in", "on", "at", "for", "from", "with", "by", "of", "to", "about", "into",
        "than", "where", "whom", "whose", "what", "why", "how", "says", "said", "told", "is", "was", "are", "were"};

    /** A subject or an auxiliary a bare verb may follow ("they like", "would like"); "is like" is no verb. */
    private static boolean takesBareVerb(Token before) {
        String w = before.lower();
        return BEFORE_BARE_VERB.contains(w) || AUXILIARIES.contains(w) && !before.isAny("is", "are", "was", "were", "be", "been");
    }

    /** "That said," or "But that said," opening the sentence. */
    private static boolean opensWithThat(List<Token> tokens, int that, Span sentence) {
        return that >= 0 && tokens.get(that).is("that") && (sentence.begin() == tokens.get(that).begin()
                || that > 0 && sentence.begin() == tokens.get(that - 1).begin() && tokens.get(that - 1).isAny("but", "and"));
    }

    /** A verb that takes a plural subject and no object noun of the same shape: "showed", "show", "say". */
    private boolean followsPluralSubject(Token next) {
        String w = next.lower();
        // "shootings and protests demands that …": two -s forms in a row are a noun and its verb
        return !next.isCapitalized() && (PLURAL_SUBJECT_VERBS.contains(w)
                || (w.endsWith("ed") || w.endsWith("s") && !S_NOUN_FIRST.contains(w)) && lexicons.verbForm(w) != null
                        && !w.equals(lexicons.verbForm(w).lemma()));
    }

    private static final Set<String> PLURAL_SUBJECT_VERBS = Set.of("say", "said", "show", "showed", "shown", "suggest",
            "find", "found", "indicate");

    /** "The doctor called Oz a quack": an article after the name opens what the name was called, so "called" is the verb. */
    private static boolean predicateAfterName(List<Token> tokens, int name) {
        int k = name;
        while (k < tokens.size() && tokens.get(k).isCapitalized()) {
            k++;
        }
        return k > name && k < tokens.size() && tokens.get(k).isAny("a", "an", "the");
    }

    /**
     * What follows "called" when it names: "a group called Occupy DNC", "a show called “13th”"; not
     * "the campaign called AP’s report a …", "the speech called undocumented immigrants …".
     */
    private static boolean looksLikeAName(Token next) {
        String w = next.lower();
        return next.isCapitalized() && !w.endsWith("'s") && !w.endsWith("’s") || !next.isWord();
    }

    /** "repeatedly said", "later recalled": PolNeAR counts an adverb before the verb as part of the cue. */
    private static boolean isAdverb(Token t) {
        String w = t.lower();
        return ADVERBS_IN_CUE.contains(w) || !t.isCapitalized() && w.length() >= 5 && w.endsWith("ly")
                && !NOT_ADVERBS.contains(w);
    }

    /**
     * A lower-case word that cannot be the subject of a bare verb: not plural, not a pronoun, an
     * auxiliary, "to", an adverb or a word that joins clauses.
     */
    private static boolean isSingularNoun(Token t) {
        String w = t.lower();
        return isCommonNoun(t) && !w.endsWith("s") && !w.endsWith("ed") && !w.endsWith("ing") && !IRREGULAR_PLURALS.contains(w)
                && !NOT_SUBJECT_NOUNS.contains(w) && !w.endsWith("n't") && !w.endsWith("n\u2019t");
    }

    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police", "media",
            "staff", "public", "folk", "clergy", "personnel", "democrats", "republicans");
    private static final Set<String> NOT_SUBJECT_NOUNS = Set.of("to", "not", "never", "who", "which", "that", "and", "or",
            "but", "what", "why", "how", "when", "where", "whether", "if", "because", "so", "than", "then", "now", "also",
            "just", "still", "even", "only", "ever", "really", "simply", "actually", "all", "both", "some", "many", "most",
            "few", "others", "let", "help", "i", "we", "you", "they", "should", "would", "could", "will", "can", "may",
            "might", "must", "shall", "do", "did", "does", "rather", "please", "once", "further", "again", "first",
            "together", "openly", "publicly", "privately", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "half", "third", "quarter", "percent", "majority", "minority", "today", "here",
            "there", "campaign", "data");

    /** A lower-case word that is no pronoun, auxiliary or adverb: "group" in "a group called …". */
    private static boolean isCommonNoun(Token t) {
        // "one in 10 say": a number is no noun that "say" could compound with
        return t.isWord() && !t.isCapitalized() && !Character.isDigit(t.text().charAt(0)) && !t.lower().endsWith("ly")
                && !AUXILIARIES.contains(t.lower())
                && !BEFORE_BARE_VERB.contains(t.lower()) && !NOT_NOUNS.contains(t.lower());
    }

    private static boolean isDate(Token t) {
        return Clauses.MONTHS.contains(t.lower()) || t.text().length() == 4 && t.text().chars().allMatch(Character::isDigit);
    }


    /**
     * A headline in title case ("Obama Says Museum Will Tell of Suffering"), where a capital says
     * nothing about names: most of its words, and at least four, are capitalised.
     */
    private static boolean isTitleCase(Analysis analysis, Span sentence) {
        List<Token> tokens = analysis.tokens();
        int words = 0;
        int capitalised = 0;
        for (int k = analysis.tokenIndexAt(sentence.begin()); k < tokens.size() && tokens.get(k).end() <= sentence.end()
                && words <= SentenceSplitter.MAX_TOKENS; k++) {
            if (tokens.get(k).isWord() && tokens.get(k).text().length() > 3) {
                words++;
                capitalised += tokens.get(k).isCapitalized() ? 1 : 0;
            }
        }
        return capitalised >= 4 && capitalised * 10 >= words * 8;
    }
}
