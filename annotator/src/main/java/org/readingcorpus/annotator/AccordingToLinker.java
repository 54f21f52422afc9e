package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Rule;

/**
 * Attributes the clause around "according to X" (or "as reported by X", "as stated in X"): the
 * rest of the sentence when the phrase opens it ("According to X, …"), the part before when it
 * closes it ("…, according to X.").
 */
public final class AccordingToLinker implements AnnotationStage {

    private static final int MAX_OPENING = 4;
    private static final int MAX_SOURCE = 20;
    private static final int MAX_CLOSING_SOURCE = 40;
    /** Openings that tie the sentence to the text around it: "In particular, according to X, …" reports only the rest. */
    private static final java.util.Set<String> DISCOURSE_ADVERBIALS = java.util.Set.of("in particular", "of course",
            "in fact", "in addition", "indeed", "moreover", "furthermore", "for example", "for instance", "at the same time",
            "in other words", "as a result", "instead", "however", "meanwhile");

    private final SourcePhrases phrases;
    private final Lexicons lexicons;

    public AccordingToLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
        this.lexicons = lexicons;
    }

    /**
     * What follows "according to" is its source, whatever it is ("his biography", "one global
     * index", "several senior Democrats"): the words up to the next comma or the sentence's end.
     */
    private static Optional<Mention> anyPhraseAfter(List<Token> tokens, int first, int ceiling) {
        int last = first - 1;
        // quote marks may stand in it, around a title: "According to E. J. Fleming's ''The Fixers'' and other sources,"
        boolean insideQuote = false;
        while (last + 1 < ceiling && last + 1 - first < MAX_SOURCE && (insideQuote || !tokens.get(last + 1).isAny(",", ";", ":", "("))) {
            // "Davis' commentary": an apostrophe that closes a word is its possessive, not a quote mark
            boolean possessive = tokens.get(last + 1).isAny("'", "\u2019") && last >= first
                    && tokens.get(last + 1).begin() == tokens.get(last).end();
            if (Clauses.isQuoteMark(tokens.get(last + 1)) && !possessive) {
                insideQuote = !insideQuote;
            }
            last++;
        }
        if (last + 1 - first >= MAX_SOURCE) {
            return Optional.empty();
        }
        while (last >= first && Clauses.isTrailingPunctuation(tokens.get(last))) {
            last--;
        }
        if (last < first || Clauses.wordCount(tokens, first, last) == 0) {
            return Optional.empty();
        }
        return Optional.of(new Mention(new org.readingcorpus.model.Span(tokens.get(first).begin(), tokens.get(last).end()),
                MentionKind.UNNAMED, first, last));
    }

    /**
     * "…, according to its own website.''": the last token before the marks that close the quote
     * the sentence stands in, when no mark opens inside the stretch.
     */
    private static int beforeClosingMarks(List<Token> tokens, int first, int last) {
        int words = last;
        while (words >= first && (Clauses.isTrailingPunctuation(tokens.get(words)) || Clauses.isQuoteMark(tokens.get(words)))) {
            words--;
        }
        for (int i = first; i <= words; i++) {
            if (Clauses.isQuoteMark(tokens.get(i))) {
                return last;
            }
        }
        return words;
    }

    private static final int MAX_APPOSITION = 12;

    /**
     * The last token of the appositions that follow a source at {@code comma}, each set off by
     * commas ("Cruz, a Texas Republican,", "Jane Doe, 45, of Des Moines,"), or -1.
     */
    private static int appositionsEnd(List<Token> tokens, int comma, int ceiling) {
        int end = -1;
        int k = comma;
        while (k + 1 < ceiling && tokens.get(k).is(",") && opensApposition(tokens, k + 1)) {
            int close = -1;
            for (int i = k + 2; i < ceiling && i - k <= MAX_APPOSITION && close < 0; i++) {
                if (Clauses.FINITE_AUXILIARIES.contains(tokens.get(i).lower()) || tokens.get(i).isAny("said", "says")) {
                    return end; // "according to the club, an email was sent …": a clause, what was reported
                }
                close = tokens.get(i).is(",") ? i : -1;
            }
            if (close < 0) {
                break;
            }
            end = close - 1;
            k = close;
        }
        return end;
    }

    /**
     * "a Texas Republican", "who runs the poll", an age ("45,"), a home town ("of Des Moines"); not
     * "51 percent of respondents", which opens what was reported.
     */
    private static boolean opensApposition(List<Token> tokens, int at) {
        Token t = tokens.get(at);
        boolean next = at + 1 < tokens.size();
        return t.isAny("a", "an", "who", "whose") || isAge(t) && next && tokens.get(at + 1).is(",")
                || t.is("of") && next && tokens.get(at + 1).isCapitalized();
    }

    private static boolean isAge(Token t) {
        return t.text().length() <= 3 && t.text().chars().allMatch(Character::isDigit);
    }

    private static boolean endsAtComma(List<Token> tokens, Mention m, int ceiling) {
        return m.lastToken() + 1 < ceiling && tokens.get(m.lastToken() + 1).is(",");
    }

    /**
     * Where a phrase like "according to" stands: its first and last tokens, which the source
     * follows, and the cue itself ("reported" in "as first reported by").
     */
    private record Anchor(org.readingcorpus.model.Span span, CueKind kind, int firstToken, int lastToken, String phrase) {
    }

    /** "According to X", and "as reported by X", "as stated in X", which PolNeAR reads the same way. */
    private List<Anchor> anchors(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        List<Anchor> anchors = new java.util.ArrayList<>();
        for (CueMatch cue : analysis.cues()) {
            if (cue.isAccordingTo()) {
                anchors.add(new Anchor(cue.span(), cue.kind(), cue.firstToken(), cue.lastToken(), "according to"));
            }
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            // set off like "according to": opening its sentence or after a comma, not "went as expected by everyone"
            // and in one sentence with its verb: "as" ending a paragraph does not reach into the next
            if (tokens.get(i).is("as") && !analysis.isInsideQuote(tokens.get(i).begin())
                    && (i == Clauses.sentenceFirstToken(analysis, tokens.get(i).begin()) || i > 0 && tokens.get(i - 1).is(","))
                    && analysis.sentenceAt(tokens.get(i).begin()).equals(analysis.sentenceAt(tokens.get(i + 2).begin()))) {
                asReported(tokens, i).ifPresent(anchors::add);
            }
        }
        return anchors;
    }

    /** "as reported by", "as first reported by", "as stated in": a reporting verb's participle after "as". */
    private Optional<Anchor> asReported(List<Token> tokens, int as) {
        int first = as + 1;
        int verb = tokens.get(first).isAny("first", "originally") ? first + 1 : first;
        if (verb + 1 >= tokens.size() || !tokens.get(verb + 1).isAny("by", "in")) {
            return Optional.empty();
        }
        String word = tokens.get(verb).lower();
        Lexicons.VerbForm form = lexicons.verbForm(word);
        // a past form: "as reports by" and "as saying in" are no such phrase
        if (form == null || !lexicons.reportsClause(form.lemma()) || word.equals(form.lemma()) || word.endsWith("ing")
                || word.endsWith("s")) {
            return Optional.empty();
        }
        org.readingcorpus.model.Span cue = tokens.get(first).span().union(tokens.get(verb).span());
        return Optional.of(new Anchor(cue, CueKind.VERB, as, verb + 1, "as " + tokens.get(verb).lower() + " " + tokens.get(verb + 1).lower()));
    }

    /**
     * "According to Limbaugh, “… anything positive. Because …”": content that opens a quote runs to
     * where the quote closes, though the sentence ends first.
     */
    private static org.readingcorpus.model.Span throughQuote(Analysis analysis, org.readingcorpus.model.Span content) {
        int i = analysis.quoteIndexAt(content.begin());
        if (i >= analysis.quotes().size()) {
            return content;
        }
        Quote q = analysis.quotes().get(i);
        boolean opensHere = q.outer().begin() == content.begin() && q.closed() && !q.isNested();
        return opensHere && q.outer().end() > content.end()
                && analysis.paragraphIndexAt(q.outer().end() - 1) == analysis.paragraphIndexAt(content.begin())
                ? new org.readingcorpus.model.Span(content.begin(), q.outer().end()) : content;
    }

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        for (Anchor cue : anchors(analysis)) {
            int sentenceFirst = Clauses.sentenceFirstToken(analysis, cue.span().begin());
            int sentenceEnd = Clauses.sentenceEndToken(analysis, cue.span().begin());
            int floor = Clauses.parenthesisFirstToken(tokens, sentenceFirst, cue.firstToken());
            int ceiling = floor == sentenceFirst ? sentenceEnd : Clauses.parenthesisEndToken(tokens, cue.lastToken(), sentenceEnd);
            // "the report says the company ''reports having 987 subsidiaries …, according to its own website.''":
            // inside a quotation the phrase is part of what somebody else is quoted as saying
            if (analysis.enclosingQuote(cue.span().begin()).filter(q -> analysis.tokenIndexAt(q.outer().begin()) > floor).isPresent()) {
                continue;
            }
            // "According to American intelligence estimates, …": opening the sentence, the source runs to the comma
            Optional<Mention> named = phrases.after(tokens, cue.lastToken() + 1, ceiling, false);
            Optional<Mention> toComma = anyPhraseAfter(tokens, cue.lastToken() + 1, ceiling)
                    .filter(m -> endsAtComma(tokens, m, ceiling));
            // "Last week, according to the Ukrainian military and analysts, …": or an aside set off by commas
            boolean opensSentence = cue.firstToken() == floor;
            boolean setOff = opensSentence || tokens.get(cue.firstToken() - 1).is(",");
            Optional<Mention> source = setOff && toComma.isPresent()
                    && named.map(m -> m.lastToken() < toComma.get().lastToken()).orElse(true)
                    ? toComma
                    : named.or(() -> anyPhraseAfter(tokens, cue.lastToken() + 1, ceiling));
            if (source.isEmpty()) {
                continue;
            }
            int next = source.get().lastToken() + 1;
            int appositionsEnd = appositionsEnd(tokens, next, ceiling);
            if (appositionsEnd > next) {
                // "According to Cruz, a Texas Republican, the group …": the apposition is the source's
                Mention bare = source.get();
                source = Optional.of(new Mention(bare.span().union(tokens.get(appositionsEnd).span()), bare.kind(),
                        bare.firstToken(), appositionsEnd));
                next = appositionsEnd + 1;
            }
            int beforeLast = cue.firstToken() - 1;
            while (beforeLast >= floor && tokens.get(beforeLast).is(",")) {
                beforeLast--;
            }
            int beforeWords = Clauses.wordCount(tokens, floor, beforeLast);
            int afterStart = next < ceiling && tokens.get(next).is(",") ? next + 1 : next;
            int afterWords = Clauses.wordCount(tokens, afterStart, ceiling - 1);
            Optional<org.readingcorpus.model.Span> content;
            List<org.readingcorpus.model.Span> fragments = null;
            String where;
            // "…, according to a CNN tally, but his pathway …": a new clause joined on, not what was reported
            boolean afterIsJoined = afterStart < ceiling && tokens.get(afterStart).isAny("but", "and", "while", "although",
                    "though", "yet", "so");
            boolean afterComma = next < ceiling && tokens.get(next).is(",");
            // "…, according to an analysis by Lily Batchelder, a former tax aide …": the source's apposition
            boolean afterDescribesSource = afterComma && afterStart < ceiling && opensApposition(tokens, afterStart);
            if (beforeWords <= MAX_OPENING && afterWords > 0 && (beforeWords == 0 || afterComma && !afterIsJoined && !afterDescribesSource)) {
                content = Clauses.trimmed(tokens, afterStart, ceiling - 1);
                where = "the rest of the sentence after \"" + cue.phrase() + "\"";
                // "Other major cleavages, according to the poll, include ideology": the words before the aside too
                Optional<org.readingcorpus.model.Span> opening = beforeWords == 0 ? Optional.empty()
                        : Clauses.trimmed(tokens, Clauses.afterConnective(tokens, floor, beforeLast), beforeLast);
                if (opening.isPresent() && content.isPresent() && tokens.get(beforeLast + 1).is(",")
                        && !DISCOURSE_ADVERBIALS.contains(opening.get().coveredText(analysis.text()).toLowerCase(java.util.Locale.ROOT))) {
                    fragments = List.of(opening.get(), content.get());
                    content = Optional.of(opening.get().union(content.get()));
                    where = "the sentence around \", " + cue.phrase() + " …,\"";
                }
            } else if (afterWords <= 2 || beforeWords >= afterWords || (afterIsJoined || afterDescribesSource) && beforeWords > 0) {
                content = Clauses.trimmed(tokens, Clauses.afterConnective(tokens, floor, beforeLast), beforeLast);
                where = "the sentence before \"" + cue.phrase() + "\"";
                // "…, according to Andy Smith, director of the Survey Center, which conducted the poll.": the
                // source closing the sentence runs to its end, as PolNeAR marks it
                Optional<org.readingcorpus.model.Span> toEnd = ceiling - cue.lastToken() <= MAX_CLOSING_SOURCE && !afterIsJoined
                        ? Clauses.trimmed(tokens, cue.lastToken() + 1, beforeClosingMarks(tokens, cue.lastToken() + 1, ceiling - 1))
                        : Optional.empty();
                if (toEnd.isPresent() && toEnd.get().end() > source.get().span().end()) {
                    source = Optional.of(new Mention(toEnd.get(), source.get().kind(), source.get().firstToken(),
                            analysis.tokenIndexAt(toEnd.get().end() - 1)));
                }
            } else {
                content = Clauses.trimmed(tokens, afterStart, ceiling - 1);
                where = "the rest of the sentence after \"" + cue.phrase() + "\"";
            }
            if (fragments == null && afterStart < ceiling && content.isPresent() && content.get().begin() == tokens.get(afterStart).begin()) {
                content = content.map(c -> throughQuote(analysis, c));
            }
            Mention s = source.get();
            double confidence = DirectQuoteLinker.confidence(true, source) - 0.1;
            List<org.readingcorpus.model.Span> parts = fragments;
            String why = where;
            content.filter(c -> !analysis.isClaimed(c)).ifPresent(c -> analysis.addProposal(new Proposal(c,
                    ContentKind.INDIRECT, cue.span(), cue.kind(), s.span(), s.kind(), Rule.ACCORDING_TO,
                    confidence, why, null, parts == null ? List.of(c) : parts)));
        }
    }
}
