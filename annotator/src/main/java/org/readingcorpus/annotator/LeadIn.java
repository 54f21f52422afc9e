package org.readingcorpus.annotator;

import java.util.List;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Span;

/** The words before a quote in its sentence, which PolNeAR counts as the speaker's paraphrase. */
final class LeadIn {

    private static final int MIN_LEAD_IN_WORDS = 2;
    private static final Set<String> LEAD_IN_SKIPPED = Set.of("but", "and", "so", "still", "yet");

    private LeadIn() {
    }

    /**
     * {@code If they leak, hackers are “losing the value of the operation,” he said}: the words
     * before the quote in its sentence are the speaker's too, paraphrased; the content is mixed.
     */
    static Proposal extend(Analysis analysis, Proposal p) {
        List<Token> tokens = analysis.tokens();
        int quoteStart = analysis.tokenIndexAt(p.content().begin());
        int floor = Clauses.sentenceFirstToken(analysis, p.content().begin());
        // "Mills “got an immunity agreement,” Jordan said", "But “it will not be carpets and candles,” said …": a
        // quote going on in lower case needs the words before it, however few (PolNeAR train: 29 of 40 so marked)
        boolean quoteGoesOn = quoteStart + 1 < tokens.size() && tokens.get(quoteStart + 1).isWord()
                && Character.isLowerCase(tokens.get(quoteStart + 1).text().charAt(0));
        int first = floor;
        while (first < quoteStart && (tokens.get(first).isAny(",", "\u2014", "-")
                || LEAD_IN_SKIPPED.contains(tokens.get(first).lower()) && (!quoteGoesOn || tokens.get(first + 1).is(",")))) {
            first++;
        }
        if (Clauses.wordCount(tokens, first, quoteStart - 1) < (quoteGoesOn ? 1 : MIN_LEAD_IN_WORDS)) {
            return p;
        }
        for (int i = first; i < quoteStart; i++) {
            if (Clauses.isQuotation(tokens, i) || tokens.get(i).isAny(":", ";")
                    || Clauses.cueStartingAt(analysis, i).isPresent()) {
                return p; // another quote, a colon or a cue: the words before belong elsewhere
            }
        }
        return withWordsFrom(tokens.get(first).begin(), p, p.confidence() - 0.1,
                "the words before the quote in its sentence paraphrase the speaker");
    }

    /**
     * {@code … told Bill O'Reilly of Fox News, that “you have to look at it very seriously”}: a quote
     * with no cue that goes on from a lower-case word takes the words of its clause before it, from
     * "that" or from the last cue ({@code cueEnds} holds the last token of every cue), comma or
     * sentence start (PolNeAR train: gold begins there 37 times in 45).
     */
    static Proposal fromClause(Analysis analysis, Proposal p, Set<Integer> cueEnds) {
        List<Token> tokens = analysis.tokens();
        int start = analysis.tokenIndexAt(p.content().begin());
        int floor = Clauses.sentenceFirstToken(analysis, p.content().begin());
        boolean goesOn = start + 1 < tokens.size() && tokens.get(start + 1).isWord() && !tokens.get(start + 1).isCapitalized();
        if (start - 1 < floor || !tokens.get(start - 1).isWord() || tokens.get(start - 1).isCapitalized() || !goesOn) {
            return p; // "a website called “Cape Breton If Donald Trump Wins”": a title, no clause going on
        }
        int first = start;
        while (first - 1 >= floor && start - first < MAX_CLAUSE_LEAD_IN && !cueEnds.contains(first - 1)) {
            Token t = tokens.get(first - 1);
            if (!t.isWord() && !t.isPossessive() || Clauses.isQuotation(tokens, first - 1)) {
                break;
            }
            first--;
            if (t.is("that")) {
                break;
            }
        }
        first = Clauses.afterConnective(tokens, first, start); // "And the party is “ready …”": the connective joins, says nothing
        if (start - first >= MAX_CLAUSE_LEAD_IN || first == start
                || analysis.isClaimed(new Span(tokens.get(first).begin(), p.content().begin()))) {
            return p; // words another content holds already stay its own
        }
        return withWordsFrom(tokens.get(first).begin(), p, p.confidence(), "the words of its clause before the quote go with it");
    }

    private static final int MAX_CLAUSE_LEAD_IN = 12;

    private static Proposal withWordsFrom(int begin, Proposal p, double confidence, String why) {
        return new Proposal(new Span(begin, p.content().end()), ContentKind.MIXED, p.cue(), p.cueKind(), p.source(),
                p.mentionKind(), p.rule(), confidence, p.evidence() + "; " + why, p.inheritsSpeakerFrom());
    }
}
