package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * What the reported-speech rules leave: a participle that goes on reporting the main clause's
 * speaker ({@code X told reporters …, adding that …}), and stance verbs whose complement is what
 * is attributed ({@code X declined to say whether …}, {@code X endorsed Cruz}). Runs after the
 * other linkers, so it only adds where they found nothing.
 */
public final class ComplementLinker implements AnnotationStage {

    private static final Set<String> NOT_OBJECTS = Set.of("in", "on", "at", "of", "to", "for", "with", "by", "from",
            "that", "as", "about", "after", "before", "during", "since", "so", "and", "or", "but", "also", "again",
            "not", "too", "among", "out", "off", "up", "down", "away", "back", "because");

    private static final int MAX_OBJECT_BEFORE_AS = 9;
    /** How far before a verb "and" may open a second, counted subject: "and 1 percent of voters support". */
    private static final int MAX_SECOND_SUBJECT = 6;
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "it", "me", "us", "himself",
            "herself", "themselves");
    private static final Set<String> ADJUNCT_OPENERS = Set.of("in", "on", "at", "during", "before", "after", "since",
            "when", "while", "because", "last", "this", "earlier", "-", "\u2013", "\u2014", ",", "but",
            "despite", "over", "amid", "from", "with", "without", "until", "yesterday", "today");
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "&", "de", "van", "von", "-");

    private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "one");
    private static final Set<String> RELATIVE_OPENERS = Set.of("who", "whom", "whose", "which", "where");

    private final SourcePhrases phrases;
    /** Prepositions after a participle that say where or to whom, not what: "speaking to reporters". */
    private static final Set<String> NOT_REPORTED_AFTER = Set.of("to", "with", "in", "at", "from", "into", "during");

    private final Lexicons lexicons;

    public ComplementLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
        this.lexicons = lexicons;
    }

    @Override
    public void process(Analysis analysis) {
        // looked up per cue, so built once: a scan of the proposals for each cue would be quadratic
        Set<Span> usedCues = analysis.cuesInUse();
        TreeMap<Integer, Proposal> spokenByCue = analysis.spokenByCue();
        for (CueMatch cue : analysis.cues()) {
            if (cue.kind() != CueKind.VERB || usedCues.contains(cue.span()) || analysis.isInsideQuote(cue.span().begin())) {
                continue;
            }
            Optional<Proposal> proposal = trailingParticiple(analysis, cue, spokenByCue)
                    .or(() -> complement(analysis, cue));
            proposal.flatMap(p -> Clauses.fitted(analysis, p, 2)).ifPresent(analysis::addProposal);
        }
    }

    /** {@code X spoke …, adding that …}: the participle's clause, by the speaker of the sentence's attribution. */
    private Optional<Proposal> trailingParticiple(Analysis analysis, CueMatch cue, TreeMap<Integer, Proposal> spokenByCue) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
        int ceiling = Clauses.sentenceEndToken(analysis, cue.span().begin());
        if (!Clauses.followsComma(tokens, cue.firstToken(), floor) || !tokens.get(cue.firstToken()).lower().endsWith("ing")) {
            return Optional.empty();
        }
        var first = spokenByCue.ceilingEntry(tokens.get(floor).begin());
        Optional<Proposal> main = first != null && first.getValue().cue().end() <= cue.span().begin()
                ? Optional.of(first.getValue()) : Optional.empty();
        int next = cue.lastToken() + 1;
        boolean particle = next + 1 < ceiling && lexicons.complements(cue.lemma()).particles().contains(tokens.get(next).lower());
        // "…, referring to the bruises": the particle is the cue's
        Span cueSpan = particle ? new Span(cue.span().begin(), tokens.get(next).end()) : cue.span();
        int k = particle ? next + 1 : next; // PolNeAR keeps "that" in: "adding that …"
        int end = Clauses.beforeQuoteGoingOn(analysis, floor, k, Clauses.clauseEnd(analysis, k, ceiling));
        // "…, hoping to win the state": an infinitive the verb takes is what is reported
        boolean infinitive = tokens.get(k).is("to") && lexicons.complements(cue.lemma()).infinitive();
        if (Clauses.wordCount(tokens, k, end) < 2
                || !particle && !infinitive && k < ceiling && NOT_REPORTED_AFTER.contains(tokens.get(k).lower())) {
            return Optional.empty(); // "adding to her run of victories", "speaking to reporters for seven minutes"
        }
        if (main.isPresent()) {
            Proposal by = main.get();
            return Clauses.trimmed(tokens, k, end).map(content -> new Proposal(content, ContentKind.INDIRECT, cueSpan,
                    cue.kind(), by.source(), by.mentionKind(), Rule.TRAILING_PARTICIPLE, 0.6,
                    "\"" + cueSpan.coveredText(analysis.text()) + "\" goes on from the sentence's attribution", null));
        }
        // "Clinton attacked Trump, saying he would …": whoever did the sentence's deed says the rest
        Optional<Mention> subject = phrases.openingSubject(tokens, floor, cue.firstToken() - 1);
        return subject.flatMap(s -> Clauses.trimmed(tokens, k, end).map(content -> new Proposal(content, ContentKind.INDIRECT,
                cueSpan, cue.kind(), s.span(), s.kind(), Rule.TRAILING_PARTICIPLE, 0.5,
                "\"" + cueSpan.coveredText(analysis.text()) + "\" goes on from what the sentence's subject did", null)));
    }

    /** {@code X declined to say …}, {@code X endorsed Y}, {@code X called for Y}: the subject before, the complement after. */
    private Optional<Proposal> complement(Analysis analysis, CueMatch cue) {
        Lexicons.Complements takes = lexicons.complements(cue.lemma());
        if (!takes.any()) {
            return Optional.empty();
        }
        List<Token> tokens = analysis.tokens();
        if (cue.lemma().equals("want") && tokens.get(cue.firstToken()).isAny("may", "might")) {
            return Optional.empty(); // "Trump may want to check his stats": the writer's advice, nobody's wish (train: 4 of 5)
        }
        int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
        int ceiling = Clauses.sentenceEndToken(analysis, cue.span().begin());
        int k = cue.lastToken() + 1;
        if (k >= ceiling) {
            return Optional.empty();
        }
        int afterTime = Clauses.afterTimeWords(tokens, k, ceiling);
        if (afterTime > k && afterTime < ceiling && (!tokens.get(afterTime).is("to") || takes.infinitive())) {
            k = afterTime; // "promised on Tuesday to refrain from …", "delivered Monday a speech"; "delivered Monday." has no object
        }
        k = pastAdjunctBeforeInfinitive(tokens, takes, k, ceiling);
        Token next = tokens.get(k);
        Span cueSpan = cue.span();
        int particleWords = particleWords(takes, tokens, k, ceiling);
        boolean particle = particleWords > 0;
        if (particle) {
            cueSpan = new Span(cueSpan.begin(), tokens.get(k + particleWords - 1).end());
            k += particleWords;
        }
        // "decided not to make a bid": the negation opens the infinitive, and the content
        int to = !particle && next.isAny("not", "never") && k + 1 < ceiling && tokens.get(k + 1).is("to") ? k + 1 : k;
        // "declined to $281 million": "to" before a number opens no infinitive
        boolean infinitive = !particle && takes.infinitive() && tokens.get(to).is("to") && to + 1 < ceiling
                && !tokens.get(to + 1).is("$") && !Character.isDigit(tokens.get(to + 1).text().charAt(0));
        boolean declinedTopic = infinitive && to == k && k + 3 < ceiling && UNSPOKEN.contains(tokens.get(k + 1).lower())
                && tokens.get(k + 2).isAny("on", "about");
        if (declinedTopic) {
            // "declined to comment on the reports": PolNeAR's cue runs to the preposition, the content is its object
            cueSpan = new Span(cueSpan.begin(), tokens.get(k + 2).end());
            k += 3;
            infinitive = false;
        }
        boolean object = (particle || declinedTopic || takes.object() || takes.objectAs() && follows(tokens, k, ceiling, "as")
                || takes.objectTo() && follows(tokens, k, ceiling, "to"))
                && opensObject(tokens.get(k));
        if (!infinitive && !object) {
            return Optional.empty();
        }
        Optional<Mention> source = listedVerbSubject(analysis, cue, floor)
                .or(() -> phrases.before(tokens, cue.firstToken(), floor))
                .or(() -> phrases.coordinatedSubject(tokens, cue.firstToken(), floor))
                .or(() -> phrases.sentenceSubject(tokens, cue.firstToken(), floor,
                        Clauses.firstVerbCue(analysis, floor, governorOf(tokens, cue.firstToken(), floor)).isPresent()));
        if (source.isEmpty()) {
            return Optional.empty();
        }
        int start = k;
        // "expressed concern that …", "voiced displeasure with …": the stance noun joins the cue; what it is about is the content
        int stanceNoun = infinitive || particle || !VOICING.contains(cue.lemma()) ? -1 : stanceNoun(tokens, k, ceiling);
        if (stanceNoun >= 0) {
            boolean that = tokens.get(stanceNoun + 1).is("that");
            cueSpan = new Span(cueSpan.begin(), tokens.get(that ? stanceNoun : stanceNoun + 1).end());
            start = that ? stanceNoun + 1 : stanceNoun + 2;
        }
        int clauseEnd = Clauses.withinOpeningClause(tokens, floor, cue.firstToken(), start, Clauses.clauseEnd(analysis, start, ceiling));
        int end = Clauses.withinRelativeClause(tokens, source.get(), start,
                beforeAside(tokens, start, infinitive ? beforeNewSubject(tokens, start, clauseEnd)
                        : beforeNextVerb(analysis, start, objectEnd(tokens, start, clauseEnd))));
        end = beforeSecondPredicate(tokens, start, end, infinitive);
        if (!infinitive) {
            end = beforeCircumstance(tokens, start, Clauses.beforeWhenOrWhere(lexicons, tokens, start, end, true));
        }
        end = Clauses.beforeMainAuxiliary(analysis, source.get(), start, end);
        if (Clauses.wordCount(tokens, start, end) < (infinitive ? 2 : 1)) {
            return Optional.empty();
        }
        Mention s = source.get();
        Span finalCue = cueSpan;
        String why = "\"" + cueSpan.coveredText(analysis.text()) + "\" and " + (infinitive ? "what it is to do" : "its object");
        return Clauses.trimmed(tokens, start, end).map(content -> new Proposal(content, ContentKind.INDIRECT, finalCue,
                cue.kind(), s.span(), s.kind(), Rule.VERB_COMPLEMENT, 0.5, why, null));
    }

    /**
     * "decided after a lengthy investigation not to recommend charges", "decided at the last minute to
     * drop out": a short prepositional phrase between the verb and its infinitive is when or how; the
     * infinitive's "to" (or its negation), else {@code k}.
     */
    private static int pastAdjunctBeforeInfinitive(List<Token> tokens, Lexicons.Complements takes, int k, int ceiling) {
        if (!takes.infinitive() || !tokens.get(k).isAny(ADJUNCT_PREPOSITIONS)) {
            return k;
        }
        for (int i = k + 1; i + 1 < ceiling && i - k <= MAX_ADJUNCT_WORDS; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.isAny("that", "and", "or", "but") || t.lower().endsWith("ing")) {
                return k; // "agreed on creating a commission to examine …": the phrase is what was agreed
            }
            boolean negated = t.isAny("not", "never") && tokens.get(i + 1).is("to");
            if ((t.is("to") || negated) && i > k + 1 && i + 2 < ceiling && tokens.get(negated ? i + 2 : i + 1).isWord()
                    && !tokens.get(negated ? i + 2 : i + 1).isCapitalized()) {
                return i;
            }
        }
        return k;
    }

    private static final String[] ADJUNCT_PREPOSITIONS = {"in", "on", "at", "after", "during"};
    private static final int MAX_ADJUNCT_WORDS = 6;

    /**
     * The noun a voicing verb's object ends with when "that" or a preposition follows it within a
     * few words ("concern that", "serious doubts about", "his condolences over"), or -1.
     */
    private static int stanceNoun(List<Token> tokens, int k, int ceiling) {
        for (int i = k; i + 2 < ceiling && i - k < MAX_STANCE_NOUN_WORDS; i++) {
            Token t = tokens.get(i);
            // "expressed their support for Trump": a stance with its holder named is the content, whole
            if (!t.isWord() || t.isCapitalized() || STANCE_OPENERS.contains(t.lower()) || t.is("of") || POSSESSIVES.contains(t.lower())) {
                return -1;
            }
            if (STANCE_OPENERS.contains(tokens.get(i + 1).lower()) && tokens.get(i + 2).isWord()) {
                return i;
            }
        }
        return -1;
    }

    /** Verbs that voice a stance named by their object: "expressed concern", "voiced displeasure", "raised questions". */
    private static final Set<String> VOICING = Set.of("express", "voice", "raise");
    private static final Set<String> STANCE_OPENERS = Set.of("that", "about", "at", "with", "over", "for", "in", "toward",
            "towards", "regarding");
    private static final int MAX_STANCE_NOUN_WORDS = 3;
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");

    /** How many words of the cue's particle stand at {@code k}: two for "lashed out at", one for "called for", or none. */
    private static int particleWords(Lexicons.Complements takes, List<Token> tokens, int k, int ceiling) {
        if (k + 2 < ceiling && takes.particles().contains(tokens.get(k).lower() + " " + tokens.get(k + 1).lower())) {
            return 2;
        }
        return k + 1 < ceiling && takes.particles().contains(tokens.get(k).lower()) ? 1 : 0;
    }

    /** What one declines or refuses to do about a question: comment, elaborate, speculate. */
    private static final Set<String> UNSPOKEN = Set.of("comment", "elaborate", "speculate");

    /**
     * The object's last token: a pronoun or a name stands alone when an adjunct follows it
     * ("endorsed Sanders in February"), not when it opens a longer phrase ("praised Clinton's plan
     * to …", "urged Congress to act", "described her as likable").
     */
    private static int objectEnd(List<Token> tokens, int k, int clauseEnd) {
        Token first = tokens.get(k);
        if (!first.isCapitalized() && !OBJECT_PRONOUNS.contains(first.lower())) {
            return clauseEnd;
        }
        int i = k;
        while (first.isCapitalized() && i + 1 <= clauseEnd && (tokens.get(i + 1).isCapitalized() || tokens.get(i + 1).is(".")
                || NAME_JOINERS.contains(tokens.get(i + 1).lower()) && i + 2 <= clauseEnd && tokens.get(i + 2).isCapitalized())) {
            i++;
        }
        boolean adjunctFollows = i + 1 > clauseEnd || ADJUNCT_OPENERS.contains(tokens.get(i + 1).lower());
        return adjunctFollows ? i : clauseEnd;
    }

    /**
     * "offering broad new defense efforts amid growing concerns …", "attacked her opponent as a
     * fraud during the debate": an object ends where a conjunction or preposition of circumstance
     * says when it happened or concedes; after "because" and "while" PolNeAR more often goes on
     * with what was said (train).
     */
    private static int beforeCircumstance(List<Token> tokens, int start, int end) {
        for (int i = start + 1; i <= end; i++) {
            if (CIRCUMSTANCES.contains(tokens.get(i).lower())) {
                int last = i - 1;
                return tokens.get(last).is(",") ? last - 1 : last;
            }
        }
        return end;
    }

    private static final Set<String> CIRCUMSTANCES = Set.of("amid", "despite", "whereas", "although", "though", "during",
            "when", "since", "after");

    /**
     * "denied the charges and counter-accused her of battery", "praised the plan and then took the
     * stage": "and" or "or" before a past form or an auxiliary joins a second deed of the subject,
     * not part of the object.
     */
    private static int beforeSecondPredicate(List<Token> tokens, int start, int end, boolean infinitive) {
        for (int i = start; i + 1 <= end; i++) {
            Token t = tokens.get(i);
            // "how students are performing and …", "a path for conservatives to raise issues and set …": the inner clause's verbs
            if (INNER_CLAUSE_OPENERS.contains(t.lower()) && !(i == start && t.is("to"))) {
                return end;
            }
            if (i == start || !t.isAny("and", "or")) {
                continue;
            }
            Token verb = tokens.get(i + 1 < end && SECOND_DEED_ADVERBS.contains(tokens.get(i + 1).lower()) ? i + 2 : i + 1);
            // "need-based aid" is no verb; "to raise issues and set agendas": "set" is the infinitive's own
            boolean past = SourcePhrases.isPastForm(verb) && !verb.text().contains("-")
                    && (!infinitive || verb.lower().endsWith("ed"));
            // "has not endorsed Mr. Trump and has been a pointed critic of his style": an auxiliary opens the second deed
            boolean auxiliary = !infinitive && Clauses.FINITE_AUXILIARIES.contains(verb.lower());
            if (past || auxiliary) {
                return tokens.get(i - 1).is(",") ? i - 2 : i - 1;
            }
        }
        return end;
    }

    private static final Set<String> INNER_CLAUSE_OPENERS = Set.of("that", "who", "which", "when", "how", "whether",
            "what", "why", "where", "if", "to");
    private static final Set<String> SECOND_DEED_ADVERBS = Set.of("then", "later", "also", "eventually", "quickly");

    /** "decided not to enter the race and she performed well": "and" and a subject pronoun open a clause of their own. */
    private static int beforeNewSubject(List<Token> tokens, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            if (tokens.get(i).is("and") && tokens.get(i + 1).isAny("he", "she", "they", "we", "i")) {
                return tokens.get(i - 1).is(",") ? i - 2 : i - 1;
            }
        }
        return end;
    }

    /**
     * "has vowed to repeal the Hyde Amendment, a longstanding provision …", "argued for a new name -
     * the Opposition Bloc": an object ends before an apposition or aside set off by a comma or dash.
     */
    private static int beforeAside(List<Token> tokens, int start, int end) {
        for (int i = start + 1; i < end; i++) {
            Token t = tokens.get(i);
            if (Clauses.isDash(tokens, i)) {
                return i - 1;
            }
            // "… as “fantastic,” telling reporters …": the comma may stand inside the closing quote mark
            boolean quoteClosesAfter = t.is(",") && i + 2 <= end && Clauses.isQuoteMark(tokens.get(i + 1));
            int after = quoteClosesAfter ? i + 2 : i + 1;
            // "…, including evangelical Christians": the list goes on, no aside
            boolean participle = tokens.get(after).lower().endsWith("ing") && !tokens.get(after).is("including");
            // "…, with whom he clashed", "…, which …": a relative clause about the object is no part of it
            boolean relative = RELATIVE_OPENERS.contains(tokens.get(after).lower())
                    || after + 1 < end && tokens.get(after + 1).isAny("whom", "which") && !tokens.get(after).isCapitalized();
            if (t.is(",") && (APPOSITION_OPENERS.contains(tokens.get(after).lower()) || participle || relative)) {
                return quoteClosesAfter ? i + 1 : i - 1;
            }
        }
        return end;
    }

    /**
     * "Protesters continued to call for …": the verb that governs an infinitive cue belongs with it,
     * so it is no other verb between the cue and its subject; else the cue's own first token.
     */
    private static int governorOf(List<Token> tokens, int cue, int floor) {
        return cue - 2 >= floor && tokens.get(cue - 1).is("to") && Clauses.RAISING_PREDICATES.contains(tokens.get(cue - 2).lower())
                ? cue - 2 : cue;
    }

    /**
     * "The candidate has mocked a reporter, referred to immigrants as …": a verb after a comma that
     * follows an earlier verb's object shares that verb's subject.
     */
    private Optional<Mention> listedVerbSubject(Analysis analysis, CueMatch cue, int floor) {
        List<Token> tokens = analysis.tokens();
        // "… lamented the state of the campaign and criticized the …": "and" joins the verbs too
        if (cue.firstToken() - 1 <= floor || !tokens.get(cue.firstToken() - 1).isAny(",", "and", "but")) {
            return Optional.empty();
        }
        return Clauses.firstVerbCue(analysis, floor, cue.firstToken() - 1)
                .filter(earlier -> earlier.lastToken() + 1 < cue.firstToken() - 1)
                .flatMap(earlier -> phrases.before(tokens, earlier.firstToken(), floor))
                // "Sanders, who had said he would debate, criticized Clinton": the verb after the relative clause is the head's
                .flatMap(subject -> Clauses.isSetOffRelative(tokens, subject) && tokens.get(cue.firstToken() - 1).is(",")
                        ? phrases.before(tokens, subject.firstToken() - 1, floor) : Optional.of(subject));
    }

    /**
     * "has mocked a reporter, referred to immigrants as …": an object ends where the next verb of
     * the same subject begins, after a comma or "and".
     */
    private int beforeNextVerb(Analysis analysis, int start, int end) {
        List<Token> tokens = analysis.tokens();
        Optional<CueMatch> next = Clauses.firstVerbCue(analysis, start + 1, end + 1);
        if (next.isEmpty()) {
            return end;
        }
        int at = next.get().firstToken();
        // "5 percent prefer Gary Johnson and 1 percent support Jill Stein": a second subject takes its own turn
        for (int j = at - 2; j > start && at - j <= MAX_SECOND_SUBJECT; j--) {
            Token opener = tokens.get(j + 1);
            // "what he and many union members see as …": a pronoun before "and" makes one subject of the two
            if (tokens.get(j).isAny("and", "while", "but") && !Clauses.SUBJECT_PRONOUNS.contains(tokens.get(j - 1).lower())
                    && (SourcePhrases.isQuantity(opener) || lexicons.isUnnamedQuantifier(opener.lower()))) {
                return tokens.get(j - 1).is(",") ? j - 2 : j - 1;
            }
        }
        if (!tokens.get(at - 1).isAny(",", "and") || at - 2 < start) {
            return end;
        }
        if (tokens.get(at).lower().equals(next.get().lemma())) {
            for (int i = start; i < at; i++) {
                if (tokens.get(i).is("to")) {
                    return end; // "asked the woman to raise her voice and say …": one infinitive goes on
                }
            }
        }
        return tokens.get(at - 2).is(",") ? at - 3 : at - 2;
    }

    /**
     * "sees the issue as a way …", "asked the woman to raise …": the word within a few words of the
     * object's start, before any comma.
     */
    private static boolean follows(List<Token> tokens, int k, int ceiling, String word) {
        for (int i = k + 1; i < ceiling && i - k <= MAX_OBJECT_BEFORE_AS; i++) {
            if (tokens.get(i).is(word)) {
                return true;
            }
            // "sees Mr. Netanyahu as …": the period of a title is no end
            if (!tokens.get(i).isWord() && !SourcePhrases.isAbbreviationPeriod(tokens, i)) {
                return false;
            }
        }
        return false;
    }

    /** "ruling could decide the case": a modal or an auxiliary opens a clause, no object. */
    private static boolean opensObject(Token t) {
        return t.isWord() && !NOT_OBJECTS.contains(t.lower()) && !Clauses.FINITE_AUXILIARIES.contains(t.lower())
                && !t.lower().endsWith("ly");
    }

}
