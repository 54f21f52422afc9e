package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * Stances reported by an adjective after its copula, as PolNeAR marks them: {@code They are
 * surprisingly skeptical of the "sharing economy"} (cue "are surprisingly skeptical of", the object
 * the content), {@code Ackman is convinced that Valeant will …}, {@code The White House was eager to
 * …} (the clause the content). The adjectives and what may follow them are in
 * {@code stance-adjectives.txt}.
 */
public final class StanceAdjectiveLinker implements AnnotationStage {

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "am",
            "'s", "\u2019s", "'re", "\u2019re", "'m", "\u2019m", "remain", "remains", "remained", "become", "becomes",
            "became");
    /** Words PolNeAR keeps in the cue between the copula and the adjective: "are not so", "’s also". */
    private static final Set<String> BETWEEN = Set.of("not", "n't", "n\u2019t", "also", "more", "less", "so", "very",
            "too", "still", "now", "all", "both", "even", "increasingly", "particularly", "especially", "no", "longer");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "may", "might",
            "could", "should", "must");
    private static final int MAX_BETWEEN = 3;
    private static final double CONFIDENCE = 0.5;

    private final SourcePhrases phrases;
    private final Lexicons lexicons;

    public StanceAdjectiveLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
        this.lexicons = lexicons;
    }

    @Override
    public void process(Analysis analysis) {
        ListedWords.propose(analysis, lexicons::stanceAdjectiveOpeners, (i, openers) -> proposal(analysis, i, openers));
    }

    private Optional<Proposal> proposal(Analysis analysis, int adjective, Set<String> openers) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, tokens.get(adjective).begin());
        int ceiling = Clauses.sentenceEndToken(analysis, tokens.get(adjective).begin());
        Token next = tokens.get(adjective + 1);
        boolean preposition = openers.contains("+" + next.lower());
        boolean clause = openers.contains(next.lower()) && adjective + 2 < ceiling && tokens.get(adjective + 2).isWord();
        if (!preposition && !clause) {
            return Optional.empty();
        }
        int copula = adjective - 1;
        while (copula > floor && adjective - copula <= MAX_BETWEEN && isBetween(tokens.get(copula))) {
            copula--;
        }
        if (copula < floor || !COPULAS.contains(tokens.get(copula).lower())) {
            return Optional.empty(); // "a critical of …" is no stance of anyone's
        }
        int cueStart = copula;
        while (cueStart - 1 > floor && AUXILIARIES.contains(tokens.get(cueStart - 1).lower())) {
            cueStart--;
        }
        int first = cueStart;
        Optional<Mention> source = phrases.withRelativeClause(tokens, first, floor)
                .or(() -> phrases.before(tokens, first, floor))
                .or(() -> phrases.sentenceSubject(tokens, first, floor,
                        Clauses.firstVerbCue(analysis, floor, first).isPresent()));
        if (source.isEmpty()) {
            return Optional.empty();
        }
        int start = preposition ? adjective + 2 : adjective + 1;
        int end = Clauses.clauseEnd(analysis, start, ceiling);
        if (preposition) {
            end = Clauses.beforeComma(tokens, start, end);
        }
        if (Clauses.wordCount(tokens, start, end) < (preposition ? 1 : 2)) {
            return Optional.empty();
        }
        Span cue = new Span(tokens.get(cueStart).begin(), (preposition ? next : tokens.get(adjective)).end());
        Mention s = source.get();
        return Clauses.trimmed(tokens, start, end).map(content -> new Proposal(content, ContentKind.INDIRECT, cue,
                CueKind.PHRASE, s.span(), s.kind(), Rule.STANCE_ADJECTIVE, CONFIDENCE,
                "\"" + cue.coveredText(analysis.text()) + "\" reports a stance and what it is about", null));
    }

    private static boolean isBetween(Token t) {
        return BETWEEN.contains(t.lower()) || t.isWord() && !t.isCapitalized() && t.lower().endsWith("ly") && t.lower().length() > 4;
    }
}
