package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * "As The Global Times noted in an op-ed Thursday, the candidate …", "…, as a Homeland Security
 * memo put it.": an as-clause names who said the main clause, and may tell when, where or in what
 * after its verb. The main clause is the content: what follows the as-clause when it opens the
 * sentence, what precedes it when a comma does. An as-clause whose verb takes words of its own
 * ("as she said she would") is not one.
 */
public final class AsClauseLinker implements AnnotationStage {

    private static final int MAX_ADJUNCT = 16;
    private static final int MAX_SOURCE_TOKENS = 30;
    private static final int MAX_OPENING_PHRASE = 8;
    private static final int MIN_CONTENT_WORDS = 3;
    /** Words that open the when, where or how after the verb: "reported on Tuesday", "put it in his memo". */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("in", "on", "at", "during", "after", "before", "from",
            "with", "for", "about", "of", "last", "this", "earlier", "later", "recently", "previously", "just", "today",
            "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "once", "twice", "back");

    private final SourcePhrases phrases;
    private final Lexicons lexicons;

    public AsClauseLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
        this.lexicons = lexicons;
    }

    @Override
    public void process(Analysis analysis) {
        Set<Span> used = analysis.cuesInUse();
        for (CueMatch cue : analysis.cues()) {
            // "as he put it", "as she said": a verb that reports words; "as Clinton considered a run" tells when
            boolean reportsWords = lexicons.reportsClause(cue.lemma()) || cue.lemma().endsWith(" it");
            if (cue.kind() != CueKind.VERB || !reportsWords || used.contains(cue.span()) || analysis.isInsideQuote(cue.span().begin())) {
                continue;
            }
            proposal(analysis, cue).filter(p -> !analysis.isClaimed(p.content())).ifPresent(analysis::addProposal);
        }
    }

