package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Span;

/** Token-range helpers the linking stages share: sentence bounds, trimming, cue lookup. */
final class Clauses {

    /** Words after which a clause ends even inside a sentence, when a comma comes before them. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("but", "while", "which", "who", "whom", "although",
            "though", "because", "according", "whereas", "as", "saying", "adding", "citing", "noting", "and",
            "telling", "arguing", "claiming", "insisting", "warning", "calling", "accusing", "describing", "suggesting",
            "explaining", "asking", "praising", "criticizing", "referring", "pointing", "declaring", "stressing",
            "acknowledging", "vowing", "urging", "promising", "writing", "tweeting", "questioning", "blaming");

    /**
     * Participles after a comma that give the writer's comment on what was said or done, not the
     * speaker's words: "…, drawing a sharp reply from Khan", "…, meaning that …" (PolNeAR train:
     * the content ends before them 31 times, goes on 10).
     */
    private static final Set<String> COMMENT_PARTICIPLES = Set.of("drawing", "reflecting", "meaning", "putting",
            "throwing", "surpassing", "forcing", "prompting", "sparking", "triggering", "sending", "raising");

    /** The last token before a comma and a {@linkplain #COMMENT_PARTICIPLES comment participle} outside quotes, or {@code last}. */
    static int beforeCommentParticiple(Analysis analysis, int k, int last) {
        List<Token> tokens = analysis.tokens();
        for (int i = k + 1; i < last; i++) {
            if (tokens.get(i).is(",") && COMMENT_PARTICIPLES.contains(tokens.get(i + 1).lower())
                    && !analysis.isInsideQuote(tokens.get(i).begin())) {
                return i - 1;
            }
        }
        return last;
    }

    /** Words that open a subordinate clause before the sentence's main one. */
    static final Set<String> SUBORDINATORS = Set.of("after", "as", "when", "while", "before", "since",
            "although", "though", "if", "because", "once", "until", "whereas", "whenever", "unless");

    /** Adverbs that may come before a subordinator: "ever since", "even as", "shortly after". */
    private static final Set<String> SUBORDINATOR_LEADS = Set.of("ever", "even", "just", "only", "shortly", "soon",
            "long", "right", "well");

    private Clauses() {
    }

    /** Index of the first token of the sentence holding {@code offset}. */
    static int sentenceFirstToken(Analysis analysis, int offset) {
        return analysis.sentenceFirstToken(offset);
    }

    /** Index one past the last token of the sentence holding {@code offset}. */
    static int sentenceEndToken(Analysis analysis, int offset) {
        return analysis.sentenceEndToken(offset);
    }

    /**
     * The token after the "(" that opens a parenthesis around token {@code at}, looking back no
     * further than {@code floor}, or {@code floor} when none does: "Iowa (93 percent were white,
     * according to exit polls), Ohio …" reports what stands inside.
     */
    static int parenthesisFirstToken(List<Token> tokens, int floor, int at) {
        for (int i = at - 1; i >= floor; i--) {
            if (tokens.get(i).is(")")) {
                return floor;
            }
            if (tokens.get(i).is("(")) {
                return i + 1;
            }
        }
        return floor;
    }

    /** The index of the ")" that closes a parenthesis opened before token {@code at}, or {@code ceiling}. */
    static int parenthesisEndToken(List<Token> tokens, int at, int ceiling) {
        for (int i = at + 1; i < ceiling; i++) {
            if (tokens.get(i).is("(")) {
                return ceiling;
            }
            if (tokens.get(i).is(")")) {
                return i;
            }
        }
        return ceiling;
    }

    /**
     * The span from token {@code first} to token {@code last} (inclusive), without sentence-final
     * punctuation or a dangling comma at the end; empty if nothing with a word is left.
     */
    static Optional<Span> trimmed(List<Token> tokens, int first, int last) {
        while (last >= first && isTrailingPunctuation(tokens.get(last))) {
            last--;
        }
        while (first <= last && tokens.get(first).isAny(",", ":", ";", "\u2014", "\u2013", "-")) {
            first++;
        }
        for (int i = first; i <= last; i++) {
            if (tokens.get(i).isWord()) {
                return Optional.of(new Span(tokens.get(first).begin(), tokens.get(last).end()));
            }
        }
        return Optional.empty();
    }

