package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * {@code The Club for Growth is reportedly spending $1.5 million …}: an adverb that marks its
 * clause as something reported, by nobody named. PolNeAR makes the adverb the cue and the clause
 * around it, in two fragments, the content. Only "reportedly" agrees often enough on PolNeAR
 * train (19 of 29 uses); "allegedly" and "apparently" do not (1 in 6, 1 in 8).
 */
public final class HearsayAdverbLinker implements AnnotationStage {

    private static final Set<String> HEARSAY_ADVERBS = Set.of("reportedly");
    private static final int MIN_CONTENT_WORDS = 3;
    private static final double CONFIDENCE = 0.5;

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            Token adverb = tokens.get(i);
            if (!HEARSAY_ADVERBS.contains(adverb.lower()) || analysis.isInsideQuote(adverb.begin())) {
                continue;
            }
            clauseAround(analysis, i).filter(p -> !analysis.isClaimed(p.content())).ifPresent(analysis::addProposal);
        }
    }

    private static Optional<Proposal> clauseAround(Analysis analysis, int adverb) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, tokens.get(adverb).begin());
        int ceiling = Clauses.sentenceEndToken(analysis, tokens.get(adverb).begin());
        // "In total, the hackers have reportedly infiltrated …": the clause opens after the last comma before it
        int start = floor;
        for (int i = adverb - 1; i > floor; i--) {
            if (tokens.get(i).is(",")) {
                start = i + 1;
                break;
            }
        }
        int after = adverb + 1 < ceiling && tokens.get(adverb + 1).is(",") ? adverb + 2 : adverb + 1; // "Reportedly, he …"
        int end = Clauses.clauseEnd(analysis, after, ceiling);
        if (Clauses.wordCount(tokens, start, adverb - 1) + Clauses.wordCount(tokens, after, end) < MIN_CONTENT_WORDS) {
            return Optional.empty();
        }
        Optional<Span> before = start < adverb ? Clauses.trimmed(tokens, start, adverb - 1) : Optional.empty();
        Optional<Span> rest = Clauses.trimmed(tokens, after, end);
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        List<Span> fragments = before.map(b -> List.of(b, rest.get())).orElse(List.of(rest.get()));
        Span content = before.map(b -> b.union(rest.get())).orElse(rest.get());
        Span cue = tokens.get(adverb).span();
        return Optional.of(new Proposal(content, ContentKind.INDIRECT, cue, CueKind.PHRASE, null, null,
                Rule.HEARSAY_ADVERB, CONFIDENCE,
                "\"" + cue.coveredText(analysis.text()) + "\": the clause is reported, by nobody named", null, fragments));
    }
}
