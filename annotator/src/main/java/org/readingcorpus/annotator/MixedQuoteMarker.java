package org.readingcorpus.annotator;

import org.readingcorpus.model.ContentKind;

/** Reported speech that carries a quoted fragment ("a “strong trump card” in all negotiations") is MIXED. */
public final class MixedQuoteMarker implements AnnotationStage {

    @Override
    public void process(Analysis analysis) {
        for (Proposal p : analysis.proposals()) {
            if (p.kind() != ContentKind.INDIRECT) {
                continue;
            }
            for (Quote quote : analysis.quotes()) {
                if (!quote.isNested() && p.content().contains(quote.inner())) {
                    analysis.replaceProposal(p, p.withKind(ContentKind.MIXED));
                    break;
                }
            }
        }
    }
}
