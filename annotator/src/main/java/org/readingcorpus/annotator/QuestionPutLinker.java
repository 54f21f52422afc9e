package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * A question put to someone, whose asker the text leaves out: {@code Asked whether he would run,
 * X said no}, {@code When asked about the emails, …}, {@code She was asked (by a caller) why …}.
 * The question is the content; the asker, when "by" names one, is the source.
 */
public final class QuestionPutLinker implements AnnotationStage {

    private static final Set<String> BEFORE_ASKED = Set.of("when", "if", "once", "after", "was", "were", "is", "are",
            "being", "been", "be", ",");
    private static final Set<String> QUESTION_OPENERS = Set.of("if", "whether", "how", "what", "why", "who", "whom",
            "which", "when", "where", "about", "to");
    /** How far the question may start after "asked": "Asked on Fox News Sunday who leads the party". */
    private static final int MAX_ADJUNCT = 6;

    private final SourcePhrases phrases;
    private final boolean openingOnly;

    /** Every question put. */
    public QuestionPutLinker(Lexicons lexicons) {
        this(lexicons, false);
    }

    private QuestionPutLinker(Lexicons lexicons, boolean openingOnly) {
        this.phrases = new SourcePhrases(lexicons);
        this.openingOnly = openingOnly;
    }

    /**
     * Only {@code Asked if she believed …, Clinton said}: a question that opens its sentence, read
     * before the reported-speech rules, so that "believed" inside it claims nothing.
     */
    public static QuestionPutLinker openingQuestions(Lexicons lexicons) {
        return new QuestionPutLinker(lexicons, true);
    }

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        if (openingOnly) {
            for (Span sentence : analysis.sentences()) {
                propose(analysis, analysis.tokenIndexAt(sentence.begin()));
            }
            return;
        }
        for (int i = 0; i < tokens.size(); i++) {
            propose(analysis, i);
        }
    }

    private void propose(Analysis analysis, int i) {
        List<Token> tokens = analysis.tokens();
        if (i < tokens.size() && tokens.get(i).is("asked") && !analysis.isInsideQuote(tokens.get(i).begin())) {
            question(analysis, i).filter(p -> !analysis.isClaimed(p.content())).ifPresent(analysis::addProposal);
        }
    }

    private Optional<Proposal> question(Analysis analysis, int asked) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, tokens.get(asked).begin());
        int ceiling = Clauses.sentenceEndToken(analysis, tokens.get(asked).begin());
        if (asked > floor && !BEFORE_ASKED.contains(tokens.get(asked - 1).lower())) {
            return Optional.empty(); // "X asked whether …" has an asker: the reported-speech rules' business
        }
        int k = asked + 1;
        boolean byAsker = k < ceiling && tokens.get(k).is("by");
        int open = -1;
        for (int i = byAsker ? k + 1 : k; i < ceiling && i - k <= MAX_ADJUNCT; i++) {
            if (QUESTION_OPENERS.contains(tokens.get(i).lower())) {
                open = i;
                break;
            }
            if (tokens.get(i).isAny(",", ";", ":") || Clauses.isQuotation(tokens, i)) {
                return Optional.empty();
            }
        }
        if (open < 0 || open + 1 >= ceiling || byAsker && open == k + 1) {
            return Optional.empty();
        }
        // "asked by a caller why …": the asker is all between "by" and the question
        int question = open;
        Optional<Mention> asker = byAsker
                ? Optional.of(phrases.after(tokens, k + 1, open, false).filter(m -> m.lastToken() == question - 1)
                        .orElse(new Mention(new Span(tokens.get(k + 1).begin(), tokens.get(open - 1).end()),
                                MentionKind.UNNAMED, k + 1, open - 1)))
                : Optional.empty();
        int end = Clauses.clauseEnd(analysis, open, ceiling);
        if (asked == floor || tokens.get(asked - 1).isAny("when", "if", "once", "after", ",")) {
            end = Clauses.beforeComma(tokens, open, end); // "Asked whether …, X said": the question ends at the comma
        }
        // "Asked about her own vote": PolNeAR's cue takes the "about" right after "asked"
        boolean about = open == asked + 1 && tokens.get(open).is("about");
        Span cue = new Span(tokens.get(asked - 1 >= floor && tokens.get(asked - 1).isAny("was", "were", "is", "are")
                ? asked - 1 : asked).begin(), tokens.get(about ? open : asked).end());
        Optional<Mention> by = asker;
        return Clauses.trimmed(tokens, about ? open + 1 : open, end).map(content -> new Proposal(content, ContentKind.INDIRECT, cue,
                CueKind.VERB, by.map(Mention::span).orElse(null), by.map(Mention::kind).orElse(null),
                Rule.QUESTION_PUT, 0.5, "\"" + cue.coveredText(analysis.text()) + "\" and the question put", null));
    }
}
