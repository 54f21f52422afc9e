package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.readingcorpus.model.Span;

/** The one way stages shorten a proposal's source: to just before a comma found inside it, with the reason. */
final class SourceTrims {

    private SourceTrims() {
    }

    /**
     * Ends each proposal's source before the comma {@code commaIn} finds in it, if any; {@code why}
     * turns the kept words into the evidence added to the proposal.
     */
    static void endBeforeComma(Analysis analysis, BiFunction<Analysis, Span, Optional<Token>> commaIn,
            Function<String, String> why) {
        List<Proposal> proposals = analysis.proposals();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            if (p.source() == null) {
                continue;
            }
            int index = i;
            commaIn.apply(analysis, p.source()).ifPresent(comma -> {
                Span kept = new Span(p.source().begin(), comma.begin());
                analysis.replaceProposal(index, p.withSource(kept, why.apply(kept.coveredText(analysis.text()))));
            });
        }
    }
}
