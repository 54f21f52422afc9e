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
        Span content = new Span(tokens.get(first).begin(), p.content().end());
        return new Proposal(content, ContentKind.MIXED, p.cue(), p.cueKind(), p.source(), p.mentionKind(), p.rule(),
                p.confidence() - 0.1, p.evidence() + "; the words before the quote in its sentence paraphrase the speaker",
                p.inheritsSpeakerFrom());
    }
}