    /**
     * {@code p} as it may be added: itself when its content is free; when a content proposed
     * before lies in its tail ("DeSantis said he has supported legislation …, which he called
     * “a cartel …”"), the part before the last clause break ahead of it; else nothing.
     */
    static Optional<Proposal> fitted(Analysis analysis, Proposal p, int minWords) {
        if (!analysis.isClaimed(p.content())) {
            return Optional.of(p);
        }
        if (p.fragments().size() != 1) {
            return Optional.empty();
        }
        java.util.OptionalInt taken = analysis.claimedTailBegin(p.content());
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        List<Token> tokens = analysis.tokens();
        int first = analysis.tokenIndexAt(p.content().begin());
        for (int i = analysis.tokenIndexAt(taken.getAsInt()) - 1; i > first; i--) {
            // "called on Republicans to unendorse Trump after the mogul claimed that …": a subordinate clause
            // or a coordinated one breaks too
            boolean joins = (SUBORDINATORS.contains(tokens.get(i).lower()) || tokens.get(i).isAny("and", "but"))
                    && !tokens.get(i).isCapitalized();
            // "said he was too busy to look for evidence: “I have a lot going on,” he wrote": a colon too,
            // unless a cue ends at it ("…, to which O'Malley interjected: “…”" breaks at the comma)
            int at = i;
            boolean colon = tokens.get(i).is(":")
                    && analysis.cues().stream().noneMatch(c -> c.lastToken() == at || c.lastToken() == at - 1);
            if (tokens.get(i).isAny(",", ";") || colon || isDash(tokens, i) || joins) {
                if (wordCount(tokens, first, i - 1) < minWords) {
                    return Optional.empty();
                }
                return trimmed(tokens, first, i - 1).map(c -> new Proposal(c, p.kind(), p.cue(), p.cueKind(), p.source(),
                        p.mentionKind(), p.rule(), p.confidence(), p.evidence() + "; it ends where a statement attributed on its own begins",
                        p.inheritsSpeakerFrom()));
            }
        }
        return Optional.empty();
    }

    /**
     * Past a connective that opens the sentence ("But", "And", "Still,"): it ties the sentence to
     * the one before, in the writer's voice, and PolNeAR leaves it out of what was said.
     */
    static int afterConnective(List<Token> tokens, int first, int last) {
        int i = first;
        if (i < last && tokens.get(i).isAny(CONNECTIVES)) {
            i++;
            if (i < last && tokens.get(i).is(",")) {
                i++;
            }
        }
        return i;
    }

    private static final String[] CONNECTIVES = {"but", "and", "yet", "still", "so", "however", "meanwhile"};

    /** The first word token from {@code first} on, or {@code end} when there is none before it. */
    static int firstWord(List<Token> tokens, int first, int end) {
        int i = first;
        while (i < end && !tokens.get(i).isWord()) {
            i++;
        }
        return i;
    }

    static int wordCount(List<Token> tokens, int first, int last) {
        int n = 0;
        for (int i = first; i <= last; i++) {
            if (tokens.get(i).isWord()) {
                n++;
            }
        }
        return n;
    }

    static Optional<CueMatch> cueStartingAt(Analysis analysis, int token) {
        List<CueMatch> cues = analysis.cues();
        int at = firstCueFrom(cues, token);
        return at < cues.size() && cues.get(at).firstToken() == token ? Optional.of(cues.get(at)) : Optional.empty();
    }

    /** The first verb cue at or after {@code from} and before {@code to}. */
    static Optional<CueMatch> firstVerbCue(Analysis analysis, int from, int to) {
        List<CueMatch> cues = analysis.cues();
        for (int i = firstCueFrom(cues, from); i < cues.size() && cues.get(i).firstToken() < to; i++) {
            if (cues.get(i).kind() == CueKind.VERB) {
                return Optional.of(cues.get(i));
            }
        }
        return Optional.empty();
    }

    /** The first cue at or after {@code from} and before {@code to} that {@code used} holds: one a proposal took. */
    static Optional<CueMatch> firstUsedCue(Analysis analysis, java.util.Set<Span> used, int from, int to) {
        List<CueMatch> cues = analysis.cues();
        for (int i = firstCueFrom(cues, from); i < cues.size() && cues.get(i).firstToken() < to; i++) {
            if (used.contains(cues.get(i).span())) {
                return Optional.of(cues.get(i));
            }
        }
        return Optional.empty();
    }

