package org.readingcorpus.annotator;

import java.util.List;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * A sentence that opens with the document it reports: {@code In an NBC News poll released
 * Monday, 50 percent chose Clinton}, {@code In a statement, the campaign …}. The cue is "In", the
 * source the document, the content the rest of the sentence.
 */
public final class InDocumentLinker implements AnnotationStage {

    private static final int MAX_SOURCE = 15;
    private static final int MIN_CONTENT_WORDS = 3;
    /** What a document that speaks is called. */
    private static final Set<String> DOCUMENTS = Set.of("poll", "polls", "survey", "surveys", "interview", "statement",
            "report", "letter", "op-ed", "tweet", "tweets", "post", "memo", "speech", "email", "column", "article",
            "book", "filing", "lawsuit", "complaint", "study", "analysis", "editorial", "essay", "message", "video",
            "ad", "advertisement", "release", "briefing", "testimony", "remarks", "blog", "podcast", "documents",
            "transcript", "affidavit", "ruling", "opinion", "decision", "announcement", "sermon", "address");

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        for (Span sentence : analysis.sentences()) {
            int first = analysis.tokenIndexAt(sentence.begin());
            int end = analysis.tokenIndexAt(sentence.end());
            if (first + 2 >= end || !tokens.get(first).is("in")) {
                continue;
            }
            int comma = -1;
            boolean document = false;
            for (int i = first + 1; i < end && i - first <= MAX_SOURCE; i++) {
                if (tokens.get(i).is(",")) {
                    comma = i;
                    break;
                }
                document |= DOCUMENTS.contains(tokens.get(i).lower());
            }
            if (comma < 0 || !document || Clauses.wordCount(tokens, comma + 1, end - 1) < MIN_CONTENT_WORDS) {
                continue;
            }
            Span source = new Span(tokens.get(first + 1).begin(), tokens.get(comma - 1).end());
            Span cue = tokens.get(first).span();
            Clauses.trimmed(tokens, comma + 1, end - 1)
                    .filter(content -> !analysis.isClaimed(content) && !analysis.isInsideQuote(cue.begin()))
                    .ifPresent(content -> analysis.addProposal(new Proposal(content, ContentKind.INDIRECT, cue,
                            CueKind.PHRASE, source, MentionKind.UNNAMED, Rule.IN_DOCUMENT, 0.6,
                            "the sentence opens with \"In " + source.coveredText(analysis.text()) + "\"", null)));
        }
    }
}
