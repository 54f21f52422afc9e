package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * Attributes passive reports: "the importance … was emphasized by X" (the subject is the
 * content) and sentences that only name the source of the one before: "It is reported by X.",
 * "This is mentioned in a publication by X.", "Reports TSN."
 */
public final class PassiveLinker implements AnnotationStage {

    /** Nouns for what was said or shown, which "This …" may point back to as a report. */
    private static final String[] INFORMATION_NOUNS = {"information", "news", "report", "data", "statement", "claim",
        "account", "story", "figure", "figures", "message", "assessment", "view"};

    private static final int MAX_BY_DISTANCE = 4;
    private static final int SOURCE_ONLY_WORDS = 3;
    /** Verbs whose passive subject is the person spoken to, not what was said. */
    private static final Set<String> ADDRESSING_VERBS = Set.of("ask", "tell", "question",
            "inform", "interview", "urge", "warn", "remind", "assure", "invite");

    private final SourcePhrases phrases;

    public PassiveLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
    }

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        for (CueMatch cue : analysis.cues()) {
            if (cue.kind() != CueKind.VERB) {
                continue;
            }
            int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
            int ceiling = Clauses.sentenceEndToken(analysis, cue.span().begin());
            passive(analysis, tokens, cue, floor, ceiling)
                    .or(() -> invertedReport(analysis, tokens, cue, floor, ceiling))
                    .filter(p -> !analysis.isClaimed(p.content()))
                    .ifPresent(analysis::addProposal);
        }
    }

    private Optional<Proposal> passive(Analysis analysis, List<Token> tokens, CueMatch cue, int floor, int ceiling) {
        if (ADDRESSING_VERBS.contains(cue.lemma())) {
            return Optional.empty(); // "Cain was asked by a caller why …": the subject is who was addressed
        }
        // the cue may already hold its auxiliaries ("was emphasized"): look back from the verb itself
        int verb = tokens.get(cue.lastToken()).is(":") ? cue.lastToken() - 1 : cue.lastToken();
        int be = verb - 1;
        while (be >= floor && tokens.get(be).lower().endsWith("ly")
                || be >= floor && tokens.get(be).isAny("also", "been", "being", "first", "not", "never", "later", "originally")) {
            be--;
        }
        if (be > floor && tokens.get(be).is(",")) {
            return aside(analysis, tokens, cue, be, floor, ceiling);
        }
        // "has been endorsed by": the perfect's auxiliary before "been"
        // (not after a relative pronoun: "Murphy, who has been endorsed by …" reports about Murphy, not the clause)
        boolean perfect = be > floor && tokens.get(be).isAny("has", "have", "had") && tokens.get(be + 1).is("been")
                && !tokens.get(be - 1).isAny("who", "which", "that", ",");
        if (be < floor || !tokens.get(be).isAny("is", "was", "are", "were", "be", "been") && !perfect) {
            return Optional.empty();
        }
        int by = -1;
        for (int i = cue.lastToken() + 1; i < ceiling && i <= cue.lastToken() + MAX_BY_DISTANCE; i++) {
            if (tokens.get(i).is("by")) {
                by = i;
                break;
            }
        }
        if (by < 0) {
            return Optional.empty();
        }
        int agent = by + 1;
        Optional<Mention> source = phrases.after(tokens, agent, ceiling).or(() -> phrases.countedGroupAfter(tokens, agent, ceiling));
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Span cueSpan = new Span(Math.min(tokens.get(be).begin(), cue.span().begin()), cue.span().end());
        Optional<Span> content;
        Rule rule;
        boolean pointsBack = tokens.get(floor).isAny("it", "this", "that")
                && (be == floor + 1 || be == floor + 2 && tokens.get(floor + 1).isAny(INFORMATION_NOUNS));
        if (pointsBack) {
            // "This is tweeted by several people.", "This information is also shared by Kontrakty.UA.";
            // not "This proposal was rejected by 64 percent of the electorate."
            content = previousSentence(analysis, tokens.get(floor).begin());
            rule = Rule.PREVIOUS_SENTENCE;
        } else {
            int start = floor;
            for (int i = floor; i < be; i++) {
                // "…, where Obama's outreach has been opposed by …": the passive's own clause
                if (tokens.get(i).isAny("that", "where") || i > floor && Clauses.SUBORDINATORS.contains(tokens.get(i).lower())) {
                    start = i + 1;
                }
            }
            start = Clauses.afterConnective(tokens, start, be - 1);
            // "When the poll asked …, Clinton was supported by …", "In Vermont, Bernie Sanders was supported by …":
            // the main clause's subject follows the opening's comma
            if (Clauses.SUBORDINATORS.contains(tokens.get(start).lower()) || tokens.get(start).isAny("in", "on", "at", "during")) {
                for (int i = be - 1; i > start; i--) {
                    if (tokens.get(i).is(",")) {
                        start = i + 1;
                        break;
                    }
                }
            }
            int end = be - 1;
            if (tokens.get(be).is("be") && tokens.get(end).is("to")) {
                // "The legality of the rules is likely to be decided by …": the predicate that raises the passive is no part of it
                end--;
                while (end > start && (Clauses.RAISING_PREDICATES.contains(tokens.get(end).lower()) || tokens.get(end).isAny("not", "also", "yet")
                        || Clauses.FINITE_AUXILIARIES.contains(tokens.get(end).lower()))) {
                    end--;
                }
            }
            while (end > start && (tokens.get(end).isAny("also", "still", "even") || tokens.get(end).lower().endsWith("ly"))) {
                end--; // "He also was backed by …"
            }
            if (end - 3 >= start && tokens.get(end).is(",") && tokens.get(end - 2).is(",")
                    && tokens.get(end - 1).isAny("meanwhile", "however", "too", "though")) {
                end -= 3; // "Donald Trump, meanwhile, is supported by …": the writer's connective
            }
            content = Clauses.trimmed(tokens, start, end);
            rule = Rule.PASSIVE_BY;
        }
        Mention s = source.get();
        return content.map(c -> new Proposal(c, ContentKind.INDIRECT, cueSpan, CueKind.VERB, s.span(), s.kind(), rule,
                DirectQuoteLinker.confidence(cue.strong(), source) - 0.2, "a passive \""
                        + analysis.text().substring(cueSpan.begin(), cueSpan.end()) + " by\"", null));
    }

    /**
     * "The nationwide campaign, first reported by The Washington Post, is a key element …": a
     * passive participle set off by commas; the sentence around it, in two fragments, is what was reported.
     */
    private Optional<Proposal> aside(Analysis analysis, List<Token> tokens, CueMatch cue, int comma, int floor, int ceiling) {
        int by = cue.lastToken() + 1;
        if (by >= ceiling || !tokens.get(by).is("by")) {
            return Optional.empty();
        }
        Optional<Mention> source = phrases.after(tokens, by + 1, ceiling);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        int close = source.get().lastToken() + 1;
        if (close + 1 >= ceiling || !tokens.get(close).is(",")) {
            return Optional.empty();
        }
        Optional<Span> before = Clauses.trimmed(tokens, floor, comma - 1);
        Optional<Span> after = Clauses.trimmed(tokens, close + 1, Clauses.clauseEnd(analysis, close + 1, ceiling));
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        Mention s = source.get();
        Span cueSpan = new Span(tokens.get(comma + 1).begin(), cue.span().end());
        return Optional.of(new Proposal(before.get().union(after.get()), ContentKind.INDIRECT, cueSpan, CueKind.VERB,
                s.span(), s.kind(), Rule.PASSIVE_BY, DirectQuoteLinker.confidence(cue.strong(), source) - 0.2,
                "a passive \", " + cueSpan.coveredText(analysis.text()) + " by …,\" set off inside the sentence", null,
                List.of(before.get(), after.get())));
    }

    /** "Reports TSN." : a sentence of a capitalised reporting verb and a name. */
    private Optional<Proposal> invertedReport(Analysis analysis, List<Token> tokens, CueMatch cue, int floor,
            int ceiling) {
        Token verb = tokens.get(floor);
        // "Reports TSN.", "Writes Smith."; not "Stated Stone:" (the colon points ahead), "Just ask Walker.",
        // "Speaking Spanish on Univision."
        if (cue.firstToken() != floor || !verb.isCapitalized() || !verb.lower().endsWith("s") || verb.lower().endsWith("ss")
                || !tokens.get(ceiling - 1).is(".")) {
            return Optional.empty();
        }
        Optional<Mention> source = phrases.after(tokens, cue.lastToken() + 1, ceiling);
        if (source.isEmpty() || Clauses.wordCount(tokens, source.get().lastToken() + 1, ceiling - 1) > 0) {
            return Optional.empty();
        }
        Mention s = source.get();
        return previousSentence(analysis, cue.span().begin()).map(c -> new Proposal(c, ContentKind.INDIRECT,
                cue.span(), cue.kind(), s.span(), s.kind(), Rule.PREVIOUS_SENTENCE,
                DirectQuoteLinker.confidence(cue.strong(), source) - 0.2,
                "\"" + tokens.get(floor).text() + " …\" names the source of the sentence before", null));
    }

    /** The sentence before, passing over sentences that only name a source ("Reports TSN."). */
    private static Optional<Span> previousSentence(Analysis analysis, int sentenceStart) {
        List<Span> sentences = analysis.sentences();
        int i = sentences.size() - 1;
        while (i >= 0 && sentences.get(i).begin() > sentenceStart) {
            i--;
        }
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Span previous = sentences.get(k);
            int first = analysis.tokenIndexAt(previous.begin());
            int last = analysis.tokenIndexAt(previous.end()) - 1;
            if (Clauses.wordCount(analysis.tokens(), first, last) > SOURCE_ONLY_WORDS) {
                return Clauses.trimmed(analysis.tokens(), first, last);
            }
        }
        return Optional.empty();
    }
}
