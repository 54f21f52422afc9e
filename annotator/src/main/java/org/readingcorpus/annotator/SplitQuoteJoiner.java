package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * One quote split by its cue is one content of several fragments, as PolNeAR annotates it:
 * {@code "We will win," she said. "And soon."} The quote after the cue joins the quote before it
 * when it takes that quote's speaker or shares its cue, stands in the same paragraph, and nothing
 * but the cue, the source and a few words lies between them.
 */
public final class SplitQuoteJoiner implements AnnotationStage {

    /**
     * The cue, the source and an apposition may stand between the parts: "…," said Mark S.
     * Mellman, a Democratic pollster who is not involved with the campaign. "But …" (PolNeAR train
     * and dev: joining stops gaining at about 45 tokens; 12 missed a tenth of the split quotes).
     */
    private static final int MAX_GAP_TOKENS = 45;
    private static final Set<Rule> CUE_AFTER_CONTENT = Set.of(Rule.QUOTE_THEN_CUE_THEN_SOURCE,
            Rule.QUOTE_THEN_SOURCE_THEN_CUE, Rule.CLAUSE_THEN_CUE);

    @Override
    public void process(Analysis analysis) {
        List<Proposal> inOrder = new ArrayList<>(analysis.proposals());
        inOrder.sort((a, b) -> a.content().compareTo(b.content()));
        Proposal open = null; // the quote, with its fragments so far, that a next fragment may join
        List<Proposal> asides = new ArrayList<>(); // "…," she said, recalling the bill. — between the parts
        for (Proposal p : inOrder) {
            if (open != null && isAside(analysis, open, p)) {
                asides.add(p);
                continue;
            }
            if (open != null && continues(analysis, open, p, asides)) {
                open = analysis.join(open, p, asides.isEmpty() ? "the quote goes on after the cue"
                        : "the quote goes on after the cue and an aside about its speaker");
            } else {
                open = (p.kind() == ContentKind.DIRECT || p.kind() == ContentKind.MIXED) && CUE_AFTER_CONTENT.contains(p.rule())
                        ? p : null;
            }
            asides.clear();
        }
    }

    /**
     * What the sentence of the quote's cue says besides: a participle that goes on from the cue
     * (", recalling the bill"), or a stance in the speaker's description ("said Sen. Tom Udall,
     * who supports eliminating …", "said when asked about …").
     */
    private static boolean isAside(Analysis analysis, Proposal open, Proposal p) {
        if (p.rule() == Rule.TRAILING_PARTICIPLE && open.source() != null && open.source().equals(p.source())) {
            return true;
        }
        if (p.kind() == ContentKind.SCARE_QUOTE && open.source() != null && open.source().contains(p.content())) {
            return true; // "“…!” Scott's niece, Marcia “Cia” Price, shouted. “…”": a nickname inside the speaker's name
        }
        // "…," the senator told ABC's "Good Morning America." "…": a title after the cue, in its sentence
        boolean titleAfterCue = p.kind() == ContentKind.SCARE_QUOTE && open.cue() != null && p.content().begin() > open.cue().end()
                && analysis.sentenceAt(p.content().begin()).equals(analysis.sentenceAt(open.cue().begin()));
        // "…,” Carson told the AP after hinting that “personnel changes” could come. “…”
        boolean reported = p.kind() == ContentKind.INDIRECT || p.kind() == ContentKind.MIXED && p.cue() != null;
        return titleAfterCue || reported && open.cue() != null && open.source() != null
                && p.content().begin() >= Math.max(open.cue().end(), open.source().begin())
                && analysis.sentenceAt(p.content().begin()).equals(analysis.sentenceAt(open.cue().begin()));
    }

