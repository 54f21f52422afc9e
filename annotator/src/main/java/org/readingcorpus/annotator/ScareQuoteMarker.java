package org.readingcorpus.annotator;

/** Quote marks that no attribution claimed carry no speech: scare quotes, titles, nicknames. */
public final class ScareQuoteMarker implements AnnotationStage {

    @Override
    public void process(Analysis analysis) {
        for (Quote quote : analysis.quotes()) {
            if (!quote.isNested() && !analysis.isClaimed(quote.outer())) {
                analysis.addProposal(Proposal.scareQuote(quote.outer()));
            }
        }
    }
}
