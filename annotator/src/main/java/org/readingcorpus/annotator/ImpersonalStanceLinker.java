package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * Judgements that nobody in the sentence holds, which PolNeAR attributes without a source:
 * {@code The fight is expected to be costly} (the subject and the infinitive are the content, in
 * two fragments, "is expected" the cue), {@code He seemed to enjoy it}, and {@code It appears
 * that …} (the clause is the content).
 */
public final class ImpersonalStanceLinker implements AnnotationStage {

    /** The forms of seeming, which other rules ask about too ("She appeared to imply …"). */
    static final Set<String> SEEM = Set.of("seem", "seems", "seemed", "appear", "appears", "appeared");
    private static final Set<String> BEFORE_SEEM = Set.of("may", "might", "must", "could", "would", "should", "can",
            "will", "does", "do", "did", "not", "n't", "n\u2019t", "doesn't", "doesn\u2019t", "didn't", "didn\u2019t",
            "don't", "don\u2019t", "never", "often", "sometimes", "always", "also", "now", "at", "first", "already",
            "has", "have", "had");
    /** Words that open the clause after "it seems" when "that" is left out. */
    private static final Set<String> CLAUSE_SUBJECTS = Set.of("the", "he", "she", "they", "we", "i", "you", "his",
            "her", "their", "our", "this", "these", "those", "there", "most", "many", "some", "no");
    /** Passive perception verbs: "is seen as", "was widely viewed as". */
    private static final Set<String> PERCEIVED = Set.of("seen", "viewed", "regarded", "perceived", "considered");
    private static final Set<String> AUXILIARIES = Set.of("might", "may", "could", "would", "will", "can", "must",
            "should", "had", "has", "have");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "'s", "\u2019s",
            "isn't", "isn\u2019t", "aren't", "aren\u2019t", "wasn't", "wasn\u2019t", "weren't", "weren\u2019t");
    /** Words that may stand between "is" and "expected": "is widely expected", "is not expected", "is better known". */
    private static final Set<String> BETWEEN_BE_AND_EXPECTED = Set.of("widely", "not", "also", "still", "now",
            "generally", "largely", "broadly", "increasingly", "often", "both", "well", "better", "best", "n't", "n\u2019t");
    private static final int MIN_INFINITIVE_WORDS = 2;
    private static final int MAX_CLAUSE_SUBJECT = 10;
    /** What follows "appeared" when it means "came into view": "appeared on television", "appeared with her". */
    private static final Set<String> NOT_ADJECTIVES = Set.of("on", "in", "at", "with", "before", "after", "for", "from",
            "as", "to", "by", "during", "alongside", "together", "onstage", "briefly", "and", "or", "but", "that", "the",
            "a", "an", "this", "his", "her", "their", "its", "so", "here", "there", "again", "live");

    private final SourcePhrases phrases;

    public ImpersonalStanceLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
    }

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean candidate = SEEM.contains(t.lower()) || t.is("expected") || PERCEIVED.contains(t.lower()) || t.is("known");
            if (!candidate || analysis.isInsideQuote(t.begin())) {
                continue;
            }
            Optional<Proposal> proposal = Optional.empty();
            if (SEEM.contains(t.lower())) {
                int verb = i;
                int first = withAuxiliaries(tokens, verb, Clauses.sentenceFirstToken(analysis, t.begin()));
                int last = verb + 1 < tokens.size() && tokens.get(verb + 1).is("like") ? verb + 1 : verb;
                proposal = thatClause(analysis, verb).or(() -> raised(analysis, first, last));
            } else if (t.is("expected") || i + 1 < tokens.size() && tokens.get(i + 1).is("as")
                    || t.is("known") && i + 1 < tokens.size() && tokens.get(i + 1).isAny("for", "to")) {
                // "is expected to …", "is widely seen as …", "is known for …"
                int first = beforeExpected(tokens, i);
                proposal = first < i ? raised(analysis, first, i) : Optional.empty();
            }
            proposal.filter(p -> !analysis.isClaimed(p.content())).ifPresent(analysis::addProposal);
        }
    }

    /** The first token of "might seem", "does not often seem": the modals, negation and adverbs PolNeAR keeps in the cue. */
    private static int withAuxiliaries(List<Token> tokens, int verb, int floor) {
        int k = verb;
        while (k - 1 > floor && BEFORE_SEEM.contains(tokens.get(k - 1).lower())) {
            k--;
        }
        return k;
    }

    /** The first token of "is (widely) expected", or {@code expected} itself when no form of "be" comes first. */
    private static int beforeExpected(List<Token> tokens, int expected) {
        int k = expected - 1;
        while (k >= 0 && expected - k <= 2 && (BETWEEN_BE_AND_EXPECTED.contains(tokens.get(k).lower())
                || tokens.get(k).lower().endsWith("ly") && !tokens.get(k).isCapitalized())) {
            k--;
        }
        if (k < 0 || !BE.contains(tokens.get(k).lower())) {
            return expected;
        }
        // "might be expected", "had been expected": the auxiliary is the cue's too
        return k > 0 && tokens.get(k).isAny("be", "been") && AUXILIARIES.contains(tokens.get(k - 1).lower()) ? k - 1 : k;
    }

    /** {@code X seems to …} / {@code X is expected to …}: the subject and the infinitive. */
    private Optional<Proposal> raised(Analysis analysis, int cueFirst, int cueLast) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, tokens.get(cueFirst).begin());
        int ceiling = Clauses.sentenceEndToken(analysis, tokens.get(cueFirst).begin());
        int to = cueLast + 1;
        // "seems unlikely to …", "seemed weaker than …": a seeming takes an adjective as well
        boolean like = tokens.get(cueLast).is("like");
        Token verb = like ? tokens.get(cueLast - 1) : tokens.get(cueLast);
        boolean seem = SEEM.contains(verb.lower());
        // "seemed an insult away from …", "may seem like little more than …": and a noun phrase
        boolean seemsSomething = seem && (isAdjectiveLike(tokens.get(to))
                || tokens.get(to).isAny("a", "an") && (like || verb.lower().startsWith("seem")));
        // "is widely seen as a strong candidate": what the subject is taken for
        boolean perceivedAs = PERCEIVED.contains(verb.lower()) && tokens.get(to).is("as");
        // "Ginsburg is known for her liberal bent", "is better known as a Cowboys fan": the preposition is the cue's
        boolean knownFor = verb.is("known") && to < ceiling && tokens.get(to).isAny("for", "as");
        if (to >= ceiling || !(tokens.get(to).is("to") || seemsSomething || perceivedAs || knownFor)) {
            return Optional.empty();
        }
        int cueEnd = knownFor ? to : cueLast;
        int from = knownFor ? to + 1 : to;
        Optional<Mention> subject = phrases.withRelativeClause(tokens, cueFirst, floor)
                .or(() -> phrases.before(tokens, cueFirst, floor))
                .or(() -> phrases.sentenceSubject(tokens, cueFirst, floor,
                        Clauses.firstVerbCue(analysis, floor, cueFirst).isPresent()))
                .or(() -> clauseSubject(tokens, cueFirst, floor));
        // "She is moving to Los Angeles but is expected to …": the subject the two verbs share
        Optional<Mention> shared = subject.isPresent() ? Optional.empty() : phrases.coordinatedSubject(tokens, cueFirst, floor);
        subject = subject.or(() -> shared);
        // the holder is a fragment before the cue; a subject found after it, past an opening phrase's
        // comma, holds nothing
        if (subject.isEmpty() || subject.get().lastToken() >= cueFirst || shared.isEmpty()
                && subject.get().lastToken() < cueFirst - 1 && !onlyAdverbs(tokens, subject.get().lastToken() + 1, cueFirst)) {
            return Optional.empty();
        }
        int end = Clauses.clauseEnd(analysis, from, ceiling);
        int opener = subject.get().firstToken() - 1;
        // "The DNC, which is seen as aligned with Clinton, responded": a relative clause ends at its comma too
        boolean relative = tokens.get(subject.get().firstToken()).isAny("which", "who");
        if (relative || opener >= floor && (Clauses.SUBORDINATORS.contains(tokens.get(opener).lower()) || tokens.get(opener).isAny("that", "whether"))) {
            end = Clauses.beforeComma(tokens, from, end); // "Despite the fact that X appears to …, Y": the clause ends at its comma
        }
        end = beforeColonOrTaken(analysis, from, end);
        // "Clinton seemed irritated": one adjective is a judgement; "seemed to" needs its verb
        if (Clauses.wordCount(tokens, from, end) < (seemsSomething ? 1 : MIN_INFINITIVE_WORDS)) {
            return Optional.empty();
        }
        Span cue = new Span(tokens.get(cueFirst).begin(), tokens.get(cueEnd).end());
        Span holder = subject.get().span();
        int last = end;
        // "It seems pretty likely they will …": an empty "it" holds nothing of what is thought
        boolean expletive = subject.get().firstToken() == subject.get().lastToken() && tokens.get(subject.get().firstToken()).is("it");
        return Clauses.trimmed(tokens, from, last).map(infinitive -> new Proposal(expletive ? infinitive : holder.union(infinitive),
                ContentKind.INDIRECT, cue, CueKind.VERB, null, null, Rule.IMPERSONAL_STANCE, 0.4,
                "\"" + cue.coveredText(analysis.text()) + "\" says what is thought of the subject, by nobody named",
                null, expletive ? List.of(infinitive) : List.of(holder, infinitive)));
    }

    /** {@code It appears that …}: the clause. */
    private Optional<Proposal> thatClause(Analysis analysis, int verb) {
        List<Token> tokens = analysis.tokens();
        int ceiling = Clauses.sentenceEndToken(analysis, tokens.get(verb).begin());
        if (verb == 0 || !tokens.get(verb - 1).is("it") || verb + 2 >= ceiling) {
            return Optional.empty();
        }
        int start = verb + 1;
        // "It appears, though, that …": past a connective set off by commas
        if (start + 2 < ceiling && tokens.get(start).is(",") && tokens.get(start + 2).is(",")) {
            start += 3;
        }
        // "it seems the Democrats have …": the clause may come without its "that"
        if (start + 1 >= ceiling || !(tokens.get(start).is("that") || CLAUSE_SUBJECTS.contains(tokens.get(start).lower()))) {
            return Optional.empty();
        }
        int end = Clauses.clauseEnd(analysis, start, ceiling);
        Span cue = tokens.get(verb).span();
        return Clauses.trimmed(tokens, start, end).map(content -> new Proposal(content, ContentKind.INDIRECT, cue,
                CueKind.VERB, null, null, Rule.IMPERSONAL_STANCE, 0.4,
                "\"it " + cue.coveredText(analysis.text()) + " that\": a judgement by nobody named", null));
    }

    /**
     * The subject of a clause inside the sentence: from the last comma or clause opener before the
     * verb ("Despite the fact that neither contest this year appears to …").
     */
    private Optional<Mention> clauseSubject(List<Token> tokens, int cue, int floor) {
        if (cue <= floor) {
            return Optional.empty(); // "Is expected to …" opening a line has no subject before it
        }
        int first = cue - 1;
        while (first > floor && cue - first < MAX_CLAUSE_SUBJECT
                && !tokens.get(first - 1).isAny(",", "that", "while", "but", "and", "though", "although", "because",
                        "as", "if", "when", "since", "\u2014", "-", ";", ":")) {
            first--;
        }
        if (first >= cue || first == floor && cue - first >= MAX_CLAUSE_SUBJECT) {
            return Optional.empty();
        }
        int start = first;
        return phrases.after(tokens, start, cue, false).filter(m -> m.lastToken() == cue - 1)
                .or(() -> phrases.sentenceSubject(tokens, cue, start, false));
    }

    /**
     * "Clinton seemed irritated: “…”", "Cruz seemed lost, applauding along …": the judgement ends at
     * a colon, or at the comma before a statement already proposed.
     */
    private static int beforeColonOrTaken(Analysis analysis, int from, int end) {
        List<Token> tokens = analysis.tokens();
        for (int i = from + 1; i <= end; i++) {
            if (tokens.get(i).is(":") || tokens.get(i).is(",") && i < end && analysis.isClaimed(tokens.get(i + 1).span())) {
                return i - 1;
            }
        }
        return end;
    }

    private static boolean isAdjectiveLike(Token t) {
        return t.isWord() && !t.isCapitalized() && !NOT_ADJECTIVES.contains(t.lower());
    }

    private static boolean onlyAdverbs(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!(t.lower().endsWith("ly") || t.isAny("also", "still", "now", "not", "even", "at", "first", "least", "too", ",",
                    "both", "all"))) {
                return false;
            }
        }
        return true;
    }
}
