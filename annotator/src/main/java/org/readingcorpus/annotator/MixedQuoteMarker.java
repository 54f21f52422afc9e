package org.readingcorpus.annotator;

import java.util.List;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Span;

/** Reported speech that carries a quoted fragment ("a “strong trump card” in all negotiations") is MIXED. */
public final class MixedQuoteMarker implements AnnotationStage {

    @Override
    public void process(Analysis analysis) {
        List<Proposal> proposals = analysis.proposals();
        List<Quote> quotes = analysis.quotes();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            if (p.kind() != ContentKind.INDIRECT) {
                continue;
            }
            Span content = p.content();
            // the opening mark may stand just outside the content
            for (int q = analysis.quoteIndexAt(content.begin() - 1); q < quotes.size()
                    && quotes.get(q).outer().begin() < content.end(); q++) {
                if (!quotes.get(q).isNested() && content.contains(quotes.get(q).inner())) {
                    analysis.replaceProposal(i, p.withKind(ContentKind.MIXED));
                    break;
                }
            }
        }
    }
}
