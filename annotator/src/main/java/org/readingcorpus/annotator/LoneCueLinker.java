package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * The last resort for a reporting verb that no other rule could read: a sentence with the verb and
 * nothing attributed in it still reports something. What follows the verb is proposed as the
 * content (or, when little follows, what precedes it), with the subject as the source when one
 * is found, at low confidence so reviewers see it first.
 */
public final class LoneCueLinker implements AnnotationStage {

    private static final int MIN_CONTENT_WORDS = 4;
    /** Words after the verb that say how, where or when it was said, not what: "said in an interview". */
    private static final java.util.Set<String> ADJUNCT_OPENERS = java.util.Set.of("in", "on", "at", "during", "after",
            "before", "with", "to", "from", "for", "by", "about", "of", "as", "since", "while", "when", "through", "via",
            "over", "and", "or", "but", ",", "(", "-", "\u2014", "\u2013", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "today", "yesterday", "tonight", "last", "this", "earlier", "later");
    private static final double CONFIDENCE = 0.3;
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("about", "of", "on", "against", "out", "for", "up");

    private final SourcePhrases phrases;
    private final Lexicons lexicons;

    public LoneCueLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
        this.lexicons = lexicons;
    }

    /**
     * Past an adjunct after the verb ("said in an interview with the Post that …"): from its "that"
     * or the comma that closes it, else right after the verb.
     */
    private static int startOfWhatWasSaid(Analysis analysis, int after, int ceiling, boolean takesClause) {
        List<Token> tokens = analysis.tokens();
        if (after >= ceiling || !ADJUNCT_OPENERS.contains(tokens.get(after).lower())) {
            return after;
        }
        for (int i = after; i < ceiling; i++) {
            if (analysis.isInsideQuote(tokens.get(i).begin())) {
                continue; // "rated 32% of claims as “pants on fire,” compared to …": the quoted comma is the quote's
            }
            // "spoke in a cottage on a Marine base that overlooks …": "speak" reports no clause, so "that" is a relative
            if (tokens.get(i).is("that") && takesClause) {
                return i;
            }
            if (tokens.get(i).isAny(",", ":")) {
                return i + 1;
            }
        }
        return ceiling; // "spoke in Maine on Friday": only how, where and when
    }

    /** The comma before the first cue in use after {@code cue} in its sentence, or {@code ceiling}. */
    private static int beforeLaterCue(Analysis analysis, java.util.Set<Span> usedCues, CueMatch cue, int ceiling) {
        List<Token> tokens = analysis.tokens();
        return Clauses.firstUsedCue(analysis, usedCues, cue.lastToken() + 1, ceiling)
                .map(later -> tokens.get(later.firstToken() - 1).is(",") ? later.firstToken() - 1 : ceiling)
                .orElse(ceiling);
    }

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        java.util.Set<Span> usedCues = analysis.cuesInUse();
        for (CueMatch cue : analysis.cues()) {
            if (cue.kind() != CueKind.VERB || !lexicons.reportsClause(cue.lemma()) || usedCues.contains(cue.span())
                    || analysis.isInsideQuote(cue.span().begin()) || tokens.get(cue.lastToken()).lower().endsWith("ing")) {
                continue; // a participle ("Additional reporting by …") is too often a noun
            }
            Span sentence = analysis.sentenceAt(cue.span().begin());
            if (analysis.isClaimed(new Span(sentence.begin(), cue.span().end()))
                    || Clauses.takesAThing(tokens, cue, Clauses.sentenceEndToken(analysis, cue.span().begin()))) {
                continue;
            }
            int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
            // "Clinton spoke out Tuesday about the death of …, arguing that …": a later cue's words end this one's
            int sentenceEnd = Clauses.sentenceEndToken(analysis, cue.span().begin());
            int ceiling = beforeLaterCue(analysis, usedCues, cue, sentenceEnd);
            boolean shared = analysis.isClaimed(sentence);
            if (shared && ceiling == sentenceEnd) {
                continue; // something else is attributed in the sentence, and not after this verb's words
            }
            Optional<Mention> source = phrases.before(tokens, cue.firstToken(), floor);
            if (source.isPresent() && source.get().firstToken() - 1 > floor && tokens.get(source.get().firstToken() - 1).is("as")) {
                continue; // "…, as Cruz said on Monday, only underscores …": the aside points back, not ahead
            }
            // "spoke passionately about her father", "spoke out for …": the manner and the particle are the cue's
            int cueEnd = cue.lastToken();
            int k = cueEnd + 1;
            while (k < ceiling && tokens.get(k).lower().endsWith("ly") && tokens.get(k).lower().length() > 4) {
                k++;
            }
            while (k + 1 < ceiling && k - cueEnd <= 2) {
                // "spoke out Tuesday about the death": a time between the particles is the cue's too
                int pastTime = cueEnd > cue.lastToken() ? Clauses.afterTimeWords(tokens, k, ceiling) : k;
                int particle = pastTime + 1 < ceiling && PARTICLES.contains(tokens.get(pastTime).lower()) ? pastTime : k;
                if (!PARTICLES.contains(tokens.get(particle).lower())) {
                    break;
                }
                cueEnd = particle;
                k = particle + 1;
            }
            Span cueSpan = new Span(cue.span().begin(), tokens.get(cueEnd).end());
            int after = cueEnd > cue.lastToken() ? cueEnd + 1 : startOfWhatWasSaid(analysis, cue.lastToken() + 1, ceiling,
                    !Clauses.takesNoClause(cue.lemma()));
            Optional<Span> content;
            if (Clauses.wordCount(tokens, after, ceiling - 1) >= MIN_CONTENT_WORDS) {
                content = Clauses.trimmed(tokens, after, ceiling - 1);
            } else if (shared) {
                continue;
            } else {
                // "…, the official insisted.": the words before count only when a comma sets them off
                int end = source.map(m -> m.firstToken() - 1).orElse(cue.firstToken() - 1);
                content = end > floor && tokens.get(end).is(",") && Clauses.wordCount(tokens, floor, end) >= MIN_CONTENT_WORDS
                        ? Clauses.trimmed(tokens, floor, end - 1) : Optional.empty();
                if (source.isEmpty()) {
                    source = phrases.after(tokens, after, ceiling);
                }
            }
            if (source.isEmpty()) {
                continue;
            }
            Optional<Mention> s = source;
            content.filter(c -> !analysis.isClaimed(c)).ifPresent(c -> analysis.addProposal(new Proposal(c,
                    ContentKind.INDIRECT, cueSpan, cue.kind(), s.map(Mention::span).orElse(null),
                    s.map(Mention::kind).orElse(null), Rule.CUE_IN_SENTENCE, CONFIDENCE,
                    "\"" + cueSpan.coveredText(analysis.text()) + "\" and nothing else attributed in its sentence", null)));
        }
    }
}
