package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * Attributes quotes whose speaker and reporting verb stand right beside them:
 * {@code "…," said X}, {@code "…," X said}, and {@code X said: "…"} (also with a participle,
 * {@code …, stating, "…"}, or a bare colon), and block quotes: a paragraph without quote marks
 * after one that ends {@code X writes:}.
 */
public final class DirectQuoteLinker implements AnnotationStage {

    private static final int MAX_GAP = 6;
    private static final int MAX_GAP_BEFORE_COLON = 12;

    private final SourcePhrases phrases;

    public DirectQuoteLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
    }

    @Override
    public void process(Analysis analysis) {
        for (Quote quote : analysis.quotes()) {
            if (quote.isNested() || analysis.isClaimed(quote.outer()) || isTitle(analysis, quote)) {
                continue;
            }
            Optional<Proposal> proposal = quote.closed() && !completesEarlierCue(analysis, quote)
                    ? after(analysis, quote).filter(p -> !toldAccordingTo(analysis, p)).map(p -> LeadIn.extend(analysis, p))
                    : Optional.empty();
            if (proposal.isEmpty()) {
                proposal = before(analysis, quote);
            }
            proposal.filter(p -> !analysis.isClaimed(p.content())).ifPresent(analysis::addProposal);
        }
        for (int p = 1; p < analysis.paragraphs().size(); p++) {
            blockQuote(analysis, analysis.paragraphs().get(p)).filter(b -> !analysis.isClaimed(b.content()))
                    .ifPresent(analysis::addProposal);
        }
    }

    /**
     * {@code In an interview with “Fox and Friends,” Trump said …}: a short title-case quote after
     * a preposition or a possessive names a show, a book or a film; nobody says it.
     */
    private static boolean isTitle(Analysis analysis, Quote quote) {
        List<Token> tokens = analysis.tokens();
        int open = analysis.tokenIndexAt(quote.outer().begin());
        if (open == 0 || !TITLE_INTRODUCERS.contains(tokens.get(open - 1).lower()) && !tokens.get(open - 1).isPossessive()) {
            return false;
        }
        int words = 0;
        for (int i = analysis.tokenIndexAt(quote.inner().begin()); i < tokens.size()
                && tokens.get(i).end() <= quote.inner().end(); i++) {
            Token t = tokens.get(i);
            if (t.isWord()) {
                words++;
                if (!t.isCapitalized() && t.text().length() > 3 || words > MAX_TITLE_WORDS) {
                    return false;
                }
            } else if (t.isAny(".", "!", "?") && i + 1 < tokens.size() && tokens.get(i + 1).end() <= quote.inner().end()) {
                return false;
            }
        }
        return words > 0;
    }

    private static final int MAX_TITLE_WORDS = 6;
    private static final java.util.Set<String> TITLE_INTRODUCERS = java.util.Set.of("on", "with", "of", "in", "to",
            "'s", "\u2019s", "show", "program", "programme", "book", "film", "movie", "titled", "entitled", "called",
            "named", "series", "column", "channel", "network", "song", "album", "memoir", "novel", "play", "segment");

    /**
     * "“…,” Sanders said, according to CNN.": the quote and its speaker are what CNN reports;
     * PolNeAR gives the whole to "according to", which the next stage reads.
     */
    private static boolean toldAccordingTo(Analysis analysis, Proposal p) {
        List<Token> tokens = analysis.tokens();
        int ceiling = Clauses.sentenceEndToken(analysis, p.cue().begin());
        int after = analysis.tokenIndexAt(Math.max(p.cue().end(), p.source().end()));
        for (int i = after; i + 2 < ceiling && i - after <= MAX_BEFORE_ACCORDING; i++) {
            if (tokens.get(i).is(",") && tokens.get(i + 1).is("according") && tokens.get(i + 2).is("to")) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_BEFORE_ACCORDING = 8;

    /**
     * "even as Trump claimed on Tuesday that “…,” one of the prosecutors said the two cases …":
     * a quote after a verb and "that" is what that verb reports, not what the next one does.
     */
    private static boolean completesEarlierCue(Analysis analysis, Quote quote) {
        List<Token> tokens = analysis.tokens();
        int open = analysis.tokenIndexAt(quote.outer().begin());
        int floor = Clauses.sentenceFirstToken(analysis, quote.outer().begin());
        if (open - 1 > floor && tokens.get(open - 1).is("that")) {
            return Clauses.lastVerbCue(analysis, floor, open - 1).isPresent();
        }
        // "Obama said “it gets me mad” every time he thinks about …": the verb right before the quote reports it
        return open - 1 > floor && Clauses.lastVerbCue(analysis, floor, open)
                .filter(c -> c.lastToken() == open - 1 && SAYING.contains(c.lemma())).isPresent();
    }

    private static final java.util.Set<String> SAYING = java.util.Set.of("say", "tell", "write", "add");

    private Optional<Proposal> after(Analysis analysis, Quote quote) {
        List<Token> tokens = analysis.tokens();
        int j = analysis.tokenIndexAt(quote.outer().end());
        Optional<Proposal> signed = signature(analysis, quote, j);
        if (signed.isPresent()) {
            return signed;
        }
        // the last token inside the marks: a closing '' may be two tokens
        int lastInside = analysis.tokenIndexAt(quote.inner().end()) - 1;
        boolean endsSentence = lastInside >= 0 && tokens.get(lastInside).isAny(".", "!", "?");
        // "She is noting the “kind of problems” Sanders had …": a quote inside running text, with no
        // punctuation closing it, is no utterance that a speaker and verb after it could tag
        int lastMark = lastInside; // "‘He’s the ringleader,’”": past a nested quote's closing mark
        while (lastMark > 0 && Clauses.isQuoteMark(tokens.get(lastMark))) {
            lastMark--;
        }
        boolean closed = endsSentence || lastMark >= 0 && tokens.get(lastMark).isAny(",", ".", "!", "?", "\u2014", "\u2013", "-", "\u2026")
                || j < tokens.size() && (tokens.get(j).isAny(",", "\u2014", "\u2013") || Clauses.isDash(tokens, j));
        int opening = analysis.tokenIndexAt(quote.outer().begin());
        boolean insideRunningText = opening > Clauses.sentenceFirstToken(analysis, quote.outer().begin())
                && tokens.get(opening - 1).isWord();
        if (!closed && insideRunningText) {
            return Optional.empty();
        }
        while (j < tokens.size() && tokens.get(j).isAny(",", "\u2014", "\u2013")) {
            j++;
        }
        if (j >= tokens.size()
                || !analysis.paragraphAt(tokens.get(j).begin()).equals(analysis.paragraphAt(quote.inner().begin()))) {
            return Optional.empty();
        }
        int ceiling = Clauses.sentenceEndToken(analysis, tokens.get(j).begin());
        // "“…,” suggesting he …", "“…,” specifically naming Israel": a participle goes on about the
        // speaker; it does not name one after it
        int afterQuote = j;
        Optional<CueMatch> cueFirst = Clauses.cueStartingAt(analysis, j).filter(c -> c.kind() == CueKind.VERB)
                .filter(c -> !tokens.get(c.firstToken()).lower().endsWith("ing") && !tokens.get(c.lastToken()).lower().endsWith("ing"))
                // "“…?” reacted Trump.": an unlisted past tense, then a name that ends the sentence
                .or(() -> looksLikePastTense(tokens.get(afterQuote)) && phrases.after(tokens, afterQuote + 1, ceiling)
                        .filter(m -> m.kind() == MentionKind.NAME && endsReport(tokens, m.lastToken() + 1, ceiling)).isPresent()
                        ? Optional.of(new CueMatch(tokens.get(afterQuote).span(), CueKind.VERB, tokens.get(afterQuote).lower(),
                                afterQuote, afterQuote, false))
                        : Optional.empty());
        if (cueFirst.isPresent()) {
            CueMatch cue = cueFirst.get();
            Optional<Mention> source = phrases.after(tokens, cue.lastToken() + 1, ceiling)
                    .map(m -> withPostmodifier(tokens, m, ceiling))
                    .or(() -> phrases.invertedSubject(tokens, cue.lastToken() + 1, ceiling))
                    .or(() -> describedSpeakerAfter(tokens, cue, ceiling))
                    .or(() -> SAYING.contains(cue.lemma()) ? modifiedNameAfter(tokens, cue.lastToken() + 1, ceiling) : Optional.empty())
                    .map(m -> SourcePhrases.withParenthetical(tokens, m, ceiling)) // "said Rep. Jim Clyburn (D-S.C.), a member of …"
                    .map(m -> phrases.withTrailingApposition(tokens, m, ceiling))
                    // "“…,” said the candidate could be …": a phrase with a verb of its own is the subject of what "said" reports
                    .filter(m -> m.lastToken() + 1 >= ceiling
                            || !Clauses.FINITE_AUXILIARIES.contains(tokens.get(m.lastToken() + 1).lower()));
            if (source.isPresent()) {
                return Optional.of(direct(quote, cue, source.get(), Rule.QUOTE_THEN_CUE_THEN_SOURCE,
                        "\"" + tokens.get(j).text() + "\" right after the quote, then its speaker"));
            }
        }
        int sourceStart = j;
        java.util.OptionalInt verbAhead = verbAfterWords(analysis, sourceStart, ceiling);
        Optional<Mention> source = phrases.after(tokens, j, ceiling)
                .or(() -> modifiedSubject(tokens, sourceStart, verbAhead));
        // "“…,” the RNC member said.": the phrase rules stop at "the RNC"; the verb comes after "member"
        Optional<Mention> determined = determinedSpeaker(tokens, sourceStart, verbAhead);
        if (determined.isPresent() && (source.isEmpty() || determined.get().lastToken() > source.get().lastToken())) {
            source = determined;
        }
        // not after a quote the running text goes through: "to label as “USED NEWS” a story borrowed from one previously published"
        if (source.isEmpty() && !insideRunningText && verbAhead.isPresent() && endsReport(tokens, verbAhead.getAsInt() + 1, ceiling)) {
            source = describedSpeaker(tokens, sourceStart, verbAhead);
        }
        if (source.isEmpty()) {
            return Optional.empty();
        }
        source = source.map(m -> SourcePhrases.withParenthetical(tokens, m, ceiling));
        int k = source.get().lastToken() + 1;
        k = toCue(analysis, k, ceiling);
        if (Clauses.cueStartingAt(analysis, k).isEmpty() && tokens.get(k - 1).is(",")) {
            // "…," Steve Moody, a small-business owner, said: an apposition the phrase rules did not read
            source = withApposition(analysis, source.get(), k, ceiling);
            k = source.get().lastToken() + 1;
            k = toCue(analysis, k, ceiling);
        }
        if (Clauses.cueStartingAt(analysis, k).isEmpty()) {
            // "“…?” a Democratic staffer in the room wondered": a short qualifier between the speaker and the verb
            Mention qualified = throughQualifier(analysis, source.get(), ceiling);
            source = Optional.of(qualified);
            k = qualified.lastToken() + 1;
        }
        Optional<Mention> speaker = source;
        int verbAt = k;
        int open = analysis.tokenIndexAt(quote.outer().begin());
        boolean opensItsSentence = open == Clauses.sentenceFirstToken(analysis, quote.outer().begin());
        return Clauses.cueStartingAt(analysis, k)
                .filter(c -> c.kind() == CueKind.VERB)
                .or(() -> unlistedSpeechVerb(tokens, verbAt, ceiling))
                // "“Lyin' Ted.” Trump called the senator a …": after a quote that ends its sentence, a cue
                // with a clause of its own starts the next sentence rather than closing the quote
                // ("“… border!” he said to an enormous cheer": a lower-case speaker goes on with the quote's sentence)
                // ("“The bad ones?” Trump asked, turning …": a comma or an adjunct after the cue closes the quote's tag)
                .filter(c -> !endsSentence || Clauses.wordCount(tokens, c.lastToken() + 1, ceiling - 1) <= 2
                        || !tokens.get(speaker.get().firstToken()).isCapitalized()
                        || opensItsSentence && (endsReport(tokens, c.lastToken() + 1, ceiling) || addressed(tokens, c, ceiling)))
                .filter(c -> !hasComplementOfItsOwn(tokens, c, ceiling))
                .filter(c -> !endsSentence || !introducesQuoteBelow(analysis, c))
                .map(cue -> direct(quote, cue, speaker.get(), Rule.QUOTE_THEN_SOURCE_THEN_CUE,
                        "speaker and \"" + cue.span().coveredText(analysis.text()) + "\" right after the quote"));
    }

    /**
     * "“… the status quo.” She went on to say:¶“Incredibly, …”": a cue whose colon ends the paragraph
     * points at the quote opening the next one, not back at the sentence before it.
     */
    private static boolean introducesQuoteBelow(Analysis analysis, CueMatch cue) {
        List<Token> tokens = analysis.tokens();
        int colon = tokens.get(cue.lastToken()).is(":") ? cue.lastToken() : cue.lastToken() + 1;
        if (colon + 1 >= tokens.size() || !tokens.get(colon).is(":")) {
            return false;
        }
        Token next = tokens.get(colon + 1);
        return Clauses.isQuoteMark(next)
                && analysis.paragraphIndexAt(next.begin()) == analysis.paragraphIndexAt(tokens.get(colon).begin()) + 1;
    }

    /** "“Did you know it was Mussolini?” Todd asked the real estate mogul.": whom a telling verb addresses, and no more. */
    private boolean addressed(List<Token> tokens, CueMatch cue, int ceiling) {
        return TELLING.contains(cue.lemma()) && phrases.after(tokens, cue.lastToken() + 1, ceiling)
                .filter(whom -> endsReport(tokens, whom.lastToken() + 1, ceiling)).isPresent();
    }

    /**
     * "The four “loopholes” he cited are …", "“…,” Melanie said yes": a verb of "be" or an answer
     * right after the cue shows the quote is a phrase the sentence talks about, not what was said.
     */
    private static boolean hasComplementOfItsOwn(List<Token> tokens, CueMatch cue, int ceiling) {
        int next = cue.lastToken() + 1;
        return next < ceiling && tokens.get(next).isAny("is", "are", "was", "were", "yes", "no")
                || clauseFollows(tokens, next, ceiling);
    }

    /**
     * "Walking into the office to chants of “Marco! Marco!,” the senator said his campaign was
     * “closing really strong.”": a clause of its own after the verb is what it reports, not the quote.
     */
    private static boolean clauseFollows(List<Token> tokens, int cueEnd, int ceiling) {
        int next = pastAside(tokens, cueEnd, ceiling);
        if (next + 1 >= ceiling) {
            return false;
        }
        if (tokens.get(next).text().equals("that") && tokens.get(next + 1).isWord()) {
            return true;
        }
        if (!tokens.get(next).isAny(CLAUSE_OPENERS)) {
            return false;
        }
        for (int i = next + 1; i < ceiling && i - next <= MAX_SUBJECT_BEFORE_VERB; i++) {
            if (!tokens.get(i).isWord()) {
                return false;
            }
            if (Clauses.FINITE_AUXILIARIES.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "He said, twice, that …": a short aside between commas, or a time, before what the verb reports. */
    private static int pastAside(List<Token> tokens, int next, int ceiling) {
        int k = Clauses.afterTimeWords(tokens, next, ceiling);
        // not "…,” Melanie said, and soon, the balloons were dropping": a conjunction opens a sentence of its own
        if (k + 1 < ceiling && tokens.get(k).is(",") && !tokens.get(k + 1).isAny("and", "but", "or", "so", "then")) {
            for (int i = k + 1; i < ceiling && i - k <= MAX_ASIDE + 1; i++) {
                if (tokens.get(i).is(",")) {
                    return i > k + 1 ? i + 1 : next;
                }
                if (!tokens.get(i).isWord()) {
                    break;
                }
            }
        }
        return k;
    }

    private static final int MAX_ASIDE = 4;

    private static final String[] CLAUSE_OPENERS = {"he", "she", "they", "we", "i", "it", "his", "her", "their", "its",
        "the", "there"};
    private static final int MAX_SUBJECT_BEFORE_VERB = 4;

    /**
     * "“…,” Cruz quipped.", "“…,” Hillary shot back.": a past tense right after the speaker that
     * follows a quote says how the quote was said, listed or not; it ends the sentence or an
     * adjunct follows it. A particle ("back", "in") belongs to it.
     */
    private static Optional<CueMatch> unlistedSpeechVerb(List<Token> tokens, int at, int ceiling) {
        if (at >= ceiling || !looksLikePastTense(tokens.get(at))) {
            return Optional.empty();
        }
        boolean particle = at + 1 < ceiling && tokens.get(at + 1).isAny(SPEECH_PARTICLES) && endsReport(tokens, at + 2, ceiling);
        int last = particle ? at + 1 : at;
        if (!endsReport(tokens, last + 1, ceiling)) {
            return Optional.empty();
        }
        return Optional.of(new CueMatch(new Span(tokens.get(at).begin(), tokens.get(last).end()), CueKind.VERB,
                tokens.get(at).lower(), at, last, false));
    }

    /** Nothing but the sentence's end, a comma or an adjunct after the verb: "quipped.", "quipped in reference to …". */
    private static boolean endsReport(List<Token> tokens, int next, int ceiling) {
        return next >= ceiling || tokens.get(next).isAny(",", ".", "!", "?", ";") || tokens.get(next).isAny(ADJUNCT_OPENERS);
    }

    private static boolean looksLikePastTense(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && w.length() > 4 && w.endsWith("ed") && !NOT_PAST_TENSES.contains(w);
    }

    private static final String[] SPEECH_PARTICLES = {"back", "in", "out", "up"};
    private static final String[] ADJUNCT_OPENERS = {"in", "on", "at", "to", "about", "during", "after", "before",
        "as", "while", "when", "of", "with", "from", "via", "last", "this", "earlier", "later", "recently", "today",
        "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    /** Adjectives and nouns in -ed that may stand after a name: "“…,” the united front", "Trump supporters, armed …". */
    private static final java.util.Set<String> NOT_PAST_TENSES = java.util.Set.of("united", "armed", "based", "related",
            "concerned", "interested", "involved", "unnamed", "retired", "married", "alleged", "limited", "advanced",
            "detailed", "elected", "appointed", "indeed", "proceed", "exceed", "succeed", "speed", "breed", "seed",
            "need", "feed", "embed", "hundred", "bed", "shed", "red", "wed", "fed", "led");

    /**
     * Past commas and adverbs to the cue after a speaker; a cue that takes its auxiliary or adverb
     * ("she has said", "he later said") starts at that word, so it is not skipped.
     */
    private static int toCue(Analysis analysis, int k, int ceiling) {
        List<Token> tokens = analysis.tokens();
        while (k < ceiling && Clauses.cueStartingAt(analysis, k).isEmpty() && (tokens.get(k).is(",") || isAdverb(tokens.get(k)))) {
            k++;
        }
        return k;
    }

    /**
     * "…," said a person close to the Clintons.: words that qualify a source after it, up to the
     * sentence's end, are the source's too.
     */
    private static Mention withPostmodifier(List<Token> tokens, Mention source, int ceiling) {
        int k = source.lastToken() + 1;
        if (k >= ceiling || !POSTMODIFIER_OPENERS.contains(tokens.get(k).lower())) {
            return source;
        }
        if (source.kind() == MentionKind.NAME && NAME_ADJUNCT_OPENERS.contains(tokens.get(k).lower())) {
            return source; // "said Trump in his speech", "wrote Larry O’Connor on Hot Air": where a named speaker spoke
        }
        int last = ceiling - 1;
        while (last > k && Clauses.isTrailingPunctuation(tokens.get(last))) {
            last--;
        }
        if (last - k > MAX_POSTMODIFIER) {
            return source;
        }
        for (int i = k; i <= last; i++) {
            if (!tokens.get(i).isWord() && !tokens.get(i).isAny("'s", "\u2019s", "-", ".")) {
                return source;
            }
        }
        return new Mention(new Span(source.span().begin(), tokens.get(last).end()), source.kind(), source.firstToken(), last);
    }

    private static final java.util.Set<String> POSTMODIFIER_OPENERS = java.util.Set.of("close", "familiar", "with",
            "involved", "briefed", "knowledgeable", "who", "whose", "from", "of", "at", "in", "for", "on", "to");
    private static final int MAX_POSTMODIFIER = 10;
    private static final java.util.Set<String> NAME_ADJUNCT_OPENERS = java.util.Set.of("in", "on", "at", "to");

    private static Optional<Mention> withApposition(Analysis analysis, Mention source, int from, int ceiling) {
        List<Token> tokens = analysis.tokens();
        for (int i = from; i < ceiling && i - from <= MAX_APPOSITION; i++) {
            Token t = tokens.get(i);
            if (t.is(",")) {
                int k = i + 1;
                while (k < ceiling && isAdverb(tokens.get(k))) {
                    k++;
                }
                if (Clauses.cueStartingAt(analysis, k).filter(c -> c.kind() == CueKind.VERB).isPresent()) {
                    return Optional.of(new Mention(new Span(source.span().begin(), tokens.get(i - 1).end()), source.kind(),
                            source.firstToken(), i - 1));
                }
                // "Harry Bond, 30, of Raleigh, N.C., who was among those polled, said": the description goes on
                continue;
            }
            int titleEnd = quotedTitleEnd(analysis, i, ceiling);
            if (titleEnd > i) {
                i = titleEnd; // "Bill Eastland, wearing “Ted Cruz” campaign pins, said": a quoted name inside the description
                continue;
            }
            int close = t.is("(") ? Clauses.parenthesisEndToken(tokens, i, Math.min(ceiling, i + MAX_BRACKETED + 1)) : -1;
            if (close > i && close < ceiling && tokens.get(close).is(")")) {
                i = close; // "Scott's niece, state Del. Marcia Price (D-Newport News), shouted": a party and place in brackets
                continue;
            }
            // "Sanders’ campaign manager": the apostrophe of a plural possessive stays in the apposition
            boolean pluralPossessive = t.isAny("'", "\u2019") && i > from && tokens.get(i - 1).lower().endsWith("s");
            if (!t.isWord() && !t.isAny("-", "'s", "\u2019s", ".") && !pluralPossessive) {
                break;
            }
        }
        return Optional.of(source);
    }

    private static final int MAX_BRACKETED = 8;

    /** The source with the plain words after it when they begin with a preposition and a verb cue follows them. */
    private static Mention throughQualifier(Analysis analysis, Mention source, int ceiling) {
        List<Token> tokens = analysis.tokens();
        int k = source.lastToken() + 1;
        if (k >= ceiling || !QUALIFIER_OPENERS.contains(tokens.get(k).lower())) {
            return source;
        }
        for (int i = k + 1; i < ceiling && i - k <= MAX_POSTMODIFIER; i++) {
            if (Clauses.cueStartingAt(analysis, i).filter(c -> c.kind() == CueKind.VERB).isPresent()) {
                return new Mention(new Span(source.span().begin(), tokens.get(i - 1).end()), source.kind(), source.firstToken(), i - 1);
            }
            if (!tokens.get(i).isWord()) {
                break;
            }
        }
        return source;
    }

    private static final java.util.Set<String> QUALIFIER_OPENERS = java.util.Set.of("in", "at", "from", "of", "with", "for", "on");

    /** The closing mark of a short closed quotation opening at token {@code i} before {@code ceiling}, or -1. */
    private static int quotedTitleEnd(Analysis analysis, int i, int ceiling) {
        List<Token> tokens = analysis.tokens();
        List<Quote> quotes = analysis.quotes();
        int q = analysis.quoteIndexAt(tokens.get(i).begin());
        if (!Clauses.isQuoteMark(tokens.get(i)) || q >= quotes.size() || quotes.get(q).outer().begin() != tokens.get(i).begin()
                || !quotes.get(q).closed()) {
            return -1;
        }
        int close = analysis.tokenIndexAt(quotes.get(q).outer().end()) - 1;
        return close < ceiling && Clauses.wordCount(tokens, i, close) <= MAX_QUOTED_NAME ? close : -1;
    }

    private static final int MAX_QUOTED_NAME = 6;

    /**
     * {@code "…," super PAC spokeswoman Kellyanne Conway said}: a source opening with lower-case
     * modifiers that the phrase rules do not start on; it runs from the quote to a verb cue whose
     * subject the phrase rules do find.
     */
    private Optional<Mention> modifiedSubject(List<Token> tokens, int from, java.util.OptionalInt verb) {
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        int last = verb.getAsInt() - 1;
        // "“…,” including provisions he said …": a pronoun takes no modifiers; the words before it are no subject's
        return phrases.before(tokens, verb.getAsInt(), from).filter(head -> head.lastToken() == last
                && head.firstToken() - from <= MAX_MODIFIERS && modifiers(tokens, from, head.firstToken())
                && (head.firstToken() == from || head.kind() != MentionKind.PRONOUN))
                .map(head -> new Mention(new Span(tokens.get(from).begin(), tokens.get(last).end()), head.kind(), from, last));
    }

    /**
     * "“…,” the RNC member said.", "“…,” the release added.": a determiner and a word or two
     * that no lexicon lists, right before a speech verb, name the speaker all the same.
     */
    private Optional<Mention> determinedSpeaker(List<Token> tokens, int from, java.util.OptionalInt verb) {
        return verb.isEmpty() ? Optional.empty()
                : phrases.determinedBefore(tokens, verb.getAsInt(), from).filter(m -> m.firstToken() == from);
    }

    /**
     * "“…?” a Democratic staffer in the room wondered.", "“…,” the order released Friday said.": a
     * determiner opens words, with an adjunct or a participle among them, that run to a speech verb.
     */
    private static Optional<Mention> describedSpeaker(List<Token> tokens, int from, java.util.OptionalInt verb) {
        if (verb.isEmpty() || verb.getAsInt() - from < 3 || !tokens.get(from).isAny(DESCRIBING_DETERMINERS)) {
            return Optional.empty();
        }
        int last = verb.getAsInt() - 1;
        return Optional.of(new Mention(new Span(tokens.get(from).begin(), tokens.get(last).end()), MentionKind.DESCRIPTION, from, last));
    }

    private static final String[] DESCRIBING_DETERMINERS = {"a", "an", "the", "one", "another"};

    /**
     * "“…,” said one witness.", "“…,” said one owner of a shop that sells …": after the verb, an
     * indefinite determiner (or "the", after "said") opens words no lexicon lists that run to the
     * sentence's end or a comma.
     */
    private static Optional<Mention> describedSpeakerAfter(List<Token> tokens, CueMatch cue, int ceiling) {
        int from = cue.lastToken() + 1;
        // "“Guardians of the Galaxy,” posted the clip to YouTube": after other verbs, "the" opens an object
        if (from + 1 >= ceiling || !tokens.get(from).isAny(INDEFINITE_DETERMINERS)
                && !(tokens.get(from).is("the") && SAYING.contains(cue.lemma()))) {
            return Optional.empty();
        }
        int i = from + 1;
        while (i < ceiling && i - from <= MAX_DESCRIBED_SPEAKER && (tokens.get(i).isWord() || tokens.get(i).isAny("'s", "\u2019s"))) {
            i++;
        }
        if (i < ceiling && !tokens.get(i).isAny(",", ".", "!", "?", ";") || !tokens.get(i - 1).isWord()) {
            return Optional.empty();
        }
        return Optional.of(new Mention(new Span(tokens.get(from).begin(), tokens.get(i - 1).end()), MentionKind.DESCRIPTION, from, i - 1));
    }

    /**
     * "“…,” said master of ceremonies Asab Al-Tabchi": a few lower-case words no lexicon lists
     * describe the name after them, which the phrase rules alone would not open with.
     */
    private Optional<Mention> modifiedNameAfter(List<Token> tokens, int from, int ceiling) {
        for (int i = from; i < ceiling && i - from <= MAX_MODIFIERS; i++) {
            Token t = tokens.get(i);
            if (t.isCapitalized()) {
                int first = i;
                return i == from ? Optional.empty() : phrases.after(tokens, i, ceiling)
                        .filter(m -> m.kind() == MentionKind.NAME && m.firstToken() == first)
                        .map(m -> new Mention(new Span(tokens.get(from).begin(), m.span().end()), m.kind(), from, m.lastToken()));
            }
            if (!t.isWord() || !phrases.isPlainModifier(t) && !t.is("of")) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final int MAX_DESCRIBED_SPEAKER = 25;
    private static final String[] INDEFINITE_DETERMINERS = {"a", "an", "one", "another"};

    /** The first verb cue a few words after {@code from}, reached over words only. */
    private static java.util.OptionalInt verbAfterWords(Analysis analysis, int from, int ceiling) {
        List<Token> tokens = analysis.tokens();
        for (int i = from + 1; i < Math.min(ceiling, from + MAX_MODIFIED_SUBJECT); i++) {
            if (!tokens.get(i).isWord()) {
                return java.util.OptionalInt.empty();
            }
            if (Clauses.cueStartingAt(analysis, i).filter(c -> c.kind() == CueKind.VERB).isPresent()) {
                return java.util.OptionalInt.of(i);
            }
        }
        return java.util.OptionalInt.empty();
    }

    /**
     * {@code he said "budget reforms" and unpaid taxes would pay for it}: a short quote that the
     * sentence goes on from is the subject of what was said, a mixed quote for the reported-speech rules.
     */
    private static boolean opensClause(Analysis analysis, Quote quote) {
        List<Token> tokens = analysis.tokens();
        int next = analysis.tokenIndexAt(quote.outer().end());
        int ceiling = Clauses.sentenceEndToken(analysis, quote.outer().begin());
        int inside = Clauses.wordCount(tokens, analysis.tokenIndexAt(quote.inner().begin()),
                analysis.tokenIndexAt(quote.inner().end()) - 1);
        int lastInside = analysis.tokenIndexAt(quote.inner().end()) - 1;
        // "he yelled “You lie!” at President Obama": a full utterance, and an adjunct after it
        boolean utterance = lastInside >= 0 && tokens.get(lastInside).isAny(".", "!", "?");
        return inside <= MAX_SUBJECT_QUOTE_WORDS && next < ceiling && tokens.get(next).isWord() && !utterance
                && !tokens.get(next).isCapitalized() && !tokens.get(next).isAny(ADJUNCT_OPENERS)
                && Clauses.wordCount(tokens, next, ceiling - 1) >= 3;
    }

    private static final int MAX_SUBJECT_QUOTE_WORDS = 4;

    /**
     * {@code “…” ― Karen Bobadilla}: a dash and a name closing the paragraph sign the quote; a
     * fact check's quote that fills its paragraph may be signed by the next one ("- Sanders.").
     */
    private Optional<Proposal> signature(Analysis analysis, Quote quote, int dash) {
        List<Token> tokens = analysis.tokens();
        Span paragraph = analysis.paragraphAt(quote.outer().begin());
        boolean fillsParagraph = dash < tokens.size() && analysis.tokenIndexAt(paragraph.begin()) == analysis.tokenIndexAt(quote.outer().begin())
                && !paragraph.contains(tokens.get(dash).span());
        if (fillsParagraph) {
            paragraph = analysis.paragraphAt(tokens.get(dash).begin());
        }
        if (dash >= tokens.size() || !paragraph.contains(tokens.get(dash).span())
                || !(tokens.get(dash).isAny("\u2015", "\u2014", "\u2013") || fillsParagraph && tokens.get(dash).is("-"))) {
            return Optional.empty();
        }
        int end = analysis.tokenIndexAt(paragraph.end());
        Optional<Mention> name = phrases.after(tokens, dash + 1, end, false).filter(m -> m.kind() == MentionKind.NAME);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        int k = name.get().lastToken() + 1;
        if (k + 1 < end && tokens.get(k).is(",") && tokens.get(k + 1).isCapitalized()) {
            k += 2; // "-Michelle Marks, Philadelphia.": where the reader writes from is no part of the name
            while (k < end && tokens.get(k).isCapitalized()) {
                k++;
            }
        }
        for (; k < end; k++) {
            if (tokens.get(k).isWord()) {
                return Optional.empty(); // more than a signature follows
            }
        }
        Mention s = name.get();
        return Optional.of(new Proposal(quote.outer(), ContentKind.DIRECT, tokens.get(dash).span(), CueKind.PUNCTUATION,
                s.span(), s.kind(), Rule.QUOTE_THEN_DASH_THEN_SOURCE, confidence(false, name),
                "a dash and a name close the paragraph after the quote", null));
    }

    private Optional<Proposal> before(Analysis analysis, Quote quote) {
        List<Token> tokens = analysis.tokens();
        int start = analysis.tokenIndexAt(quote.outer().begin());
        int floor = Clauses.sentenceFirstToken(analysis, quote.outer().begin());
        if (start <= floor) {
            return introducedAbove(analysis, quote, start).or(() -> saidJustBefore(analysis, quote, start));
        }
        Token previous = tokens.get(start - 1);
        Optional<CueMatch> cue = unlistedBefore(tokens, floor, start).or(() -> Clauses.lastVerbCue(analysis, floor, start));
        Optional<Proposal> inverted = cue.flatMap(c -> invertedOpening(analysis, quote, c, floor, start));
        if (inverted.isPresent()) {
            return inverted;
        }
        if (cue.isPresent() && (gapIsIntroduction(tokens, cue.get().lastToken() + 1, start) || toldWhom(tokens, cue.get(), start))
                && !opensClause(analysis, quote)
                && !isFragmentOfClause(analysis, quote, cue.get(), start)) {
            CueMatch c = cue.get();
            Optional<Mention> source = subjectOf(analysis, c, floor);
            Optional<Proposal> framed = source.flatMap(s -> framedByOpening(analysis, quote, c, s, floor, start))
                    .or(() -> source.flatMap(s -> namedByRelative(analysis, quote, c, s)));
            if (framed.isPresent()) {
                return framed;
            }
            Span said = quote.outer().union(runOn(analysis, quote));
            return Optional.of(new Proposal(said, said.equals(quote.outer()) ? ContentKind.DIRECT : ContentKind.MIXED, c.span(),
                    c.kind(), source.map(Mention::span).orElse(null), source.map(Mention::kind).orElse(null),
                    Rule.SOURCE_CUE_THEN_QUOTE, confidence(c.strong(), source), "\"" + c.span().coveredText(analysis.text())
                            + "\" introduces the quote", null));
        }
        if (previous.is(":") && cue.isPresent() && isColonPhrase(tokens, cue.get().lastToken() + 1, start - 1)) {
            // "Singh explained it this way: “…”", "added a caveat: “…”": the words up to the colon are the cue's
            CueMatch c = cue.get();
            return Optional.of(throughColon(analysis, quote, c, previous, subjectOf(analysis, c, floor), "introduces the quote"));
        }
        if (previous.is(":") && cue.isEmpty()) {
            Optional<Proposal> unlisted = unlistedThroughColon(analysis, quote, floor, start);
            if (unlisted.isPresent()) {
                return unlisted;
            }
        }
        if (previous.is(":")) {
            Optional<Mention> source = phrases.before(tokens, start - 1, floor);
            if (source.isPresent() && source.get().lastToken() == start - 2) {
                return Optional.of(new Proposal(quote.outer(), ContentKind.DIRECT, previous.span(), CueKind.PUNCTUATION,
                        source.get().span(), source.get().kind(), Rule.SOURCE_CUE_THEN_QUOTE,
                        confidence(false, source) - 0.1, "a colon after the speaker introduces the quote", null));
            }
        }
        return Optional.empty();
    }

    /** Words after a quote that say when or how it was said, not what: "“no opinion” when asked …". */
    private static final Set<String> RUN_ON_STOPS = Set.of("when", "while", "and", "but", "or", "after", "before", "on",
            "during", "since", "said", "says", "told", "adding", "saying");

    /** Subordinators that end the writer's words after a quote: what follows says when, not what. */
    private static final Set<String> RUN_ON_ENDS = Set.of("after", "when", "while", "before", "since", "although",
            "though", "whereas", "unless", "whenever");

    /**
     * "said “the whole game has become screwed up” because …", "gave “a deep and sincere apology” to
     * Sen. Bernie Sanders": a quote that breaks off mid-phrase, with no punctuation of its own
     * before the closing mark, goes on in the writer's words up to the next comma, subordinate
     * clause or the clause's end; the span of those words, or the quote itself when nothing runs on.
     */
    private static Span runOn(Analysis analysis, Quote quote) {
        List<Token> tokens = analysis.tokens();
        int closing = analysis.tokenIndexAt(quote.outer().end() - 1);
        int next = closing + 1;
        int ceiling = Clauses.sentenceEndToken(analysis, quote.outer().begin());
        if (!quote.closed() || closing < 1 || !tokens.get(closing - 1).isWord() || next >= ceiling || !tokens.get(next).isWord()
                || RUN_ON_STOPS.contains(tokens.get(next).lower())
                || tokens.get(next).is("as") && next + 1 < ceiling && Clauses.SUBJECT_PRONOUNS.contains(tokens.get(next + 1).lower())) {
            return quote.outer();
        }
        int end = Math.min(Clauses.clauseEnd(analysis, next, ceiling), Clauses.beforeComma(tokens, next, ceiling - 1));
        for (int i = next + 1; i <= end; i++) {
            if (RUN_ON_ENDS.contains(tokens.get(i).lower())) {
                end = i - 1; // "“a deep and sincere apology” to Sanders after leaked emails showed …": the time is the writer's
            }
        }
        return Clauses.trimmed(tokens, next, end).orElse(quote.outer());
    }

    /**
     * "An economic downturn, he said, “could be a good time to borrow …”": the cue stands inside the
     * sentence, which the quote finishes; PolNeAR's content is the opening and the quote (with
     * whatever ends the sentence after it), in two fragments.
     */
    private Optional<Proposal> framedByOpening(Analysis analysis, Quote quote, CueMatch cue, Mention source, int floor,
            int start) {
        List<Token> tokens = analysis.tokens();
        int opening = Clauses.afterConnective(tokens, floor, source.firstToken());
        int comma = source.firstToken() - 1;
        int inside = analysis.tokenIndexAt(quote.inner().begin());
        if (comma <= opening || !tokens.get(comma).is(",") || !tokens.get(start - 1).is(",") || cue.firstToken() != source.lastToken() + 1
                || inside >= tokens.size() || !tokens.get(inside).isWord() || tokens.get(inside).isCapitalized()) {
            return Optional.empty();
        }
        int ceiling = Clauses.sentenceEndToken(analysis, quote.outer().begin());
        int after = analysis.tokenIndexAt(quote.outer().end());
        int last = after < ceiling && tokens.get(after).isWord() && !tokens.get(after).isCapitalized()
                ? Clauses.clauseEnd(analysis, after, ceiling) : after - 1;
        Optional<Span> head = Clauses.trimmed(tokens, floor, comma - 1);
        Optional<Span> rest = last >= after ? Clauses.trimmed(tokens, analysis.tokenIndexAt(quote.outer().begin()), last)
                : Optional.of(quote.outer());
        if (head.isEmpty() || rest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(head.get().union(rest.get()), ContentKind.MIXED, cue.span(), cue.kind(), source.span(),
                source.kind(), Rule.PARENTHETICAL_CUE, confidence(cue.strong(), Optional.of(source)) - 0.1,
                "\"" + cue.span().coveredText(analysis.text()) + "\" stands inside the sentence the quote finishes", null,
                List.of(head.get(), rest.get())));
    }

    /**
     * "what aide Kevin Phillips called “the beginning of a new Republican era”", "Bannon, who Beck on
     * Wednesday called “…”": the relative pronoun the naming verb's object stands for is what was
     * said too, a fragment before the speaker; so is one the quote goes on from ("resolutions —
     * which he added “is deeply regrettable.”").
     */
    private static Optional<Proposal> namedByRelative(Analysis analysis, Quote quote, CueMatch cue, Mention source) {
        List<Token> tokens = analysis.tokens();
        int relative = source.firstToken() - 1;
        int first = analysis.tokenIndexAt(quote.inner().begin());
        // "that" may open a reported clause instead: "optimistic that Americans will say “no” to …"
        boolean predicate = first < tokens.size() && tokens.get(first).isWord() && !tokens.get(first).isCapitalized()
                && relative >= 0 && tokens.get(relative).isAny("which", "who");
        boolean when = cue.firstToken() - source.lastToken() - 1 <= MAX_WORDS_BEFORE_NAMING_VERB
                && java.util.stream.IntStream.range(source.lastToken() + 1, cue.firstToken()).allMatch(i -> tokens.get(i).isWord());
        if (!(NAMING_VERBS.contains(cue.lemma()) || predicate) || relative < 0 || !tokens.get(relative).isAny(RELATIVE_OBJECTS)
                || !when || analysis.tokenIndexAt(quote.outer().begin()) != cue.lastToken() + 1) {
            return Optional.empty();
        }
        Span pronoun = tokens.get(relative).span();
        return Optional.of(new Proposal(pronoun.union(quote.outer()), ContentKind.MIXED, cue.span(), cue.kind(), source.span(),
                source.kind(), Rule.SOURCE_CUE_THEN_QUOTE, confidence(cue.strong(), Optional.of(source)) - 0.1,
                "\"" + tokens.get(relative).text() + " … " + cue.span().coveredText(analysis.text()) + "\" names the quote",
                null, List.of(pronoun, quote.outer())));
    }

    private static final java.util.Set<String> NAMING_VERBS = java.util.Set.of("call", "dub", "term", "label", "describe");
    private static final String[] RELATIVE_OBJECTS = {"what", "which", "that", "who", "whom"};
    /** "who Beck on Wednesday called": when, between the speaker and the verb. */
    private static final int MAX_WORDS_BEFORE_NAMING_VERB = 3;

    /**
     * "Hillary shot back, “…”", "he demurred: “…”": a past tense after its subject and before a
     * comma or colon that opens the quote.
     */
    private Optional<CueMatch> unlistedBefore(List<Token> tokens, int floor, int start) {
        if (start - 2 <= floor || !tokens.get(start - 1).isAny(",", ":")) {
            return Optional.empty();
        }
        int verb = tokens.get(start - 2).isAny(SPEECH_PARTICLES) ? start - 3 : start - 2;
        boolean shotBack = verb < start - 2 && tokens.get(verb).is("shot") && tokens.get(start - 2).is("back");
        // "demurred:": the colon is the cue's, as CueFinder reads it after a listed verb
        int last = tokens.get(start - 1).is(":") && tokens.get(start - 1).begin() == tokens.get(start - 2).end() ? start - 1 : start - 2;
        return verb > floor && (looksLikePastTense(tokens.get(verb)) || shotBack)
                && phrases.before(tokens, verb, floor).filter(m -> m.lastToken() == verb - 1).isPresent()
                ? Optional.of(new CueMatch(new Span(tokens.get(verb).begin(), tokens.get(last).end()), CueKind.VERB,
                        tokens.get(verb).lower(), verb, last, false))
                : Optional.empty();
    }

    /**
     * "President Clinton released the following statement:", "Sanders made the following comment:":
     * the verb before "the following" and a noun, whatever it is, introduces the quote; PolNeAR's
     * cue runs from it through the colon.
     */
    private Optional<CueMatch> followingBefore(List<Token> tokens, int floor, int colon) {
        if (colon - 3 >= floor && tokens.get(colon - 2).is("as") && tokens.get(colon - 1).is("follows")) {
            // "Transcript as follows:": no verb; the cue is the phrase, its subject the words before it
            int as = colon - 2;
            return phrases.before(tokens, as, floor).filter(m -> m.lastToken() == as - 1).isPresent()
                    ? Optional.of(new CueMatch(new Span(tokens.get(as).begin(), tokens.get(colon).end()), CueKind.PHRASE, "follow",
                            as, colon, false))
                    : Optional.empty();
        }
        int verb = colon - 4;
        if (verb <= floor || !tokens.get(colon - 3).is("the") || !tokens.get(colon - 2).is("following")
                || !tokens.get(colon - 1).isWord() || tokens.get(colon - 1).isCapitalized()) {
            return Optional.empty();
        }
        Token v = tokens.get(verb);
        boolean verbShaped = looksLikePastTense(v) || SourcePhrases.isPastForm(v); // "released", "made"
        return verbShaped && phrases.before(tokens, verb, floor).filter(m -> m.lastToken() == verb - 1).isPresent()
                ? Optional.of(new CueMatch(new Span(v.begin(), tokens.get(colon).end()), CueKind.VERB, v.lower(), verb, colon,
                        false))
                : Optional.empty();
    }

    /**
     * "Cruz continued:" ending a paragraph, and the quote opening the next: the paragraph above
     * introduces it; PolNeAR's cue runs from the verb to the colon ("released the following statement:").
     */
    private Optional<Proposal> introducedAbove(Analysis analysis, Quote quote, int start) {
        if (analysis.paragraphAt(quote.outer().begin()).begin() != quote.outer().begin()) {
            return Optional.empty();
        }
        return introductionEndingBefore(analysis, start, true).map(intro -> throughColon(analysis, quote, intro.cue(),
                analysis.tokens().get(start - 1), Optional.of(intro.source()), "ends the paragraph before the quote"));
    }

    /**
     * {@code Hewitt writes:¶The movie mentions neither …}: after such a paragraph, one without
     * quote marks is a quotation set off on its own, whole.
     */
    private Optional<Proposal> blockQuote(Analysis analysis, Span paragraph) {
        List<Token> tokens = analysis.tokens();
        int first = analysis.tokenIndexAt(paragraph.begin());
        if (first >= tokens.size() || Clauses.isQuoteMark(tokens.get(first)) || analysis.isInsideQuote(tokens.get(first).begin())) {
            return Optional.empty(); // a quoted paragraph is introducedAbove's
        }
        int last = analysis.tokenIndexAt(paragraph.end()) - 1;
        // "the things that will be talked about today:" introduces a list, not a quotation
        return introductionEndingBefore(analysis, first, false).flatMap(intro -> Clauses.trimmed(tokens, first, last).map(content -> {
            Span cue = intro.cue().span().union(tokens.get(first - 1).span());
            return new Proposal(content, ContentKind.DIRECT, cue, intro.cue().kind(), intro.source().span(), intro.source().kind(),
                    Rule.BLOCK_QUOTE, confidence(intro.cue().strong(), Optional.of(intro.source())) - 0.2,
                    "\"" + cue.coveredText(analysis.text()) + "\" ends the paragraph before, which it introduces", null);
        }));
    }

    /** A speaker and a reporting verb with a colon that ends the paragraph before token {@code start}. */
    private record Introduction(CueMatch cue, Mention source) {
    }

    /**
     * {@code beforeQuote}: a quote's quote marks vouch for it, so the verb may be one no lexicon lists
     * and words may stand between it and the colon ("explained it this way:"); plain text needs a
     * listed verb right before the colon.
     */
    private Optional<Introduction> introductionEndingBefore(Analysis analysis, int start, boolean beforeQuote) {
        List<Token> tokens = analysis.tokens();
        int colon = start - 1;
        if (colon < 1 || !tokens.get(colon).is(":")
                || analysis.paragraphIndexAt(tokens.get(colon).begin()) != analysis.paragraphIndexAt(tokens.get(start).begin()) - 1) {
            return Optional.empty();
        }
        int floor = Clauses.sentenceFirstToken(analysis, tokens.get(colon).begin());
        Optional<CueMatch> cue = Clauses.lastVerbCue(analysis, floor, colon)
                .or(() -> beforeQuote ? unlistedBefore(tokens, floor, start) : Optional.empty())
                .or(() -> beforeQuote ? followingBefore(tokens, floor, colon) : Optional.empty());
        if (cue.isEmpty() || cue.get().lastToken() < colon - 1
                && !(beforeQuote && isColonPhrase(tokens, cue.get().lastToken() + 1, colon))) {
            return Optional.empty();
        }
        CueMatch c = cue.get();
        return subjectOf(analysis, c, floor).map(source -> new Introduction(c, source));
    }

    /**
     * "Sam Lau said in a statement. “There are no paper ballots …”": a sentence that ends with its
     * speech verb, said nothing of its own, and the quote that opens the next sentence is what was said.
     */
    private Optional<Proposal> saidJustBefore(Analysis analysis, Quote quote, int start) {
        List<Token> tokens = analysis.tokens();
        int period = start - 1;
        if (period < 1 || !tokens.get(period).is(".")
                || !analysis.paragraphAt(tokens.get(period).begin()).equals(analysis.paragraphAt(quote.outer().begin()))) {
            return Optional.empty();
        }
        int floor = Clauses.sentenceFirstToken(analysis, tokens.get(period).begin());
        Optional<CueMatch> cue = Clauses.lastVerbCue(analysis, floor, period)
                .filter(c -> c.strong() && SAYING.contains(c.lemma()) && !analysis.isInsideQuote(c.span().begin())
                        && isAdjunct(tokens, c.lastToken() + 1, period))
                // built from all proposals, so asked last, for the rare cue that passed the rest
                .filter(c -> !analysis.cuesInUse().contains(c.span()));
        if (cue.isEmpty()) {
            return Optional.empty();
        }
        CueMatch c = cue.get();
        // the sentence is its speaker, verb and adjunct alone: "…, he said." reports the clause before it
        int opening = Clauses.afterConnective(tokens, floor, period);
        return subjectOf(analysis, c, floor)
                .filter(source -> source.firstToken() == opening || namedBeforeApposition(tokens, opening, source))
                .map(source -> new Proposal(quote.outer(), ContentKind.DIRECT, c.span(), c.kind(), source.span(), source.kind(),
                        Rule.SOURCE_CUE_THEN_QUOTE, confidence(c.strong(), Optional.of(source)) - 0.1,
                        "\"" + c.span().coveredText(analysis.text()) + "\" ends the sentence before the quote", null));
    }

    /** "Sam Lau, the communications director for the party said": a name and a comma, then the source. */
    private boolean namedBeforeApposition(List<Token> tokens, int opening, Mention source) {
        return tokens.get(source.firstToken() - 1).is(",") && phrases.after(tokens, opening, source.firstToken() - 1, false)
                .filter(name -> name.kind() == MentionKind.NAME && name.lastToken() == source.firstToken() - 2).isPresent();
    }

    /** Nothing, or a short adjunct that says where or when: "in a statement", "on Twitter Monday". */
    private static boolean isAdjunct(List<Token> tokens, int from, int end) {
        if (from == end) {
            return true;
        }
        if (end - from > MAX_GAP || !tokens.get(from).isAny(ASIDE_OPENERS) && !Clauses.TIME_WORDS.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int i = from; i < end; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() && !t.is(",") || t.isAny("that", "whether", "if", "how", "why", "what")) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Rubio fired back forcefully: “…”", "Perez lobbies for a higher wage: “…”": the sentence
     * opens with its subject and a verb no lexicon lists, whose few plain words run to the colon
     * before the quote.
     */
    private Optional<Proposal> unlistedThroughColon(Analysis analysis, Quote quote, int floor, int start) {
        List<Token> tokens = analysis.tokens();
        int colon = start - 1;
        Optional<Mention> subject = phrases.openingSubject(tokens, floor, colon);
        int verb = subject.map(m -> m.lastToken() + 1).orElse(colon);
        if (verb >= colon || !looksFinite(tokens.get(verb)) || !isColonPhrase(tokens, verb + 1, colon)) {
            return Optional.empty();
        }
        CueMatch cue = new CueMatch(tokens.get(verb).span(), CueKind.VERB, tokens.get(verb).lower(), verb, verb, false);
        return Optional.of(throughColon(analysis, quote, cue, tokens.get(colon), subject, "introduces the quote"));
    }

    /** A past tense, or a present tense in -s ("affirms", "lobbies"), read from its shape alone. */
    private static boolean looksFinite(Token t) {
        String w = t.lower();
        return looksLikePastTense(t) || SourcePhrases.isIrregularPast(w) || t.isWord() && !t.isCapitalized() && w.length() > 4
                && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /** A quote introduced by its cue and the words up to a colon, which PolNeAR counts into the cue. */
    private static Proposal throughColon(Analysis analysis, Quote quote, CueMatch cue, Token colon, Optional<Mention> source,
            String where) {
        Span cueSpan = cue.span().union(colon.span());
        return new Proposal(quote.outer(), ContentKind.DIRECT, cueSpan, cue.kind(), source.map(Mention::span).orElse(null),
                source.map(Mention::kind).orElse(null), Rule.SOURCE_CUE_THEN_QUOTE, confidence(cue.strong(), source) - 0.05,
                "\"" + cueSpan.coveredText(analysis.text()) + "\" " + where, null);
    }

    /** {@code Said Comey, "…"}: the sentence opens with the verb, its speaker follows, then the quote. */
    private Optional<Proposal> invertedOpening(Analysis analysis, Quote quote, CueMatch cue, int floor, int start) {
        List<Token> tokens = analysis.tokens();
        if (cue.firstToken() != floor || !tokens.get(start - 1).isAny(",", ":")) {
            return Optional.empty();
        }
        return phrases.after(tokens, cue.lastToken() + 1, start - 1, false).filter(m -> m.lastToken() == start - 2)
                .map(s -> new Proposal(quote.outer(), ContentKind.DIRECT, cue.span(), cue.kind(), s.span(), s.kind(),
                        Rule.CUE_THEN_SOURCE_THEN_QUOTE, confidence(cue.strong(), Optional.of(s)),
                        "\"" + cue.span().coveredText(analysis.text()) + "\" and its speaker open the sentence", null));
    }

    /**
     * "Frazier said the amendment was a gesture intended to highlight “the hypocrisy of the
     * Democrats”": a lower-case fragment right after a verb that is not a speech verb is a mixed
     * quote in a clause some other verb reports, not an utterance of its own.
     */
    private static boolean isFragmentOfClause(Analysis analysis, Quote quote, CueMatch cue, int start) {
        List<Token> tokens = analysis.tokens();
        int first = analysis.tokenIndexAt(quote.inner().begin());
        return !cue.strong() && start == cue.lastToken() + 1 && first < tokens.size() && tokens.get(first).isWord()
                && !tokens.get(first).isCapitalized()
                && Clauses.lastVerbCue(analysis, Clauses.sentenceFirstToken(analysis, quote.outer().begin()), cue.firstToken()).isPresent();
    }

    /**
     * The subject of a cue; for a participle ("…, stating, …") the subject of the finite verb
     * before it in the sentence, or the sentence's opening phrase.
     */
    private Optional<Mention> subjectOf(Analysis analysis, CueMatch cue, int floor) {
        List<Token> tokens = analysis.tokens();
        boolean participle = tokens.get(cue.firstToken()).lower().endsWith("ing");
        if (!participle) {
            return phrases.subjectOf(tokens, cue.firstToken(), floor, true,
                    Clauses.firstVerbCue(analysis, floor, cue.firstToken()).isPresent());
        }
        // "Hillary Clinton immediately posted a Twitter comment of her own, saying, “…”": the sentence's subject,
        // after a quote that opens the sentence ("“Promise mama …,” Blige sings to Clinton before asking her")
        int from = Clauses.afterOpeningQuotation(tokens, floor, cue.firstToken());
        Optional<Mention> opening = from < cue.firstToken() ? phrases.openingSubject(tokens, from, cue.firstToken() - 1) : Optional.empty();
        if (opening.isPresent()) {
            return opening;
        }
        Optional<CueMatch> finite = Clauses.lastVerbCue(analysis, floor, cue.firstToken());
        if (finite.isPresent()) {
            Optional<Mention> subject = phrases.before(tokens, finite.get().firstToken(), floor);
            if (subject.isPresent()) {
                return subject;
            }
        }
        // "Here in Columbia, Sanders stepped up his emphasis …, saying, “…”": past an opening adverbial
        Optional<Mention> subject = phrases.sentenceSubject(tokens, cue.firstToken(), floor, false)
                .filter(m -> m.firstToken() > floor && tokens.get(m.firstToken() - 1).is(","));
        if (subject.isPresent()) {
            return subject;
        }
        int first = floor;
        while (first < cue.firstToken() && !phrases.isNominal(tokens.get(first))) {
            first++;
        }
        return phrases.after(tokens, first, cue.firstToken());
    }

    /**
     * Between cue and quote only punctuation, or a short aside that opens with a preposition and
     * ends in a comma or colon ("wrote on Telegram, “…”"); never a clause.
     */
    private static boolean gapIsIntroduction(List<Token> tokens, int from, int quoteStart) {
        if (quoteStart == from) {
            return true;
        }
        // "said in a recent issue of Foreign Policy magazine: ''…''": a colon lets a longer adjunct stand between
        int maxGap = tokens.get(quoteStart - 1).is(":") ? MAX_GAP_BEFORE_COLON : MAX_GAP;
        if (quoteStart - from > maxGap || !tokens.get(quoteStart - 1).isAny(",", ":")) {
            return false;
        }
        // an adverb may come first: "responded pointedly, with a smile: “…”"
        int start = from;
        while (start < quoteStart - 1 && isAdverb(tokens.get(start))) {
            start++;
        }
        // "responded pointedly, with a smile: “…”": the adverb may be the cue's already
        if (start < quoteStart - 1 && tokens.get(start).is(",")) {
            start++;
        }
        boolean words = false;
        for (int i = start; i < quoteStart - 1; i++) {
            boolean abbreviation = i > start && SourcePhrases.isAbbreviationPeriod(tokens, i);
            if (tokens.get(i).isAny("that", "whether", "if", "how", "why", "what", "when", ".", "!", "?") && !abbreviation) {
                return false; // "said of Mr. Rubio: “…”": the period of "Mr." ends nothing
            }
            words |= tokens.get(i).isWord();
        }
        // "had written just a few years earlier, ''…''", "said two days ago, “…”": a time
        Token last = tokens.get(quoteStart - 2);
        return !words || tokens.get(start).isAny(ASIDE_OPENERS) || Clauses.TIME_WORDS.contains(last.lower()) || last.is("ago");
    }

    /**
     * "told the Associated Press (AP), “…”": a verb of telling, whom it told, and a comma or
     * colon before the quote.
     */
    private static boolean toldWhom(List<Token> tokens, CueMatch cue, int quoteStart) {
        int from = cue.lastToken() + 1;
        if (!TELLING.contains(cue.lemma()) || quoteStart - from > MAX_TOLD || quoteStart - 1 <= from
                || !tokens.get(quoteStart - 1).isAny(",", ":")) {
            return false;
        }
        for (int i = from; i < quoteStart - 1; i++) {
            if (tokens.get(i).isAny("that", "whether", "if", "how", "why", "what", "when", ".", "!", "?", ",", ";")) {
                return false;
            }
        }
        return true;
    }

    /** Verbs that take whom they tell: "told the crowd", "asked reporters". */
    private static final java.util.Set<String> TELLING = java.util.Set.of("tell", "ask", "inform", "assure", "remind",
            "warn", "urge");
    private static final int MAX_TOLD = 10;

    /** A few plain words between a verb and the colon before its quote: "explained it this way", "added a caveat". */
    private static boolean isColonPhrase(List<Token> tokens, int from, int colon) {
        if (colon - from > MAX_GAP) {
            return false;
        }
        for (int i = from; i < colon; i++) {
            if (!tokens.get(i).isWord() || tokens.get(i).isAny("that", "whether", "if", "how", "why", "what", "when")) {
                return false;
            }
        }
        return true;
    }

    private static final String[] ASIDE_OPENERS = {"on", "in", "at", "to", "during", "via", "through", "from", "with",
        "after", "before", "while", "when", "as", "last", "this", "earlier", "later", "today", "yesterday", "of", "about"};

    private static final int MAX_MODIFIED_SUBJECT = 8;
    private static final int MAX_APPOSITION = 24;
    private static final int MAX_MODIFIERS = 3;

    private boolean modifiers(List<Token> tokens, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!phrases.isPlainModifier(tokens.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAdverb(Token t) {
        return t.isAny("also", "then", "later", "recently", "once", "again", "further", "previously", "has", "had",
                "have") || (t.lower().endsWith("ly") && !t.isCapitalized());
    }

    private static Proposal direct(Quote quote, CueMatch cue, Mention source, Rule rule, String evidence) {
        return new Proposal(quote.outer(), ContentKind.DIRECT, cue.span(), cue.kind(), source.span(), source.kind(),
                rule, confidence(cue.strong(), Optional.of(source)), evidence, null);
    }

    static double confidence(boolean strongCue, Optional<Mention> source) {
        double c = strongCue ? 0.95 : 0.8;
        if (source.isEmpty()) {
            return c - 0.25;
        }
        return source.get().kind() == MentionKind.NAME ? c : c - 0.05;
    }
}