    private static boolean continues(Analysis analysis, Proposal first, Proposal next, List<Proposal> asides) {
        if (!first.content().precedes(next.content())) {
            return false; // a title between the fragments of a quote already continued at a new paragraph
        }
        if (next.kind() == ContentKind.SCARE_QUOTE) {
            // a short rest ("And soon.") counts only right after the cue and source: "…," she said. "And soon."
            return first.cue() != null && first.source() != null && (onlyPunctuationBetween(analysis,
                    Math.max(first.cue().end(), first.source().end()), next.content().begin())
                    || isSentenceAfterCue(analysis, first, next))
                    && analysis.paragraphIndexAt(first.content().begin()) == analysis.paragraphIndexAt(next.content().begin());
        }
        // "Mills “got an immunity agreement,” Jordan said, and still “got to sit in …”": the rest may bring a word along
        int nextStart = analysis.tokenIndexAt(next.content().begin());
        boolean leadIn = next.kind() == ContentKind.MIXED && next.rule() == Rule.NEAREST_SPEAKER && nextStart > 0
                && analysis.tokens().get(nextStart - 1).isAny("and", "but") && first.cue() != null
                && analysis.sentenceAt(next.content().begin()).equals(analysis.sentenceAt(first.cue().begin()));
        if (next.kind() != ContentKind.DIRECT && !leadIn) {
            return false;
        }
        boolean sharesCue = next.cue() != null && next.cue().equals(first.cue());
        boolean inherits = next.rule() == Rule.NEAREST_SPEAKER && next.inheritsSpeakerFrom() != null
                && (sameUtterance(next.inheritsSpeakerFrom(), first)
                        || asides.stream().anyMatch(a -> sameUtterance(next.inheritsSpeakerFrom(), a)));
        if (!sharesCue && !inherits && !afterParticipleAside(analysis, first, next)) {
            return false;
        }
        Span gap = new Span(first.content().end(), next.content().begin());
        // "“…,” Collins told MSNBC.¶“So the best way …”": the next paragraph may carry on the same words
        if (analysis.paragraphIndexAt(gap.end()) - analysis.paragraphIndexAt(gap.begin()) > 1) {
            return false;
        }
        int tokens = analysis.tokenIndexAt(gap.end()) - analysis.tokenIndexAt(gap.begin());
        return tokens <= MAX_GAP_TOKENS && first.cue() != null && gap.contains(first.cue())
                && !goesOnToAnotherPredicate(analysis, first);
    }

    /**
     * "“…,” said Sherman, speaking of politicians, “and leave …”": a participle after the speaker
     * of the first part, in the cue's sentence, says how the speaker went on, not who said the rest;
     * "adding" or "noting" would say more, with its own cue (train: 2 joined right, 10 wrong with them).
     */
    private static boolean afterParticipleAside(Analysis analysis, Proposal first, Proposal next) {
        if (next.rule() != Rule.SOURCE_CUE_THEN_QUOTE || first.source() == null || first.cue() == null || next.cue() == null
                || !first.source().equals(next.source()) || next.cue().begin() < first.source().end()) {
            return false;
        }
        Token verb = analysis.tokens().get(analysis.tokenIndexAt(next.cue().begin()));
        return ASIDE_PARTICIPLES.contains(verb.lower())
                && analysis.sentenceAt(next.cue().begin()).equals(analysis.sentenceAt(first.cue().begin()));
    }

    private static final Set<String> ASIDE_PARTICIPLES = Set.of("speaking", "talking", "recalling", "referring",
            "reflecting", "gesturing", "pointing", "laughing", "smiling", "looking");

    /**
     * "“…,” he said – and argued for nominating …. “…”": after the cue and its speaker the
     * sentence goes on to say something new, so the next quote is no part of the first.
     */
    private static boolean goesOnToAnotherPredicate(Analysis analysis, Proposal first) {
        List<Token> tokens = analysis.tokens();
        int end = first.source() == null ? first.cue().end() : Math.max(first.cue().end(), first.source().end());
        int i = analysis.tokenIndexAt(end);
        while (i < tokens.size() && (tokens.get(i).is(",") || Clauses.isDash(tokens, i))) {
            i++;
        }
        if (i + 1 >= tokens.size() || !tokens.get(i).isAny("and", "but")) {
            return false;
        }
        int k = i + 1;
        while (k < tokens.size() && (tokens.get(k).isAny("still", "also", "then", "later") || tokens.get(k).lower().endsWith("ly"))) {
            k++;
        }
        // "…,” Jordan said, and still “got to sit in …”": the quote itself goes on
        return k < tokens.size() && !Clauses.isQuoteMark(tokens.get(k)) && tokens.get(i + 1).isWord()
                && !tokens.get(i + 1).isCapitalized();
    }

    /**
     * "…,” he said in the interview with Breitbart News. “This is all me.”": a short quote that is
     * a sentence of its own, right after the sentence of the cue, goes on with the same words.
     */
    private static boolean isSentenceAfterCue(Analysis analysis, Proposal first, Proposal next) {
        Span cueSentence = analysis.sentenceAt(first.cue().begin());
        Span sentence = analysis.sentenceAt(next.content().begin());
        return sentence.begin() == next.content().begin() && sentence.end() <= next.content().end()
                && first.content().end() <= cueSentence.end() && onlyPunctuationBetween(analysis, cueSentence.end(), sentence.begin());
    }

    private static boolean onlyPunctuationBetween(Analysis analysis, int from, int to) {
        if (from > to) {
            return false;
        }
        List<Token> tokens = analysis.tokens();
        for (int i = analysis.tokenIndexAt(from); i < tokens.size() && tokens.get(i).begin() < to; i++) {
            if (tokens.get(i).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code lender} is {@code first} before any fragment joined it. */
    private static boolean sameUtterance(Proposal lender, Proposal first) {
        return lender.content().begin() == first.content().begin() && lender.rule() == first.rule();
    }
}
