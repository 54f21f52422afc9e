package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * Backing received, which PolNeAR credits to those who give it: {@code Clinton has the support of
 * women and older voters}, {@code Cruz won the endorsement of Gov. Mike Pence} (the givers the
 * source, the one backed the content, "has the support of" the cue).
 */
public final class SupportReceivedLinker implements AnnotationStage {

    /** Verbs of having or getting, in the forms a finite clause uses. */
    private static final Set<String> GETTING = Set.of("has", "have", "had", "won", "wins", "earned", "earns", "drew",
            "draws", "received", "receives", "gained", "got", "garnered", "enjoys", "enjoyed", "secured", "consolidated");
    private static final Set<String> BACKING = Set.of("support", "backing", "endorsement", "endorsements");
    /** Auxiliaries, negation and adverbs the cue keeps before the verb: "still has not received". */
    private static final Set<String> BEFORE_VERB = Set.of("has", "have", "had", "also", "still", "not", "already",
            "n't", "n\u2019t", "hasn't", "hasn\u2019t", "hadn't", "hadn\u2019t", "never");
    private static final int MAX_MODIFIERS = 3;
    private static final double CONFIDENCE = 0.5;

    private final SourcePhrases phrases;

    public SupportReceivedLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
    }

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        for (int i = 1; i + 3 < tokens.size(); i++) {
            if (GETTING.contains(tokens.get(i).lower()) && backingFollows(tokens, i) && !tokens.get(i - 1).is("to")
                    && !analysis.isInsideQuote(tokens.get(i).begin())) {
                proposal(analysis, i).filter(p -> !analysis.isClaimed(p.content())).ifPresent(analysis::addProposal);
            }
        }
    }

    /** A cheap look ahead, since "has" and "had" are everywhere: a backing noun within reach of the verb. */
    private static boolean backingFollows(List<Token> tokens, int verb) {
        for (int i = verb + 1; i < tokens.size() && i - verb <= MAX_MODIFIERS + 1; i++) {
            if (BACKING.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    private Optional<Proposal> proposal(Analysis analysis, int verb) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, tokens.get(verb).begin());
        int ceiling = Clauses.sentenceEndToken(analysis, tokens.get(verb).begin());
        int noun = verb + 1;
        while (noun < ceiling && noun - verb <= MAX_MODIFIERS && !BACKING.contains(tokens.get(noun).lower())
                && tokens.get(noun).isWord() && !tokens.get(noun).isCapitalized()) {
            noun++;
        }
        int preposition = noun + 1;
        if (noun >= ceiling || !BACKING.contains(tokens.get(noun).lower()) || preposition >= ceiling
                || !tokens.get(preposition).isAny("of", "from")) {
            return Optional.empty();
        }
        Optional<Mention> givers = phrases.after(tokens, preposition + 1, ceiling);
        int first = verb;
        while (first - 1 > floor && BEFORE_VERB.contains(tokens.get(first - 1).lower())) {
            first--;
        }
        Optional<Mention> backed = phrases.before(tokens, first, floor);
        if (givers.isEmpty() || backed.isEmpty()) {
            return Optional.empty();
        }
        Span cue = new Span(tokens.get(first).begin(), tokens.get(preposition).end());
        Mention source = givers.get();
        return Optional.of(new Proposal(backed.get().span(), ContentKind.INDIRECT, cue, CueKind.PHRASE, source.span(),
                source.kind(), Rule.SUPPORT_RECEIVED, CONFIDENCE,
                "\"" + cue.coveredText(analysis.text()) + "\": the backing is its givers' stance on whom it backs", null));
    }
}
