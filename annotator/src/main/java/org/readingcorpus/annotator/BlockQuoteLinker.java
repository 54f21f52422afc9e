package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * {@code Hewitt writes:¶The movie mentions neither the president nor …}: a paragraph that ends
 * with a speaker, a reporting verb and a colon introduces the next paragraph, a quotation set off
 * without quote marks. The quoted paragraph is the content, whole.
 */
public final class BlockQuoteLinker implements AnnotationStage {

    private static final double CONFIDENCE = 0.7;

    private final SourcePhrases phrases;

    public BlockQuoteLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
    }

    @Override
    public void process(Analysis analysis) {
        List<Span> paragraphs = analysis.paragraphs();
        for (int p = 1; p < paragraphs.size(); p++) {
            introduced(analysis, paragraphs.get(p - 1), paragraphs.get(p))
                    .filter(proposal -> !analysis.isClaimed(proposal.content()))
                    .ifPresent(analysis::addProposal);
        }
    }

    private Optional<Proposal> introduced(Analysis analysis, Span before, Span paragraph) {
        List<Token> tokens = analysis.tokens();
        int colon = analysis.tokenIndexAt(before.end()) - 1;
        int first = analysis.tokenIndexAt(paragraph.begin());
        if (colon < 1 || first >= tokens.size() || !tokens.get(colon).is(":") || Clauses.isQuoteMark(tokens.get(first))
                || analysis.isInsideQuote(tokens.get(first).begin())) {
            return Optional.empty(); // a quoted paragraph is the direct-quote rules' business
        }
        int floor = Clauses.sentenceFirstToken(analysis, tokens.get(colon).begin());
        Optional<CueMatch> cue = Clauses.lastVerbCue(analysis, floor, colon).filter(c -> c.lastToken() == colon - 1
                || c.lastToken() == colon); // "Limbaugh added:", not "He said the plan had three parts:"
        if (cue.isEmpty()) {
            return Optional.empty();
        }
        CueMatch c = cue.get();
        Optional<Mention> source = phrases.subjectOf(tokens, c.firstToken(), floor, true,
                Clauses.firstVerbCue(analysis, floor, c.firstToken()).isPresent());
        int last = analysis.tokenIndexAt(paragraph.end()) - 1;
        return source.flatMap(s -> Clauses.trimmed(tokens, first, last).map(content -> new Proposal(content, ContentKind.DIRECT,
                c.span(), c.kind(), s.span(), s.kind(), Rule.BLOCK_QUOTE, CONFIDENCE,
                "\"" + c.span().coveredText(analysis.text()) + "\" ends the paragraph before, which it introduces", null)));
    }
}