    private Optional<Proposal> proposal(Analysis analysis, CueMatch cue) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
        if (!Clauses.asShortlyBefore(tokens, cue.firstToken(), floor, MAX_SOURCE_TOKENS)) {
            return Optional.empty(); // most verbs: no need to find their subject
        }
        int ceiling = Clauses.sentenceEndToken(analysis, cue.span().begin());
        Optional<Mention> source = phrases.before(tokens, cue.firstToken(), floor);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        int as = source.get().firstToken() - 1;
        int closer = adjunctEnd(analysis, cue, ceiling);
        if (as < floor || !tokens.get(as).is("as") || closer < 0 || Clauses.isPassive(tokens, cue) || Clauses.takesNoClause(cue.lemma())) {
            return Optional.empty(); // "as the bill is called" names; "as Clinton speaks" tells when
        }
        int first = Clauses.afterConnective(tokens, floor, as);
        int contentFirst;
        int contentLast;
        String where;
        if (as == first || opensWithPhrase(tokens, first, as)) {
            if (closer >= ceiling || !tokens.get(closer).is(",")) {
                return Optional.empty();
            }
            // the main clause with its asides: "as Mr. Bown observed, in the early days -- when … -- ''what …?''"
            contentFirst = closer + 1;
            contentLast = Clauses.throughOpenQuote(analysis, contentFirst, Clauses.beforeSemicolon(tokens, contentFirst, ceiling - 1), ceiling);
            where = "the clause after it";
        } else if (commaBefore(analysis, as) && closesClause(tokens, closer, ceiling) && !cueWithin(analysis, first, as - 2)) {
            contentFirst = first;
            // "… is a “lawful source of investment income,” as a memo put it": the closing mark stays
            contentLast = tokens.get(as - 1).isAny(",", "(") ? as - 2 : as - 1;
            where = "the clause before it";
        } else {
            return Optional.empty();
        }
        if (Clauses.wordCount(tokens, contentFirst, contentLast) < MIN_CONTENT_WORDS) {
            return Optional.empty();
        }
        Mention s = source.get();
        return Clauses.trimmed(tokens, contentFirst, contentLast)
                .map(c -> new Proposal(c, ContentKind.INDIRECT, cue.span(), cue.kind(), s.span(), s.kind(), Rule.ACCORDING_TO,
                        DirectQuoteLinker.confidence(cue.strong(), source) - 0.1,
                        "\"as … " + cue.span().coveredText(analysis.text()) + "\" names the source of " + where, null));
    }

    /** A comma or parenthesis before "as", or a comma inside the quotation that closes before it. */
    private static boolean commaBefore(Analysis analysis, int as) {
        List<Token> tokens = analysis.tokens();
        return tokens.get(as - 1).isAny(",", "(") || as - 2 >= 0 && Clauses.isQuoteMark(tokens.get(as - 1))
                && tokens.get(as - 2).is(",") && analysis.isInsideQuote(tokens.get(as - 2).begin());
    }

    /**
     * The comma, semicolon, parenthesis or dash that ends the as-clause, or the sentence's end; -1
     * when the words after the verb are more than a when, where or how.
     */
    private static int adjunctEnd(Analysis analysis, CueMatch cue, int ceiling) {
        List<Token> tokens = analysis.tokens();
        int after = cue.lastToken() + 1;
        for (int i = after; i < ceiling && i - after <= MAX_ADJUNCT; i++) {
            Token t = tokens.get(i);
            // a full stop ends it only at the sentence's end: "in a statement to Michael M. Grynbaum"
            if (t.isAny(",", ";", ")") || t.is(".") && i + 1 == ceiling || Clauses.isDash(tokens, i)) {
                return i;
            }
            // "as Trump told the AP": whom one tells is no part of what
            boolean opens = ADJUNCT_OPENERS.contains(t.lower()) || Clauses.isVerbAdverb(t) || cue.lemma().equals("tell");
            // "as the White House hints at what his plans might include": words of its own, so it tells when
            if (i == after && !opens || t.isAny("that", "what", "how", "why", "whether")
                    || Clauses.isQuoteMark(t)) {
                return -1;
            }
        }
        return after + MAX_ADJUNCT < ceiling ? -1 : ceiling;
    }

    /**
     * Whether the sentence's clause ends with the as-clause: at the sentence's end, a semicolon, or
     * a comma before a clause of its own ("…, as the Times reported on Tuesday, and he will …").
     * An as-clause inside a clause ("Spicer -- as the campaign noted -- even promoted …") is left
     * to the other rules: PolNeAR takes the part before it as often as the part after.
     */
    private static boolean closesClause(List<Token> tokens, int closer, int ceiling) {
        return closer >= ceiling - 1 || tokens.get(closer).isAny(";", ")")
                || tokens.get(closer).is(",") && tokens.get(closer + 1).isAny("and", "but", "while", "although", "though", "so");
    }

    /**
     * Whether a cue lies between {@code first} and {@code last}, a verb or a noun before its opener
     * ("her argument that …"): the clause reports something of its own.
     */
    private boolean cueWithin(Analysis analysis, int first, int last) {
        List<Token> tokens = analysis.tokens();
        for (int i = first; i < last; i++) {
            if (lexicons.cueNounOpeners(tokens.get(i).lower()).contains(tokens.get(i + 1).lower())) {
                return true;
            }
        }
        return analysis.cues().stream().anyMatch(c -> c.firstToken() >= first && c.lastToken() <= last);
    }

    /**
     * "In the old Soviet Union, as Hedrick Smith reported, …": a short phrase with a preposition
     * and no verb before the as-clause, so the main clause has not begun.
     */
    private static boolean opensWithPhrase(List<Token> tokens, int first, int as) {
        if (!tokens.get(as - 1).is(",") || as - 1 - first > MAX_OPENING_PHRASE
                || !tokens.get(first).isAny("in", "on", "at", "for", "during", "after", "before", "since", "under", "by", "with")) {
            return false;
        }
        for (int i = first; i < as - 1; i++) {
            if (Clauses.FINITE_AUXILIARIES.contains(tokens.get(i).lower()) || tokens.get(i).is(",")) {
                return false;
            }
        }
        return true;
    }
}