    /** The last verb cue before {@code to} and at or after {@code from}. */
    static Optional<CueMatch> lastVerbCue(Analysis analysis, int from, int to) {
        List<CueMatch> cues = analysis.cues();
        for (int i = firstCueFrom(cues, to) - 1; i >= 0 && cues.get(i).firstToken() >= from; i--) {
            if (cues.get(i).kind() == CueKind.VERB) {
                return Optional.of(cues.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * "“Every time you say that,” Tester said, referring to the excuse, “you give ammunition …”": a
     * quote that goes on in lower case after a comma, when a quote broke off at a comma earlier in
     * the sentence, is that quote's rest, not the participle's object; a that-clause may still take
     * it in ("noting that he and his wife “have regularly talked …”"). The exclusive end before that
     * comma, else {@code end}.
     */
    static int beforeQuoteGoingOn(Analysis analysis, int floor, int k, int end) {
        List<Token> tokens = analysis.tokens();
        if (tokens.get(k).is("that") || !quoteBrokeOffAtComma(tokens, floor, k)) {
            return end;
        }
        for (int i = k + 1; i + 2 < end; i++) {
            Token next = tokens.get(i + 2);
            if (tokens.get(i).is(",") && isQuoteMark(tokens.get(i + 1)) && analysis.isInsideQuote(next.begin())
                    && next.isWord() && Character.isLowerCase(next.text().charAt(0))) {
                return i;
            }
        }
        return end;
    }

    private static boolean quoteBrokeOffAtComma(List<Token> tokens, int floor, int k) {
        for (int i = floor + 1; i < k; i++) {
            if (isQuoteMark(tokens.get(i)) && tokens.get(i - 1).is(",")) {
                return true;
            }
        }
        return false;
    }

    /** Cues are in token order: the index of the first one starting at or after {@code token}. */
    private static int firstCueFrom(List<CueMatch> cues, int token) {
        int lo = 0;
        int hi = cues.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cues.get(mid).firstToken() < token) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static boolean isTrailingPunctuation(Token t) {
        return t.isAny(".", ",", ";", ":", "!", "?", "\u2026", "\u2014", "\u2013", "-");
    }

    static boolean isQuoteMark(Token t) {
        return t.text().length() == 1 && QuoteMarks.isQuoteMark(t.text().charAt(0));
    }

    /**
     * "“Everything is on the table,” Carson told the AP after hinting …": the first token after a
     * quoted sentence (its last word followed by a comma or a full stop) that opens the stretch at
     * {@code first}, and past the commas and dashes after it; {@code first} when none opens it.
     */
    static int afterOpeningQuotation(List<Token> tokens, int first, int end) {
        if (first >= end || !isDoubleMark(tokens.get(first), QuoteMarks.Facing.CLOSING)) {
            return first;
        }
        for (int close = first + 1; close < end; close++) {
            if (isDoubleMark(tokens.get(close), QuoteMarks.Facing.OPENING)) {
                if (!tokens.get(close - 1).isAny(",", ".", "?", "!")) {
                    return first;
                }
                int after = close + 1;
                while (after < end && (tokens.get(after).is(",") || isDash(tokens, after))) {
                    after++;
                }
                return after;
            }
        }
        return first;
    }

    /** A double quote mark that does not face {@code unlike}. */
    private static boolean isDoubleMark(Token t, QuoteMarks.Facing unlike) {
        if (t.text().length() != 1) {
            return false;
        }
        char c = t.text().charAt(0);
        return QuoteMarks.family(c) == QuoteMarks.Family.DOUBLE && QuoteMarks.facing(c) != unlike;
    }

    /**
     * A quote mark that may open or close a quotation: not the apostrophe of a plural possessive
     * closing its word ("terrorists' communications", "Davis' commentary").
     */
    static boolean isQuotation(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean possessive = t.isAny("'", "\u2019") && i > 0 && tokens.get(i - 1).isWord()
                && tokens.get(i - 1).end() == t.begin() && tokens.get(i - 1).lower().endsWith("s")
                && i + 1 < tokens.size() && tokens.get(i + 1).isWord() && tokens.get(i + 1).begin() > t.end();
        return isQuoteMark(t) && !possessive;
    }

    /**
     * The last token of the clause from {@code k}: before a semicolon, a dash, or a comma and a
     * clause opener, none of them inside a quotation the clause opens ("called him “a real smart
     * guy, and a friend”").
     */
    static int clauseEnd(Analysis analysis, int k, int ceiling) {
        List<Token> tokens = analysis.tokens();
        boolean listed = false;
        boolean startsQuoted = k < ceiling && analysis.isInsideQuote(tokens.get(k).begin());
        for (int i = k; i < ceiling; i++) {
            Token t = tokens.get(i);
            if (!startsQuoted && analysis.isInsideQuote(t.begin())) {
                continue;
            }
            // "that Mrs. Clinton, who has had a similar emphasis, did better": the subject's aside stays in
            boolean opensAside = isDash(tokens, i) || t.is(",") && i + 1 < ceiling && tokens.get(i + 1).isAny("who", "which");
            int asideEnd = opensAside ? asideInSubject(tokens, k, i, ceiling - 1) : -1;
            if (asideEnd > i) {
                i = asideEnd;
                continue;
            }
            if (t.is(";") || isDash(tokens, i)) {
                return i - 1; // "… than Mr. Trump - 60 percent of voters said so": a spaced hyphen is a dash too
            }
            // "expand Social Security, and enable debt-free college": after an earlier comma, ", and" closes a list
            boolean listEnds = listed && i + 1 < ceiling && tokens.get(i + 1).isAny("and", "or")
                    || i + 1 < ceiling && secondOfPair(tokens, k, i + 1, ceiling);
            boolean breaks = i + 1 < ceiling && (CLAUSE_BREAKS.contains(tokens.get(i + 1).lower())
                    || COMMENT_PARTICIPLES.contains(tokens.get(i + 1).lower()));
            if (t.is(",") && breaks && !listEnds) {
                return i - 1;
            }
            // "called it ''a disgrace,'' blaming Bloomberg": the comma inside the closing quote mark breaks too
            if (isQuoteMark(t) && i > k && tokens.get(i - 1).is(",") && analysis.isInsideQuote(tokens.get(i - 1).begin())
                    && breaks && !listEnds) {
                return i;
            }
            listed |= t.is(",");
        }
        return throughOpenQuote(analysis, k, ceiling - 1, ceiling);
    }

    /** A semicolon ends what was reported: what follows it is the writer's next clause. */
    static int beforeSemicolon(List<Token> tokens, int k, int last) {
        for (int i = k; i <= last; i++) {
            if (tokens.get(i).is(";") && !isQuoteMark(tokens.get(k))) {
                return i - 1;
            }
        }
        return last;
    }

    private static final int MAX_ASIDE_SUBJECT = 5;

    /**
     * "said the decision, which struck down restrictions …, illustrates …", "that Mr. Sanders - an
     * independent - would push …": an aside after the clause's own short subject, closed before
     * that subject's verb, is inside the clause. Returns the comma or dash that closes the aside, or
     * -1 when the aside at {@code opening} (a comma or a dash) is not such a one.
     */
    static int asideInSubject(List<Token> tokens, int k, int opening, int last) {
        boolean dashed = isDash(tokens, opening);
        // "that San Francisco Supervisor Jane Kim, who …,", "is pleased that Pagliano, who …,": the subject
        // follows the innermost clause opener
        int subject = k;
        for (int j = opening - 1; j >= k && opening - j <= MAX_ASIDE_SUBJECT + 1; j--) {
            if (tokens.get(j).isAny("that", "whether", "if")) {
                subject = j + 1;
                break;
            }
        }
        if (opening <= subject || wordCount(tokens, subject, opening - 1) > MAX_ASIDE_SUBJECT) {
            return -1;
        }
        for (int j = opening + 2; j < last; j++) {
            if (tokens.get(j).isAny(";", ":") || isDash(tokens, j) && !dashed) {
                return -1;
            }
            if (dashed ? isDash(tokens, j) : tokens.get(j).is(",")) {
                // "who has outraised every other candidate, still faces …": an adverb may come before the verb
                int verb = j + 2 <= last && isVerbAdverb(tokens.get(j + 1)) ? j + 2 : j + 1;
                // "…, “is a civil rights attorney …”": the verb may open a quotation
                verb = verb + 1 <= last && isQuoteMark(tokens.get(verb)) ? verb + 1 : verb;
                return isFiniteVerb(tokens.get(verb)) ? j : -1;
            }
        }
        return -1;
    }

    /** Whether an "as" stands within {@code maxDistance} tokens before {@code at}, in the same clause run: "As X put it". */
    static boolean asShortlyBefore(List<Token> tokens, int at, int floor, int maxDistance) {
        for (int i = at - 1; i >= floor && at - i <= maxDistance && !tokens.get(i).isAny(";", "!", "?"); i--) {
            if (tokens.get(i).is("as")) {
                return true;
            }
        }
        return false;
    }

    /** "he is often asked": a form of "be" in the cue before the verb makes it passive. */
    static boolean isPassive(List<Token> tokens, CueMatch cue) {
        for (int i = cue.firstToken(); i < cue.lastToken(); i++) {
            if (BE_FORMS.contains(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "still", "also", "later", "sharply": an adverb that may stand beside a verb. */
    static boolean isVerbAdverb(Token t) {
        return t.isAny("still", "also", "now", "then", "never", "already", "just", "only", "really", "later")
                || !t.isCapitalized() && t.lower().length() > 4 && t.lower().endsWith("ly");
    }

    /** "illustrates", "remained", "will": a word that may only be the verb a subject waits for. */
    static boolean isFiniteVerb(Token t) {
        String w = t.lower();
        return t.isWord() && !t.isCapitalized() && (FINITE_AUXILIARIES.contains(w)
                || w.length() > 4 && (w.endsWith("ed") || w.endsWith("es") || w.endsWith("ts")));
    }

    /**
     * "can win not only the nomination, but also the general election": the "but also" that
     * answers a "not only" earlier in the clause completes it.
     */
    static boolean secondOfPair(List<Token> tokens, int k, int but, int ceiling) {
        if (!tokens.get(but).is("but") || but + 1 >= ceiling || !tokens.get(but + 1).is("also")) {
            return false;
        }
        for (int i = k; i + 1 < but; i++) {
            if (tokens.get(i).is("not") && tokens.get(i + 1).is("only")) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code said “we don’t need a policy wonk as president. We need a leader.”}: a clause that
     * runs to its sentence's end inside a quotation it opened goes on to where the quotation closes,
     * in the same paragraph; the sentence splitter ended the sentence, not the speaker.
     */
    static int throughOpenQuote(Analysis analysis, int first, int last, int ceiling) {
        List<Token> tokens = analysis.tokens();
        if (last < first || last + 2 < ceiling) {
            return last;
        }
        int sentenceLast = Math.min(ceiling, tokens.size()) - 1;
        int lastEnd = tokens.get(sentenceLast).end();
        int lastWord = sentenceLast;
        while (lastWord > first && !tokens.get(lastWord).isWord()) {
            lastWord--;
        }
        List<Quote> quotes = analysis.quotes();
        Span paragraph = analysis.paragraphAt(tokens.get(first).begin());
        // the quotation opens before the clause's last word: a mark after it opens the next sentence's
        for (int q = analysis.quoteIndexAt(tokens.get(first).begin()); q < quotes.size()
                && quotes.get(q).outer().begin() < tokens.get(lastWord).begin(); q++) {
            Quote quote = quotes.get(q);
            if (!quote.isNested() && quote.closed() && quote.outer().end() > lastEnd
                    && quote.outer().end() <= paragraph.end()) {
                return analysis.tokenIndexAt(quote.outer().end()) - 1;
            }
        }
        return last;
    }

    /** The personal pronouns that can only be a subject: after them a verb follows. */
    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i");

    /** The forms of "be" that make a participle after them passive: "is described as", "was asked". */
    static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being");

    /** A month's name or a year: "June", "2015". */
    static boolean isDate(Token t) {
        String text = t.text();
        return MONTHS.contains(t.lower()) && t.isCapitalized()
                || text.length() == 4 && text.chars().allMatch(Character::isDigit) && (text.startsWith("19") || text.startsWith("20"));
    }

    /**
     * Predicates that govern an infinitive and that PolNeAR's cue runs through: "was quick to point
     * out", "is trying to show", "is likely to be decided" (train).
     */
    static final Set<String> RAISING_PREDICATES = Set.of("quick", "likely", "unlikely", "ready", "reluctant", "eager",
            "try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "seem", "seems",
            "seemed", "appear", "appears", "appeared", "begin", "begins", "began", "begun", "has", "have", "had",
            "expected", "going", "set", "poised", "certain", "sure", "about", "need", "needs", "ought", "bound", "due",
            "continue", "continues", "continued", "continuing");

    /**
     * Verbs that report a clause after "that" but, before a determiner, mostly take a thing as
     * object ("maintained a lead"); "answer the question" is marked as often as not (train).
     */
    private static final Set<String> OBJECT_FIRST_VERBS = Set.of("maintain");
    private static final String[] OBJECT_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "our", "my", "your",
            "this", "these", "those", "any", "many", "some"};

    /** "spoke about", "talked with": verbs of speaking that take no clause of what was said. */
    private static final Set<String> NO_CLAUSE_VERBS = Set.of("speak", "talk");

    static boolean takesNoClause(String lemma) {
        return NO_CLAUSE_VERBS.contains(lemma);
    }

    /** "Sanders maintained his double-digit lead": the verb keeps a thing, it reports no words. */
    static boolean takesAThing(List<Token> tokens, CueMatch cue, int ceiling) {
        return OBJECT_FIRST_VERBS.contains(cue.lemma()) && cue.lastToken() + 1 < ceiling
                && tokens.get(cue.lastToken() + 1).isAny(OBJECT_DETERMINERS);
    }

    /** The auxiliaries and modals that make a clause finite: after a subject they open its verb. */
    static final Set<String> FINITE_AUXILIARIES = Set.of("is", "was", "are", "were", "will", "would", "has", "have", "had",
            "can", "could", "may", "might", "should", "must", "does", "did");

    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night", "week",
            "weekend", "month", "year", "earlier", "later");

    /** Months, not weekdays: "a June report" names a report, "the groups who wrote on Thursday say" a verb. */
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    /** Past the time words right after a verb: "said Tuesday", "promised on Monday night", "vowed last week". */
    static int afterTimeWords(List<Token> tokens, int k, int ceiling) {
        int i = k;
        // "reported just today", "said only yesterday"
        if (i + 1 < ceiling && tokens.get(i).isAny("on", "last", "this", "late", "early", "just", "only")
                && TIME_WORDS.contains(tokens.get(i + 1).lower())) {
            i++;
        }
        while (i < ceiling && i - k < 4 && TIME_WORDS.contains(tokens.get(i).lower())) {
            i++;
        }
        return i;
    }

    /**
     * "endorsed Donald Trump in 2015", "criticized the deal in an interview with CNN": a closing
     * "in" with the medium it was said in, or (with {@code times}) a year or a month, tells when or
     * where it was said, not what. The token before that "in", or {@code end}.
     */
    static int beforeWhenOrWhere(Lexicons lexicons, List<Token> tokens, int start, int end, boolean times) {
        for (int i = end - 1; i > start; i--) {
            if (!tokens.get(i).is("in")) {
                continue;
            }
            Token next = tokens.get(i + 1);
            boolean year = next.text().length() == 4 && next.text().chars().allMatch(Character::isDigit) && i + 1 == end;
            boolean month = MONTHS.contains(next.lower()) && next.isCapitalized() && i + 2 >= end;
            boolean medium = false;
            if (next.isAny("a", "an")) {
                for (int m = i + 2; m <= Math.min(end, i + 4); m++) {
                    medium |= lexicons.isStatementMedium(tokens.get(m).lower());
                }
            }
            return medium || times && (year || month) ? i - 1 : end; // only the last "in" may close what was said
        }
        return end;
    }

    /** A dash between clauses: "—", "–", "--", or a hyphen with a space beside it, not the one in "U.S.-Mexico". */
    static boolean isDash(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isAny("\u2014", "\u2013", "--")) {
            return true;
        }
        return t.is("-") && (i == 0 || tokens.get(i - 1).end() < t.begin() || i + 1 == tokens.size()
                || t.end() < tokens.get(i + 1).begin());
    }

    /** Whether a comma stands right before token {@code i}, or before the closing quote mark there: "on “Morning Joe,” calling …". */
    static boolean followsComma(List<Token> tokens, int i, int floor) {
        return i > floor && tokens.get(i - 1).is(",")
                || i - 1 > floor && isQuoteMark(tokens.get(i - 1)) && tokens.get(i - 2).is(",");
    }

    /**
     * "Sanders, who had said he would debate the front-runner, criticized Clinton": when the source
     * is a relative pronoun after a comma, what it says ends at the comma that closes its clause.
     */
    static int withinRelativeClause(List<Token> tokens, Mention source, int from, int end) {
        if (isSetOffRelative(tokens, source)) {
            return beforeComma(tokens, from, end);
        }
        // "Trump - who previously said he would … - said at a rally …": a clause set off by dashes ends at the second
        boolean dashed = isLoneRelative(tokens, source) && isDash(tokens, source.firstToken() - 1);
        for (int i = from; dashed && i <= end; i++) {
            if (isDash(tokens, i)) {
                return i - 1;
            }
        }
        return end;
    }

    /**
     * "The challenger who wants to unseat Rep. Wasserman Schultz is reaping …": when the source is
     * a relative pronoun inside the sentence's subject, what it says ends before the main verb, an
     * auxiliary right after a noun.
     */
    static int beforeMainAuxiliary(Analysis analysis, Mention source, int from, int end) {
        List<Token> tokens = analysis.tokens();
        if (!isRestrictiveRelative(tokens, source) || tokens.get(source.firstToken() - 1).is("that")) {
            return end;
        }
        for (int i = from + 1; i <= end; i++) {
            Token before = tokens.get(i - 1);
            if (FINITE_AUXILIARIES.contains(tokens.get(i).lower()) && before.isWord() && !analysis.isInsideQuote(tokens.get(i).begin())
                    && !SUBJECT_PRONOUNS.contains(before.lower()) && !before.isAny("it", "that", "who", "which", "there", "what",
                            "this", "not", "also", "and", "or", "but", "you")
                    && !before.lower().endsWith("ly")) {
                return i - 1;
            }
        }
        return end;
    }

    /** A source that is a relative pronoun after a comma: ", who", ", which". */
    static boolean isSetOffRelative(List<Token> tokens, Mention source) {
        return isLoneRelative(tokens, source) && tokens.get(source.firstToken() - 1).is(",");
    }

    /** A source that is "who" or "which" alone, with something before it. */
    private static boolean isLoneRelative(List<Token> tokens, Mention source) {
        return source.firstToken() == source.lastToken() && source.firstToken() > 0
                && tokens.get(source.firstToken()).isAny("who", "which");
    }

    /** A source that is "who" or "that" right after a word: "the challenger who wants …", "a group that says …". */
    static boolean isRestrictiveRelative(List<Token> tokens, Mention source) {
        int relative = source.firstToken();
        return source.lastToken() == relative && relative > 0 && tokens.get(relative).isAny("who", "that")
                && tokens.get(relative - 1).isWord();
    }

    /** The last token before the first comma from {@code from}, or {@code end} when none comes first. */
    static int beforeComma(List<Token> tokens, int from, int end) {
        for (int i = from; i <= end; i++) {
            if (tokens.get(i).is(",")) {
                return i - 1;
            }
        }
        return end;
    }

    /**
     * "While liberals dismissed him as a Hollywood actor, the truth was …": a cue inside the
     * subordinate clause a sentence opens with reports no further than the comma that closes it.
     */
    static int withinOpeningClause(List<Token> tokens, int floor, int cue, int k, int last) {
        int first = firstWord(tokens, floor, cue);
        // "… through the gathering: As he welcomed the guests, Scott …": a colon opens a clause too
        for (int i = cue - 1; i > first; i--) {
            if (tokens.get(i).is(":")) {
                first = firstWord(tokens, i + 1, cue);
                break;
            }
        }
        first = afterConnective(tokens, first, cue); // "But just as Trump's swoon had Republicans wondering …, Clinton …"
        // "…, and while he said he’d hold a hearing, it’s unlikely …": a subordinate clause after a comma and a conjunction
        int comma = cue - 1;
        while (comma > first && !tokens.get(comma).is(",")) {
            comma--;
        }
        if (comma > first && comma + 2 < cue && tokens.get(comma + 1).isAny("and", "but")
                && SUBORDINATORS.contains(tokens.get(comma + 2).lower())) {
            first = comma + 2;
        }
        // "Ever since Sanders announced his candidacy, he's said …", "Shortly after …": an adverb may lead in
        if (first + 1 < cue && SUBORDINATOR_LEADS.contains(tokens.get(first).lower())
                && SUBORDINATORS.contains(tokens.get(first + 1).lower())) {
            first++;
        }
        if (first >= cue || !SUBORDINATORS.contains(tokens.get(first).lower())) {
            return last;
        }
        for (int i = first; i < cue; i++) {
            if (tokens.get(i).is(",")) {
                return last; // the opening clause closed before the cue
            }
        }
        for (int i = k + 1; i < last; i++) {
            if (tokens.get(i).is(",")) {
                // "claimed that “General Petraeus got in trouble for far less,” one of …": the closing mark stays
                return isQuoteMark(tokens.get(i + 1)) ? i + 1 : i - 1;
            }
        }
        return last;
    }
}
