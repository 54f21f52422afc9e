package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Span;

/**
 * Finds the noun phrase that names a source: the subject before a cue ("the expert said"), the
 * phrase after an inverted cue ("said Luke Harding, analyst at Guardianspeak") or after
 * "according to". Without part-of-speech tags it accepts capitalised words, pronouns, and the
 * lexicons' titles, role nouns and quantifiers, joined by a few function words.
 */
final class SourcePhrases {

    private static final int MAX_PHRASE = 14;
    private static final int MAX_PARENTHETICAL = 6;
    private static final Set<String> SKIPPED_BEFORE_CUE = Set.of("also", "has", "have", "had", "was", "were", "is",
            "are", "will", "would", "then", "once", "again", "just", "already", "still", "never", "often", "did", "does",
            "do", "not", "can", "could", "may", "might", "should", "must", "first", "later", "further", "recently",
            "previously", "reportedly", "repeatedly", "publicly", "separately", "earlier", "even", "been",
            "specifically", "explicitly", "directly", "openly", "finally", "simply", "clearly", "immediately", "being",
            "both", "all", "sometimes", "always", "now", "long", "usually");
    private static final Set<String> JOINERS = Set.of("of", "and", "the", "for", "at", "de", "van", "von", "al", "bin",
            "la", "le", "du", "der", "da", "-", "\u2014", "\u2013", "&", ".", "'s", "\u2019s", "'", "\u2019", "/");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "van", "von", "al", "bin", "la", "le", "du", "der", "da");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "those", "his",
            "her", "their", "its", "our", "both", "all", "each", "every", "another", "neither", "either");
    private static final Set<String> PREPOSITIONS_OPENING_ASIDE = Set.of("in", "on", "at", "during", "for", "after",
            "before", "while", "when", "from", "with", "as", "speaking", "writing", "according", "via", "through",
            "citing", "referring", "commenting", "asked", "last", "this", "earlier", "later", "by", "however",
            "meanwhile", "too", "though", "likewise", "similarly", "instead", "again", "also", "like", "despite", "amid",
            "unlike", "although", "because", "since", "until", "without", "following", "throughout", "upon");
    /** Words that are capitalised only because they open a sentence. */
    private static final Set<String> FUNCTION_WORDS = Set.of("however", "meanwhile", "ever", "but", "and", "or", "in", "on",
            "at", "it", "if", "when", "while", "although", "though", "since", "as", "after", "before", "yet", "so",
            "also", "still", "then", "now", "thus", "moreover", "furthermore", "according", "of", "to", "for", "with",
            "by", "from", "there", "here", "what", "why", "how", "where", "who", "which", "not", "no", "yes", "we",
            "i", "you", "he", "she", "they", "is", "was", "are", "were", "be", "will", "would", "can", "could",
            "may", "might", "should", "must", "do", "does", "did", "has", "have", "had", "recall", "instead",
            "indeed", "perhaps", "finally", "first", "second", "last", "next", "currently", "today", "yesterday",
            "earlier", "later", "once", "plus", "given", "despite", "during", "unlike", "like", "amid", "amidst",
            "because", "under", "among", "within", "without", "throughout", "unless", "until", "whether", "toward",
            "towards", "against", "about", "above", "below", "between", "beyond", "into", "upon", "via", "across",
            "behind", "along", "around", "near", "over", "following", "ahead", "regardless", "rather", "even", "besides", "that");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
    /** Adjectives whose that-clause belongs to them: "it is clear that …". */
    static final Set<String> COMPLEMENT_ADJECTIVES = Set.of("clear", "characteristic", "likely", "unlikely",
            "true", "possible", "important", "noteworthy", "evident", "obvious", "certain", "sure", "surprising",
            "notable", "known", "essential", "crucial", "necessary", "apparent", "inevitable", "unfortunate", "ironic");
    /** Words after which "that" opens a complement clause, not a relative one. */
    private static final Set<String> COMPLEMENT_TAKERS = java.util.stream.Stream.concat(COMPLEMENT_ADJECTIVES.stream(),
            java.util.stream.Stream.of("is", "was", "are", "were", "be", "been", "so", "such", "now", "fact", "hope",
                    "belief", "view", "claim", "argument", "idea", "notion", "news", "sign", "evidence", "assurance",
                    "warning", "promise")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final int MAX_SENTENCE_SUBJECT = 25;
    /** "David Kamin, an outside adviser to … and an associate professor at …, said": a name with a long apposition. */
    private static final int MAX_NAME_WITH_APPOSITION = 32;
    private static final int MAX_NAME_WORDS = 3;
    private static final int MAX_SET_OFF_CLAUSE = 40;
    /** Capitalised, yet never a source: "federal prosecutors charged in April …", "Worse, …". */
    private static final Set<String> NEVER_SOURCES = Set.of("january", "february", "march", "april", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "worse", "better", "still");
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "it", "such");
    /** Words (verbs, "to", "that") that make the words before a cue a clause of their own, not its subject. */
    private static final Set<String> CLAUSE_MARKERS = Set.of("is", "are", "was", "were", "will", "would", "can", "could",
            "should", "shows", "showed", "has", "have", "had", "does", "do", "did", "to", "that");
    private static final int MAX_MODIFIERS = 2;
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten");
    private static final Set<String> APPROXIMATORS = Set.of("about", "nearly", "almost", "roughly", "only", "just",
            "around", "approximately");
    /** Quantifiers that name a group of speakers on their own. */
    private static final Set<String> STANDALONE_QUANTIFIERS = Set.of("others", "many", "some", "several", "few", "most",
            "all", "both", "everyone", "none", "someone", "somebody", "everybody", "anyone", "anybody", "nobody");
    /** Conjunctions after which a new clause, and so its subject, begins. */
    private static final Set<String> CLAUSE_OPENING_CONJUNCTIONS = Set.of("but", "and", "while", "when", "after",
            "because", "although", "though", "since", "as", "if", "that", "whereas");
    /** Words that open a sentence before its subject: "But", "Still,", "Meanwhile,". */
    private static final Set<String> LEADING_CONNECTIVES = Set.of("but", "and", "so", "yet", "still", "meanwhile",
            "however", "now", "also", "moreover", "indeed", "instead", "separately", "similarly", "even", "then",
            "nonetheless", "nevertheless", "furthermore", "likewise", "thus", "therefore");

    private final Lexicons lexicons;

    SourcePhrases(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    /**
     * The subject of the verb at token {@code cue}, read the ways a news sentence names it: with a
     * relative clause, right before the verb, shared with an earlier verb after "and", or, when
     * {@code wholeOpening} allows, all the sentence's words before the verb ({@link #sentenceSubject}).
     */
    Optional<Mention> subjectOf(List<Token> tokens, int cue, int floor, boolean wholeOpening, boolean verbBetween) {
        Optional<Mention> near = withRelativeClause(tokens, cue, floor)
                .or(() -> before(tokens, cue, floor))
                .or(() -> coordinatedSubject(tokens, cue, floor));
        if (!wholeOpening) {
            return near.or(() -> anyDeterminedSubject(tokens, cue, floor));
        }
        if (near.isEmpty()) {
            return sentenceSubject(tokens, cue, floor, verbBetween).or(() -> anyDeterminedSubject(tokens, cue, floor));
        }
        // "Gustav Ando, research director for IHS, said", "Polls in New Hampshire show": the phrase
        // before the verb is the tail of a subject that opens the sentence
        Mention tail = near.get();
        return sentenceSubject(tokens, cue, floor, verbBetween)
                .filter(opening -> opening.span().begin() < tail.span().begin() && opening.span().end() >= tail.span().end()
                        && isTailOf(tokens, opening, tail))
                .or(() -> near);
    }

    /**
     * Whether {@code near} only finishes the phrase {@code opening} starts: an apposition set off by
     * commas after a single phrase ("Carter’s press secretary, Peter Cook, told"), or the object of a
     * preposition that qualifies the head ("Aides to Clinton say"). An opening adverbial ("Shortly
     * afterward, McCain said") leaves the near phrase the subject.
     */
    private static boolean isTailOf(List<Token> tokens, Mention opening, Mention near) {
        int before = near.firstToken() - 1;
        for (int i = opening.firstToken(); i < before; i++) {
            Token t = tokens.get(i);
            boolean verbShaped = t.lower().length() > 4 && (t.lower().endsWith("ed") || t.lower().endsWith("ing"))
                    && (i == opening.firstToken() || !t.isCapitalized());
            if (t.is(",") || verbShaped || !t.isCapitalized() && t.lower().endsWith("ly")) {
                return false; // "Armstrong huddled briefly with other party leaders", "Alarmed by …,": a clause, not a phrase
            }
        }
        Token link = tokens.get(before);
        boolean apposition = link.is(",") && near.lastToken() + 1 < tokens.size() && tokens.get(near.lastToken() + 1).is(",");
        boolean qualifier = link.isAny("of", "in", "from", "to", "for", "at", "with") && before > opening.firstToken();
        return apposition || qualifier;
    }

    /** The subject that ends just before token {@code cue}, not reaching before token {@code floor}. */
    Optional<Mention> before(List<Token> tokens, int cue, int floor) {
        Optional<Mention> group = standaloneQuantifier(tokens, cue - 1, floor); // "To varying degrees, all agreed"
        if (group.isPresent()) {
            return group;
        }
        int i = cue - 1;
        if (i - 1 >= floor && CueFinder.endsName(tokens, i, floor) && !tokens.get(cue).isCapitalized()) {
            // "British Prime Minister Theresa May suggested": after a name, "May" ends it
            int may = i;
            return hedgedPhraseEndingAt(tokens, i - 1, floor).map(m -> new Mention(new Span(m.span().begin(), tokens.get(may).end()),
                    m.kind(), m.firstToken(), may));
        }
        while (i >= floor && isSkippedBeforeCue(tokens.get(i))) {
            i--;
        }
        if (i - 2 >= floor && isWhenBeforeVerb(tokens, i)) {
            i -= 2; // "Suu Kyi's allies on Monday predicted", "an arbitration panel in 2001 found"
        }
        if (i < floor) {
            return Optional.empty();
        }
        if (tokens.get(i).is(",")) {
            int comma = i;
            // "Gov. John Kasich (R-OH), said": else the name before the parenthetical, with it
            return beforeComma(tokens, comma, floor, true)
                    .or(() -> comma > floor && tokens.get(comma - 1).is(")") ? beforeParenthetical(tokens, comma - 1, floor) : Optional.empty());
        }
        if (Clauses.isDash(tokens, i)) {
            return beforeDashedRelative(tokens, i, floor);
        }
        int mark = i;
        while (mark > floor && Clauses.isQuoteMark(tokens.get(mark))) {
            mark--;
        }
        if (mark < i && mark > floor && tokens.get(mark).is(",")) {
            int closingMark = i;
            int quoteComma = mark;
            return beforeQuotingAside(tokens, quoteComma, floor)
                    .or(() -> beforeQuotedApposition(tokens, closingMark, floor));
        }
        if (i - 1 >= floor && tokens.get(i).is(".") && tokens.get(i - 1).isAny("jr", "sr")
                && tokens.get(i - 1).end() == tokens.get(i).begin()) {
            // "Chief Justice John G. Roberts Jr. spoke of …": the suffix's period is the name's
            int period = i;
            return phraseEndingAt(tokens, i - 1, floor).map(m -> new Mention(new Span(m.span().begin(), tokens.get(period).end()),
                    m.kind(), m.firstToken(), period));
        }
        if (i - 1 >= floor && closesPolledGroup(tokens, i)) {
            // "19 percent of college students polled support Clinton": the participle closes the phrase
            int participle = i;
            return hedgedPhraseEndingAt(tokens, i - 1, floor).map(m -> new Mention(
                    new Span(m.span().begin(), tokens.get(participle).end()), m.kind(), m.firstToken(), participle));
        }
        int end = i;
        return hedgedPhraseEndingAt(tokens, end, floor).map(m -> withConjunctsBefore(tokens, withCountBefore(tokens, m, floor), floor));
    }

    /** "83% of young Republicans endorse": the share the phrase is counted by is the speaker too. */
    private Mention withCountBefore(List<Token> tokens, Mention phrase, int floor) {
        int of = phrase.firstToken() - 1;
        while (of > floor && isPlainModifier(tokens.get(of))) {
            of--;
        }
        if (of <= floor || !tokens.get(of).is("of")) {
            return phrase;
        }
        for (int start = of - 1; start >= Math.max(floor, of - MAX_COUNT_TOKENS); start--) {
            Optional<Mention> group = countedGroupAfter(tokens, start, phrase.lastToken() + 1)
                    .filter(g -> g.lastToken() == phrase.lastToken());
            if (group.isPresent()) {
                return group.get();
            }
        }
        return phrase;
    }

    /** "89 %", "two-thirds", "a majority": the tokens a count before "of" may take. */
    private static final int MAX_COUNT_TOKENS = 3;

    /**
     * "Sen. Bernie Sanders (Vt.) and former Maryland governor Martin O'Malley suggested", "Hillary
     * Clinton, Bernie Sanders and Martin O’Malley plan": phrases joined by "and" (and listed with
     * commas before it) that open the sentence are one source with the phrase before the verb.
     */
    private Mention withConjunctsBefore(List<Token> tokens, Mention last, int floor) {
        if (last.kind() == MentionKind.PRONOUN || last.firstToken() - 2 < floor) {
            return last;
        }
        int first = last.firstToken();
        boolean listEnds = java.util.stream.IntStream.rangeClosed(first, last.lastToken()).anyMatch(k -> tokens.get(k).is("and"));
        if (tokens.get(first - 1).is("and")) {
            // "Hillary Clinton, Bernie Sanders, and Martin O'Malley": a serial comma before "and"
            boolean serialComma = first - 3 >= floor && tokens.get(first - 2).is(",");
            Optional<Mention> conjunct = phraseEndingAt(tokens, serialComma ? first - 3 : first - 2, floor)
                    .map(m -> withCountBefore(tokens, m, floor));
            if (conjunct.isEmpty() || conjunct.get().kind() == MentionKind.PRONOUN) {
                return last;
            }
            // "…, his decision was overturned by an appeals court, and the Supreme Court declined": a serial
            // comma joins a list of three or more, not two clauses
            Mention joined = conjunct.get();
            if (serialComma && !(joined.firstToken() - 1 > floor && tokens.get(joined.firstToken() - 1).is(","))
                    || java.util.stream.IntStream.rangeClosed(joined.firstToken(), joined.lastToken())
                            .anyMatch(k -> Clauses.FINITE_AUXILIARIES.contains(tokens.get(k).lower()))) {
                return last;
            }
            first = conjunct.get().firstToken();
        } else if (!(listEnds && tokens.get(first - 1).is(","))) {
            return last;
        }
        while (first - 2 >= floor && tokens.get(first - 1).is(",")) {
            Optional<Mention> listed = phraseEndingAt(tokens, first - 2, floor);
            if (listed.isEmpty() || listed.get().kind() == MentionKind.PRONOUN || listed.get().firstToken() > floor
                    && tokens.get(listed.get().firstToken() - 1).isAny(PLACE_PREPOSITIONS)) {
                break; // "In Iowa, Trump, Cruz and Rubio said": the place opens the sentence, the list follows its comma
            }
            first = listed.get().firstToken();
        }
        boolean afterOpening = first - 1 > floor && tokens.get(first - 1).is(",")
                && PREPOSITIONS_OPENING_ASIDE.contains(tokens.get(floor).lower());
        // "… no partisan divide among Millennials: 89% of young Democrats and 83% of young Republicans endorse"
        boolean afterColon = first - 1 >= floor && tokens.get(first - 1).is(":");
        if (first == last.firstToken() || first != Clauses.afterConnective(tokens, floor, last.firstToken()) && !afterOpening && !afterColon) {
            return last; // "Trump won Iowa and Cruz said": the phrase before "and" is another clause's
        }
        return new Mention(new Span(tokens.get(first).begin(), last.span().end()), last.kind(), first, last.lastToken());
    }

    private static final Set<String> POLL_PARTICIPLES = Set.of("polled", "surveyed", "interviewed", "questioned", "sampled");

    /**
     * Whether token {@code i} is a participle that says who a poll asked, after the people it
     * qualifies ("students polled", "those surveyed"); "POLITICO interviewed" has its own verb.
     */
    static boolean closesPolledGroup(List<Token> tokens, int i) {
        if (i < 1 || !POLL_PARTICIPLES.contains(tokens.get(i).lower())) {
            return false;
        }
        Token people = tokens.get(i - 1);
        return people.isWord() && (people.lower().endsWith("s") || people.is("people")) && !people.isAny("us", "is", "was", "has");
    }

    /** The phrase or the share of people ending at token {@code end}, with the hedge before a count. */
    private Optional<Mention> hedgedPhraseEndingAt(List<Token> tokens, int end, int floor) {
        return phraseEndingAt(tokens, end, floor).or(() -> share(tokens, end, floor)).map(m -> hedged(tokens, m, floor));
    }

    /**
     * "GOP front-runner Donald Trump - who previously said he would … - said": the phrase before a
     * relative clause set off by dashes.
     */
    private Optional<Mention> beforeDashedRelative(List<Token> tokens, int closingDash, int floor) {
        for (int k = closingDash - 1; k > floor && closingDash - k <= MAX_DASHED_ASIDE; k--) {
            if (Clauses.isDash(tokens, k)) {
                return tokens.get(k + 1).isAny("who", "which", "whose") ? phraseEndingAt(tokens, k - 1, floor) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final int MAX_DASHED_ASIDE = 30;

    /** "about 40 percent", "more than half of voters", "only 12 percent": the hedge before a count is the source's. */
    private static Mention hedged(List<Token> tokens, Mention m, int floor) {
        Token first = tokens.get(m.firstToken());
        // "about a third of voters", not "talk mounting about a Republican challenging him"
        boolean aShare = first.is("a") && m.firstToken() + 1 <= m.lastToken() && tokens.get(m.firstToken() + 1).isAny(SHARES);
        if (!(isQuantity(first) || first.is("half") || aShare)) {
            return m;
        }
        int begin = m.firstToken();
        if (begin - 2 >= floor && tokens.get(begin - 1).is("than") && tokens.get(begin - 2).isAny("more", "fewer", "less")) {
            begin -= 2;
        } else if (begin - 1 >= floor && (APPROXIMATORS.contains(tokens.get(begin - 1).lower()) || tokens.get(begin - 1).is("over"))) {
            begin--;
        }
        return begin == m.firstToken() ? m
                : new Mention(new Span(tokens.get(begin).begin(), m.span().end()), m.kind(), begin, m.lastToken());
    }

    /**
     * "some families said", "those surveyed say": when nothing else reads as the subject, a verb
     * that cannot be a noun makes the determined phrase before it its subject.
     */
    private Optional<Mention> anyDeterminedSubject(List<Token> tokens, int cue, int floor) {
        // "advocates in the transgender community said": the group before the place speaks, as in groupIn
        return isPlainlyAVerb(tokens.get(cue)) ? determinedBefore(tokens, cue, floor)
                .filter(m -> !Clauses.TIME_WORDS.contains(tokens.get(m.lastToken()).lower())) // "released this week showed"
                .map(m -> groupIn(tokens, m.firstToken(), m.lastToken(), floor).orElse(m))
                : Optional.empty();
    }

    private static boolean isPlainlyAVerb(Token t) {
        return !t.isCapitalized() && (t.lower().endsWith("ed") || PLAIN_SPEECH_VERBS.contains(t.lower()));
    }

    private static final Set<String> PLAIN_SPEECH_VERBS = Set.of("said", "say", "says", "told", "tell", "tells",
            "wrote", "write", "writes", "thought", "think", "thinks", "knew", "know", "knows");

    /**
     * "47% say", "Thirty-one percent of those surveyed say", "about half of voters": a share of
     * the people asked, with what it is a share of.
     */
    private Optional<Mention> share(List<Token> tokens, int end, int floor) {
        int k = end;
        // "of those surveyed", "of Republicans": the group after "of" a few words back
        for (int j = end; j > floor && end - j <= MAX_MODIFIERS + 1; j--) {
            if (tokens.get(j).is("of")) {
                k = j - 1;
                break;
            }
        }
        if (k < floor || !tokens.get(k).isAny("%", "percent", "half", "third", "thirds", "quarter", "quarters", "majority",
                "plurality", "minority")) {
            return Optional.empty();
        }
        int begin = k;
        boolean counted = false;
        while (begin - 1 >= floor && (isQuantity(tokens.get(begin - 1)) || APPROXIMATORS.contains(tokens.get(begin - 1).lower())
                || tokens.get(begin - 1).isAny("a", "some", "over", "than", "more", "less", "fewer"))) {
            counted |= isQuantity(tokens.get(begin - 1));
            begin--;
        }
        if (!counted && !tokens.get(k).isAny("half", "majority", "plurality", "minority")) {
            return Optional.empty(); // a "percent" with no number is no share
        }
        return Optional.of(new Mention(new Span(tokens.get(begin).begin(), tokens.get(end).end()), MentionKind.UNNAMED,
                begin, end));
    }

    /**
     * The source before a comma that ends an aside or an apposition: "X, in a conversation with
     * Focus, stated" leaves the aside out; "X, editor-in-chief of Y, told" keeps the apposition in
     * the mention; "X, founder of Y, in turn, said" does both.
     */
    private Optional<Mention> beforeComma(List<Token> tokens, int i, int floor, boolean asideAllowed) {
        int comma = previousComma(tokens, i - 1, Math.max(floor, i - 20));
        if (comma > 0 && isPlaceComma(tokens, comma, i)) {
            int earlier = previousComma(tokens, comma - 1, Math.max(floor, i - 20)); // "Johnnie Wilson, of Springfield, Va., said"
            comma = earlier >= 0 ? earlier : comma;
        }
        if (comma < 0) {
            return Optional.empty();
        }
        // "Sen. Chuck Grassley, facing a spirited challenge in Iowa, a swing state, said": the apposition is
        // the participle's, and the speaker stands before it
        int outer = previousComma(tokens, comma - 1, Math.max(floor, i - 20));
        if (outer > floor && opensParticipleAside(tokens, outer + 1, comma)) {
            Optional<Mention> speaker = phraseEndingAt(tokens, outer - 1, floor);
            if (speaker.isPresent() && speaker.get().kind() == MentionKind.NAME) {
                return speaker;
            }
        }
        boolean aside = asideAllowed && PREPOSITIONS_OPENING_ASIDE.contains(tokens.get(comma + 1).lower());
        Optional<Mention> head = phraseEndingAt(tokens, comma - 1, floor);
        if (aside && comma - 1 >= floor) {
            Optional<Mention> apposition = beforeApposition(tokens, comma, floor);
            if (apposition.isPresent()) {
                return apposition;
            }
        }
        if (head.isEmpty() || head.get().kind() == MentionKind.PRONOUN && !aside) {
            return head.filter(m -> aside);
        }
        if (aside) {
            return head;
        }
        if (opensFiniteClause(tokens, comma + 1, i)) {
            return Optional.empty(); // "Despite his standing in the polls, Clinton had ordnance ready, reminding …"
        }
        if (reportsSpeech(tokens, comma + 1, i)) {
            return head; // "Sanders, who had said he would debate, criticized …": the aside is an attribution of its own
        }
        if (opensParticipleAside(tokens, comma + 1, i)) {
            return head; // "Bernie Sanders, celebrating a victory in …, said": what he was doing; PolNeAR's source is the name (train 15 to 3)
        }
        Mention h = head.get();
        Span withApposition = new Span(h.span().begin(), tokens.get(i - 1).end());
        return Optional.of(new Mention(withApposition, h.kind(), h.firstToken(), i - 1));
    }

    private static final String[] PLACE_PREPOSITIONS = {"in", "at", "on", "from", "near", "outside", "inside", "across",
        "throughout", "during"};

    private static final String[] GERUND_PREPOSITIONS = {"by", "of", "for", "after", "before", "without", "while"};
    private static final String[] OPENING_GERUND_PREPOSITIONS = {"besides", "by", "after", "before", "without", "while",
        "despite", "upon", "since"};

    private static final String[] CIRCUMSTANCE_OPENERS = {"after", "before", "despite", "amid", "under", "while"};

    /** "celebrating a victory", not "including …" (a list of the head's members) nor "managing director" (a role). */
    private boolean opensParticipleAside(List<Token> tokens, int from, int end) {
        Token t = tokens.get(from);
        return from + 1 < end && !t.isCapitalized() && t.lower().endsWith("ing") && t.lower().length() > 4 && !t.is("including")
                && !ROLE_PARTICIPLES.contains(t.lower()) && !isRoleNoun(tokens.get(from + 1)) && !tokens.get(from + 1).is(",");
    }

    /** Participles that open a role, not a deed: "managing partner", "founding director", "acting chairman". */
    private static final Set<String> ROLE_PARTICIPLES = Set.of("managing", "ranking", "founding", "acting", "presiding",
            "outgoing", "incoming", "visiting", "consulting", "governing", "supervising", "reigning");

    /** Whether a verb that nearly always reports speech ("said", "told") stands between {@code from} and {@code end}. */
    private boolean reportsSpeech(List<Token> tokens, int from, int end) {
        for (int i = from; i < end; i++) {
            Lexicons.VerbForm form = tokens.get(i).isCapitalized() ? null : lexicons.verbForm(tokens.get(i).lower());
            if (form != null && form.strong() && !tokens.get(i).lower().equals(form.lemma())) {
                return true;
            }
        }
        return false;
    }

    /** A name or pronoun and its finite verb opening the stretch from {@code from} to {@code end}: a clause, no apposition. */
    private boolean opensFiniteClause(List<Token> tokens, int from, int end) {
        int verb = from + 1;
        while (verb < end && tokens.get(verb).isCapitalized() && tokens.get(from).isCapitalized()) {
            verb++;
        }
        boolean subject = tokens.get(from).isCapitalized() && !DETERMINERS.contains(tokens.get(from).lower())
                || lexicons.pronounType(tokens.get(from).lower()) != null && !RELATIVES.contains(tokens.get(from).lower())
                && !tokens.get(from).is("whose");
        return subject && verb < end && !tokens.get(verb).isCapitalized()
                && Clauses.FINITE_AUXILIARIES.contains(tokens.get(verb).lower());
    }

    /**
     * "Mr. Manafort, citing ''the unique magic of Trump,'' said": an aside that ends inside the quote
     * it cites; its comma is the quote's, and the subject stands before the aside.
     */
    private Optional<Mention> beforeQuotingAside(List<Token> tokens, int quoteComma, int floor) {
        for (int i = quoteComma - 1; i > floor && quoteComma - i <= MAX_QUOTING_ASIDE; i--) {
            if (tokens.get(i).is(",")) {
                return PREPOSITIONS_OPENING_ASIDE.contains(tokens.get(i + 1).lower())
                        ? phraseEndingAt(tokens, i - 1, floor) : Optional.empty();
            }
            if (tokens.get(i).isAny(".", ";", ":", "!", "?") && !isAbbreviationPeriod(tokens, i)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final int MAX_QUOTING_ASIDE = 20;

    /**
     * "Hemsley, the co-author of “Going Viral,” said": an apposition after a name that ends with a
     * quoted title, the title's comma inside its marks; the subject runs to the closing mark.
     */
    private Optional<Mention> beforeQuotedApposition(List<Token> tokens, int closingMark, int floor) {
        int opening = quotedTitleOpening(tokens, closingMark, floor);
        if (opening < 0) {
            return Optional.empty();
        }
        int comma = previousComma(tokens, opening - 1, Math.max(floor, opening - MAX_QUOTING_ASIDE));
        if (comma <= floor || !DETERMINERS.contains(tokens.get(comma + 1).lower())) {
            return Optional.empty(); // "Giuliani, who backs Trump, trashed Comey on “Morning Joe,”": a clause, no apposition
        }
        return phraseEndingAt(tokens, comma - 1, floor).filter(m -> m.kind() == MentionKind.NAME)
                .map(m -> new Mention(new Span(m.span().begin(), tokens.get(closingMark).end()), m.kind(), m.firstToken(), closingMark));
    }

    /** "X, founder of Y" before the comma at {@code comma}, when a name stands before the apposition. */
    private Optional<Mention> beforeApposition(List<Token> tokens, int comma, int floor) {
        int previous = previousComma(tokens, comma - 1, Math.max(floor, comma - 20));
        if (previous < 0 || !isAppositionStart(tokens.get(previous + 1))) {
            return Optional.empty();
        }
        // "Speaking in Harlem, Clinton, without naming him, …": a place after a preposition has no apposition
        return beforeComma(tokens, comma, floor, false).filter(m -> m.kind() == MentionKind.NAME
                && (m.firstToken() - 1 < floor || !tokens.get(m.firstToken() - 1).isAny(PLACE_PREPOSITIONS)));
    }

    /**
     * The subject of a verb coordinated with an earlier one: in "Cruz was booed, and said he …" the
     * cue "said" follows "and", and its subject is the one that opens the sentence.
     */
    Optional<Mention> coordinatedSubject(List<Token> tokens, int cue, int floor) {
        int i = cue - 1;
        while (i > floor && isSkippedBeforeCue(tokens.get(i))) {
            i--;
        }
        if (i <= floor || !tokens.get(i).isAny("and", "but")) {
            return Optional.empty();
        }
        Lexicons.VerbForm form = lexicons.verbForm(tokens.get(cue).lower());
        if (form != null && form.lemma().equals(tokens.get(cue).lower())) {
            for (int k = floor; k < i; k++) {
                if (tokens.get(k).is("to")) {
                    return Optional.empty(); // "asked the woman to raise her voice and say …": an infinitive, not a finite verb
                }
            }
        }
        // "Asked on Monday whether …, Mrs. Clinton shook her head and said": past the opening clause
        int joiner = i;
        // "Recently, however, it issued … and calling for …": past the opening adverb
        int first = afterConnectives(tokens, floor, joiner);
        if (first > floor && first + 1 < joiner && tokens.get(first).is("it") && tokens.get(first + 1).isPastOrParticipleShaped()) {
            return Optional.of(new Mention(tokens.get(first).span(), MentionKind.PRONOUN, first, first));
        }
        return openingSubject(tokens, floor, joiner).or(() -> after(tokens, first, joiner, false)
                .filter(m -> m.kind() != MentionKind.UNNAMED));
    }

    /**
     * "a chess game in which companies seek …", "an ad in which children use …": after a
     * preposition and "which" or "whom", the few plain words before the verb are its own subject.
     */
    private Optional<Mention> subjectAfterPrepositionWhich(List<Token> tokens, int cue, int floor) {
        for (int j = cue - 1; j - 1 > floor && cue - j <= MAX_RELATIVE_SUBJECT + 1; j--) {
            Token t = tokens.get(j);
            if (t.isAny("which", "whom")) {
                if (j + 1 == cue || !tokens.get(j - 1).isAny(RELATIVE_PREPOSITIONS)) {
                    return Optional.empty();
                }
                Token head = tokens.get(j + 1);
                boolean named = head.isCapitalized() && !DETERMINERS.contains(head.lower());
                return Optional.of(new Mention(new Span(head.begin(), tokens.get(cue - 1).end()),
                        named ? MentionKind.NAME : MentionKind.UNNAMED, j + 1, cue - 1));
            }
            if (!t.isWord() || Clauses.FINITE_AUXILIARIES.contains(t.lower()) || lexicons.pronounType(t.lower()) != null
                    || FUNCTION_WORDS.contains(t.lower()) && !DETERMINERS.contains(t.lower())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final int MAX_RELATIVE_SUBJECT = 4;
    private static final String[] RELATIVE_PREPOSITIONS = {"in", "under", "by", "through", "at", "on", "during"};

    /**
     * How many tokens a sentence's subject may span: more when a short name opens it and a comma
     * follows both the name and the whole phrase, the apposition between them.
     */
    private static int maxSentenceSubject(List<Token> tokens, int first, int last) {
        int name = first;
        while (name < last && name - first < MAX_NAME_WORDS && tokens.get(name).isCapitalized()
                && !FUNCTION_WORDS.contains(tokens.get(name).lower())) {
            name++;
        }
        boolean apposition = name > first && tokens.get(name).is(",") && tokens.get(last).is(",");
        return apposition ? MAX_NAME_WITH_APPOSITION : MAX_SENTENCE_SUBJECT;
    }

    /**
     * For a verb that nearly always reports speech ("said", "say", "told"), the whole stretch from
     * the sentence's start to the verb when nothing else in it could be the verb's subject's verb:
     * "One in three said", "Friends of Mr. Clinton's who have seen him on the trail recently say",
     * "Larry Cohen, a senior adviser to Mr. Sanders and past president of the union, said". A
     * lowercase head names nobody ({@link MentionKind#UNNAMED}).
     */
    Optional<Mention> sentenceSubject(List<Token> tokens, int cue, int floor, boolean hasVerbBetween) {
        if (cue - 1 == floor && tokens.get(floor).isAny(OPENING_GERUND_PREPOSITIONS) && tokens.get(cue).lower().endsWith("ing")) {
            return subjectAfterOpeningPhrase(tokens, cue); // "Besides attacking the former president, …, Mr. Trump …"
        }
        // "One month after announcing his support, Marco Rubio …": a time before the preposition is no subject
        boolean timeBefore = cue - 2 > floor && tokens.get(cue - 1).isAny("after", "before") && cue - 2 - floor <= 2
                && TIME_UNITS.contains(tokens.get(cue - 2).lower());
        Optional<Mention> afterTime = timeBefore && tokens.get(cue).lower().endsWith("ing")
                ? subjectAfterOpeningPhrase(tokens, cue) : Optional.empty();
        if (afterTime.isPresent()) {
            return afterTime;
        }
        if (cue - 1 > floor && tokens.get(cue - 1).isAny(GERUND_PREPOSITIONS) && tokens.get(cue).lower().endsWith("ing")) {
            // "The senator started on Wednesday by praising …": the gerund's subject is the clause's
            return openingSubject(tokens, Clauses.afterOpeningQuotation(tokens, floor, cue - 1), cue - 1);
        }
        Optional<Mention> relativeSubject = subjectAfterPrepositionWhich(tokens, cue, floor);
        if (relativeSubject.isPresent()) {
            return relativeSubject;
        }
        int last = cue - 1;
        // "Priebus later Thursday said", "A Bloomberg poll in June found": when, not who
        while (last >= floor && (isSkippedBeforeCue(tokens.get(last)) || isWhen(tokens, last, floor) && !modifiesParticiple(tokens, last, floor))) {
            last--;
        }
        int first = afterConnectives(tokens, floor, last + 1);
        // "But not everyone at Clinton's rally saw …": a negated quantifier opens the subject
        boolean negatedGroup = first < last && tokens.get(first).is("not") && STANDALONE_QUANTIFIERS.contains(tokens.get(first + 1).lower());
        // "And until the announcement …, most of them said": after a connective the adverbial is in lower case
        if (!negatedGroup && first <= last && (tokens.get(first).isCapitalized() || first > floor) && FUNCTION_WORDS.contains(tokens.get(first).lower())
                && lexicons.pronounType(tokens.get(first).lower()) == null) {
            // "Amid the din of the race, voters say …": the subject follows the opening adverbial's comma
            first = afterComma(tokens, first, last + 1);
            // "In South Florida, where land is disappearing, developers see …": past a clause the adverbial holds
            if (first <= last && tokens.get(first).isAny("where", "which", "when", "who", "whose")) {
                first = afterComma(tokens, first, last + 1);
            }
        }
        if (first < last && (opensParticiplePhrase(tokens, first) || opensGerundWithObject(tokens, first))) {
            first = afterComma(tokens, first, last + 1);
            // "Using a crude expression to describe …, he said": an infinitive or gerund inside the phrase
            // has the subject of the clause after it
            boolean nonFinite = tokens.get(cue).lower().endsWith("ing") || cue - 1 >= floor && tokens.get(cue - 1).is("to");
            if (first > last) {
                return nonFinite ? subjectAfterOpeningPhrase(tokens, cue) : Optional.empty();
            }
        }
        // "Clinton leads Sanders, but the democratic socialist has vowed …": the verb's clause opens after the conjunction
        int opening = first;
        first = afterCommaConjunction(tokens, first, last, hasVerbBetween);
        // a verb before the conjunction is the other clause's ("Voters support the ban, but majorities say …")
        boolean verbBefore = hasVerbBetween && first == opening;
        if (last < first || last - first + 1 > maxSentenceSubject(tokens, first, last) || verbBefore) {
            return Optional.empty();
        }
        Token head = tokens.get(first);
        // "proponents of more controls say": a bare plural opens a noun phrase too
        // "private Chinese companies and ordinary Chinese traders say": or a plural with its bare modifiers
        boolean barePlural = isBarePlural(head) || isPlainModifier(head) && isBarePlural(tokens.get(last));
        // "Initially, state regulators did not consider …": after an opening adverbial the noun phrase opens in lower case
        // ", and people familiar with her thinking say": so does one after a clause and its conjunction
        boolean afterOpening = first > floor && (tokens.get(first - 1).is(",") || first != opening) && head.isWord() && !head.isCapitalized()
                && !FUNCTION_WORDS.contains(head.lower()) && lexicons.pronounType(head.lower()) == null;
        boolean opensNounPhrase = negatedGroup || head.isCapitalized() || Character.isDigit(head.text().charAt(0))
                || DETERMINERS.contains(head.lower()) || lexicons.isUnnamedQuantifier(head.lower()) || barePlural || afterOpening;
        if (!opensNounPhrase || (head.isCapitalized() && FUNCTION_WORDS.contains(head.lower())
                && !DETERMINERS.contains(head.lower()) && !lexicons.isUnnamedQuantifier(head.lower()))) {
            return Optional.empty();
        }
        boolean clause = false;
        int verb = -1;
        for (int i = first; i <= last; i++) {
            if (tokens.get(i).isAny(";", ":", "\"", "\u201c", "\u201d") || tokens.get(i).is("that")
                    && i > first && tokens.get(i - 1).is(",")) {
                return Optional.empty();
            }
            // "Aides to Clinton say": "to" before a name is a preposition, no infinitive
            // "Her submission to the court says": nor before a determiner
            boolean preposition = tokens.get(i).is("to") && i < last && (tokens.get(i + 1).isCapitalized()
                    || DETERMINERS.contains(tokens.get(i + 1).lower()));
            clause |= CLAUSE_MARKERS.contains(tokens.get(i).lower()) && !preposition || i > first && isVerbAfterName(tokens, i);
            if (verb < 0 && i > first && i < last && isPastBeforeObject(tokens, i) && !relativeBetween(tokens, first, i)) {
                verb = i;
            }
        }
        int subjectEnd = verb - 1;
        // "Justice Kennedy also joined", "Mrs. Clinton has instead stressed", "Obama on Friday blasted"
        while (subjectEnd > first && (isSkippedBeforeCue(tokens.get(subjectEnd))
                || Clauses.FINITE_AUXILIARIES.contains(tokens.get(subjectEnd).lower()))) {
            subjectEnd--;
        }
        if (subjectEnd - 2 >= first && isWhenBeforeVerb(tokens, subjectEnd)) {
            subjectEnd -= 2;
        }
        if (verb > first && java.util.stream.IntStream.rangeClosed(first, subjectEnd).noneMatch(j -> tokens.get(j).is(","))) {
            // "Both parents stiffened their denunciation of Mr. Trump, saying …": the words before that verb
            boolean named = head.isCapitalized() && !DETERMINERS.contains(head.lower()) && !lexicons.isUnnamedQuantifier(head.lower());
            return Optional.of(new Mention(new Span(head.begin(), tokens.get(subjectEnd).end()),
                    named ? MentionKind.NAME : MentionKind.UNNAMED, first, subjectEnd));
        }
        if (clause) {
            // "Trump is willing to challenge …": the subject is the noun phrase the clause opens with
            return after(tokens, first, last + 1, false);
        }
        while (last > first && tokens.get(last).is(",")) {
            last--;
        }
        // "Karen Janes, 67, of Exeter, N.H., after listening to …, said": the aside says when or what
        // the speaker was doing, and PolNeAR's source stops before it
        for (int j = first + 1; j < last; j++) {
            if (tokens.get(j).is(",") && (tokens.get(j + 1).isAny(CIRCUMSTANCE_OPENERS) || opensParticipleAside(tokens, j + 1, last + 1))) {
                last = j - 1;
                break;
            }
        }
        if (DEMONSTRATIVES.contains(head.lower()) && !anyNominal(tokens, first + 1, last)) {
            return Optional.empty(); // "This approach would challenge …": a thing, not a speaker
        }
        boolean named = head.isCapitalized() && !DETERMINERS.contains(head.lower())
                && !lexicons.isUnnamedQuantifier(head.lower());
        return Optional.of(new Mention(new Span(head.begin(), tokens.get(last).end()),
                named ? MentionKind.NAME : MentionKind.UNNAMED, first, last));
    }

    /**
     * "Donald Trump picked up from his daughter by saying", "Clinton clearly erred in …": a past
     * tense right after a name or an adverb is the name's own verb, so a clause.
     */
    private boolean isVerbAfterName(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean past = isPastForm(t);
        int name = i - 1;
        if (name > 0 && tokens.get(name).lower().endsWith("ly") && !tokens.get(name).isCapitalized()) {
            name--; // "Clinton clearly erred"
        }
        Token before = tokens.get(name);
        if (past && before.is(")")) {
            return true; // "Rep. Hakeem Jeffries (D-N.Y.) reacted": a name's bracketed party closes it
        }
        // "People briefed on the move", "A married couple": a participle after a noun or determiner modifies it
        return past && before.isCapitalized() && before.isWord() && !DETERMINERS.contains(before.lower())
                && lexicons.roleNoun(before.lower()) == null && !lexicons.isUnnamedQuantifier(before.lower());
    }

    /**
     * "House Republicans issued a report", "Both parents stiffened their denunciation": a past form
     * before a determiner is a verb with its object; a participle that modifies a noun is followed
     * by its own complement instead ("a poll conducted last week", "People briefed on the move").
     */
    private boolean isPastBeforeObject(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        boolean past = isPastForm(t);
        Token next = tokens.get(i + 1);
        Token before = tokens.get(i - 1);
        // "several environmental groups granted Mr. Clarke a delay": after a plural noun, before a name, too
        boolean beforeName = next.isCapitalized() && !isWeekday(next.lower()) && !Clauses.MONTHS.contains(next.lower())
                && isBarePlural(before) && !before.isPossessive();
        return past && (DETERMINERS.contains(next.lower()) && !next.isAny("both", "all", "each", "every", "this") || beforeName)
                && !before.is(",");
    }

    /** "Democrats in Iowa who watched the debate": a relative pronoun before token {@code i} makes its verb the clause's. */
    private static boolean relativeBetween(List<Token> tokens, int first, int i) {
        return java.util.stream.IntStream.range(first, i).anyMatch(j -> tokens.get(j).isAny("who", "whose", "which", "that"));
    }

    /** A lower-case past form: "-ed" on a word of five letters or more, or a listed irregular past ("spent"). */
    static boolean isPastForm(Token t) {
        return t.isWord() && !t.isCapitalized() && (t.lower().length() > 4 && t.lower().endsWith("ed")
                || IRREGULAR_PASTS.contains(t.lower()));
    }

    static boolean isIrregularPast(String lower) {
        return IRREGULAR_PASTS.contains(lower);
    }

    private static final Set<String> IRREGULAR_PASTS = Set.of("spent", "took", "made", "went", "gave", "began", "got",
            "came", "left", "won", "lost", "ran", "sent", "brought", "held", "kept", "met", "put", "set", "stood");

    /**
     * The subject a sentence opens with, after its connectives and an opening adverbial set off by
     * a comma ("Earlier in the week, Trump called for …"), when a lowercase word, its verb
     * presumably, follows it.
     */
    Optional<Mention> openingSubject(List<Token> tokens, int floor, int end) {
        int first = afterConnectives(tokens, floor, end);
        if (first < end && PREPOSITIONS_OPENING_ASIDE.contains(tokens.get(first).lower())) {
            first = afterComma(tokens, first, end);
            // "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton …": a state after its town, then more adjuncts
            while (first + 1 < end && (tokens.get(first).isCapitalized() && tokens.get(first + 1).is(",")
                    || PREPOSITIONS_OPENING_ASIDE.contains(tokens.get(first).lower()))) {
                first = afterComma(tokens, first, end);
            }
        }
        if (first + 1 < end && opensParticiplePhrase(tokens, first)) {
            first = afterComma(tokens, first, end); // "Chastened by the analyses, Trump revised his plan, promising …"
            // "Chastened by the analyses, as well as complaints over its costs, Trump …": the phrase goes on
            while (first + 2 < end && (tokens.get(first).is("as") && tokens.get(first + 1).is("well")
                    || tokens.get(first).isAny("and", "along", "including"))) {
                first = afterComma(tokens, first, end);
            }
        }
        while (first < end && tokens.get(first).isAny(",", ";")) {
            first++; // "In,, Clinton …": a doubled comma after the adjunct opens no subject
        }
        if (first >= end || FUNCTION_WORDS.contains(tokens.get(first).lower()) && lexicons.pronounType(tokens.get(first).lower()) == null
                || tokens.get(first).lower().endsWith("ing") && !isNameBeforeVerb(tokens, first, end)) {
            return Optional.empty();
        }
        Token head = tokens.get(first);
        if (lexicons.pronounType(head.lower()) != null && !head.is("it") && first + 1 < end && tokens.get(first + 1).isWord()
                && !tokens.get(first + 1).isCapitalized()) {
            return Optional.of(new Mention(head.span(), MentionKind.PRONOUN, first, first)); // "He made a promise, promising …"
        }
        int verb = first;
        boolean determined = false;
        while (verb < end && (isNominalAt(tokens, verb) || endsOutletName(tokens, verb) || isJoiner(tokens.get(verb)) || !tokens.get(verb).isWord()
                || DETERMINERS.contains(tokens.get(verb).lower())
                // "Japan's central bank": after a possessive, too, plain words modify the noun
                // "Andriy Yermak, head of the Ukrainian presidential office": or after a determiner inside the phrase
                || (determined || verb > first && tokens.get(verb - 1).isPossessive()) && modifiesNoun(tokens, verb, end)
                || verb > first && modifiesRoleNounAfterName(tokens, verb, end)
                || verb > first && pluralAfterModifier(tokens, verb, end))) {
            determined |= DETERMINERS.contains(tokens.get(verb).lower());
            verb++;
        }
        // the subject ends where its verb, the first plain lower-case word, begins: "Clinton attacked Trump, …"
        // "Syrian hackers": the plural closes the phrase that the capitalised word opened
        Optional<Mention> phrase = verb - 1 > first && pluralAfterModifier(tokens, verb - 1, end)
                ? Optional.of(new Mention(new Span(head.begin(), tokens.get(verb - 1).end()), MentionKind.UNNAMED, first, verb - 1))
                : after(tokens, first, verb, true);
        return phrase.flatMap(m -> appositionBeforeVerb(tokens, m, end))
                .or(() -> phrase.filter(m -> verbFollows(tokens, m.lastToken() + 1, end)
                        // "Katrina Pierson, a spokeswoman for Trump, has expanded …": the phrase read the apposition
                        || m.lastToken() + 1 < end && tokens.get(m.lastToken() + 1).is(",") && verbFollows(tokens, m.lastToken() + 2, end)
                                && hasComma(tokens, m)));
    }

    /** "Ebeling reminisced", "Manning has said": a name that ends as a participle does, with its verb after it. */
    private boolean isNameBeforeVerb(List<Token> tokens, int name, int end) {
        if (name + 1 >= end || !tokens.get(name).isCapitalized()) {
            return false;
        }
        Token next = tokens.get(name + 1);
        String w = next.lower();
        return next.isWord() && !next.isCapitalized() && (w.endsWith("ed") || Clauses.FINITE_AUXILIARIES.contains(w)
                || lexicons.verbForm(w) != null && !w.equals(lexicons.verbForm(w).lemma()));
    }

    private static boolean hasComma(List<Token> tokens, Mention m) {
        return java.util.stream.IntStream.range(m.firstToken(), m.lastToken()).anyMatch(i -> tokens.get(i).is(","));
    }

    private static boolean verbFollows(List<Token> tokens, int next, int end) {
        return next < end && tokens.get(next).isWord() && !tokens.get(next).isCapitalized()
                && !RELATIVES.contains(tokens.get(next).lower()) && !JOINERS.contains(tokens.get(next).lower());
    }

    /**
     * "Erin Brockovich, the legendary environmental activist and lawyer, endorsed …": a name, then
     * a description between commas, then the verb; PolNeAR's source keeps the description.
     */
    private Optional<Mention> appositionBeforeVerb(List<Token> tokens, Mention name, int end) {
        int comma = name.lastToken() + 1;
        if (name.kind() != MentionKind.NAME || comma + 1 >= end || !tokens.get(comma).is(",")) {
            return Optional.empty();
        }
        Token opener = tokens.get(comma + 1);
        if (!DETERMINERS.contains(opener.lower()) && !opener.isCapitalized() && lexicons.roleNoun(opener.lower()) == null) {
            return Optional.empty();
        }
        for (int i = comma + 2; i < end && i - comma <= MAX_OPENING_APPOSITION; i++) {
            Token t = tokens.get(i);
            if (t.is(",")) {
                return verbFollows(tokens, i + 1, end) && !tokens.get(i + 1).lower().endsWith("ing")
                        ? Optional.of(new Mention(new Span(name.span().begin(), tokens.get(i - 1).end()), name.kind(),
                                name.firstToken(), i - 1))
                        : Optional.empty();
            }
            if (!t.isWord() && !t.isAny("'s", "\u2019s", "-", ".") || RELATIVES.contains(t.lower())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final int MAX_OPENING_APPOSITION = 14;

    /** "Chastened by …", "Frustrated with …": a past participle and the preposition after it open an adjunct, not a name. */
    private static boolean opensParticiplePhrase(List<Token> tokens, int first) {
        String w = tokens.get(first).lower();
        return w.length() > 4 && w.endsWith("ed") && tokens.get(first + 1).isAny(PARTICIPLE_PREPOSITIONS)
                || w.length() > 4 && w.endsWith("ing") && tokens.get(first).isCapitalized() && commaWithin(tokens, first + 1, MAX_PARTICIPLE_PHRASE);
    }

    /**
     * For a verb inside a sentence's opening participle phrase, the subject of the clause after the
     * phrase's comma: "Using a crude expression to describe the Turks …, he said".
     */
    private Optional<Mention> subjectAfterOpeningPhrase(List<Token> tokens, int cue) {
        for (int i = cue + 1; i < tokens.size() && i - cue <= MAX_PHRASE_AFTER_CUE; i++) {
            if (tokens.get(i).isAny(".", ";", ":", "?", "!") && !isAbbreviationPeriod(tokens, i) || Clauses.isQuoteMark(tokens.get(i))) {
                return Optional.empty();
            }
            if (tokens.get(i).is(",")) {
                int ceiling = Math.min(tokens.size(), i + 1 + MAX_PHRASE);
                Optional<Mention> subject = after(tokens, i + 1, ceiling, false).filter(m -> verbFollows(tokens, m.lastToken() + 1, ceiling));
                // "…, while the audience booed loudly, Mr. Trump": past a clause of circumstance
                if (subject.isPresent() || i + 1 >= tokens.size() || !tokens.get(i + 1).isAny(CIRCUMSTANCE_OPENERS)) {
                    return subject;
                }
            }
        }
        return Optional.empty();
    }

    private static final int MAX_PHRASE_AFTER_CUE = 20;
    private static final Set<String> TIME_UNITS = Set.of("minutes", "hours", "day", "days", "week", "weeks", "month",
            "months", "year", "years", "decades", "moments");

    /**
     * "Using a crude expression to describe the Turks …, he said": a capitalised -ing word before a
     * determiner or preposition opens what the subject did, however long, not a name.
     */
    private static boolean opensGerundWithObject(List<Token> tokens, int first) {
        Token t = tokens.get(first);
        Token next = tokens.get(first + 1);
        return t.isCapitalized() && t.lower().length() > 4 && t.lower().endsWith("ing") && next.isWord() && !next.isCapitalized()
                && (DETERMINERS.contains(next.lower()) || next.isAny(PARTICIPLE_PREPOSITIONS) || next.is("to"));
    }

    /** "Walking to the next address, Ebeling reminisced …": an -ing phrase set off by a comma says what the subject was doing. */
    private static final int MAX_PARTICIPLE_PHRASE = 8;

    private static boolean commaWithin(List<Token> tokens, int from, int words) {
        for (int i = from; i < tokens.size() && i - from < words; i++) {
            if (tokens.get(i).is(",")) {
                return true;
            }
            // "Speaking Sunday on ABC’s “This Week,” Carson admitted": a title in quotes stays in the phrase
            if (!tokens.get(i).isWord() && !tokens.get(i).isAny("'s", "\u2019s", "-", "\u201c", "\u201d")) {
                return false;
            }
        }
        return false;
    }

    private static final String[] PARTICIPLE_PREPOSITIONS = {"by", "with", "about", "at", "over", "from", "in", "on", "after"};

    /**
     * "Syrian hackers put out …", "Some Cruz endorsers said": a plural noun after a capitalised
     * adjective or name, or after a number, heads the phrase when a past tense, an auxiliary, a
     * reporting verb or a comma follows it ("Clinton leads by …" has its verb instead).
     */
    private boolean pluralAfterModifier(List<Token> tokens, int i, int end) {
        Token before = tokens.get(i - 1);
        boolean modifier = before.isCapitalized() && before.isWord() && !DETERMINERS.contains(before.lower())
                && !FUNCTION_WORDS.contains(before.lower()) || isQuantity(before);
        if (i + 1 >= end || !isBarePlural(tokens.get(i)) || !modifier) {
            return false;
        }
        Token next = tokens.get(i + 1);
        return next.is(",") || isPastForm(next) || Clauses.FINITE_AUXILIARIES.contains(next.lower())
                || !next.isCapitalized() && lexicons.verbForm(next.lower()) != null;
    }

    /** "The retired neurosurgeon": a plain word before the role noun it modifies, one or two words on. */
    private boolean modifiesNoun(List<Token> tokens, int i, int end) {
        return isPlainModifier(tokens.get(i)) && (i + 1 < end && isRoleNoun(tokens.get(i + 1))
                || i + 2 < end && isPlainModifier(tokens.get(i + 1)) && isRoleNoun(tokens.get(i + 2)));
    }

    private boolean isRoleNoun(Token t) {
        return !t.isCapitalized() && isNominal(t);
    }

    /**
     * "A senior administration official who spoke on the condition of anonymity said": a noun
     * phrase opening the sentence, its relative clause, then the verb; PolNeAR's source is all of it.
     */
    Optional<Mention> withRelativeClause(List<Token> tokens, int cue, int floor) {
        int first = afterConnectives(tokens, floor, cue);
        int relative = -1;
        for (int i = first + 1; i < cue && i - first <= MAX_PHRASE; i++) {
            if (tokens.get(i).isAny("who", "whose") || tokens.get(i).is("which") && tokens.get(i - 1).is(",")) {
                relative = i;
                break;
            }
        }
        // "Dr. Connie Mariano, who as a Navy captain was …, said": a clause set off by commas may run long
        int maxClause = relative > first && tokens.get(relative - 1).is(",") ? MAX_SET_OFF_CLAUSE : MAX_SENTENCE_SUBJECT;
        if (relative < 0 || cue - relative > maxClause) {
            return Optional.empty();
        }
        int last = cue - 1;
        while (last > relative && (isSkippedBeforeCue(tokens.get(last)) || tokens.get(last).is(","))) {
            last--;
        }
        boolean commaBefore = tokens.get(relative - 1).is(",");
        // the clause must close before the verb: by a comma when a comma opened it ("X, who …, said"),
        // else after a few words ("an official who spoke on the condition of anonymity said")
        if (commaBefore ? !tokens.get(cue - 1).is(",") && !isSkippedBeforeCue(tokens.get(cue - 1)) || last - relative < 2
                : last - relative < 2) {
            return Optional.empty();
        }
        for (int i = relative + 1; i <= last; i++) {
            if (!tokens.get(i).isWord() && !tokens.get(i).isAny("-", "'s", "\u2019s", ".") && !(commaBefore && tokens.get(i).is(","))) {
                return Optional.empty();
            }
        }
        // "Sanders, who had said he would debate, criticized …": a clause that reports speech is an attribution of its own
        boolean ownReport = commaBefore && reportsSpeech(tokens, relative + 1, last + 1);
        int end = last;
        // "Sandy Phillips, who lost her daughter …, said": the comma before "who" is the clause's
        int headEnd = tokens.get(relative - 1).is(",") ? relative - 2 : relative - 1;
        // "Representative Peter Welch, Democrat of Vermont, who …": the head may carry an apposition
        return after(tokens, first, headEnd + 1, false).filter(m -> m.lastToken() == headEnd && m.kind() != MentionKind.PRONOUN)
                .or(() -> after(tokens, first, headEnd + 1, true).filter(m -> m.lastToken() == headEnd && m.kind() == MentionKind.NAME))
                // "Those who voted for Trump said": a group named by its clause alone
                .or(() -> headEnd == first && (STANDALONE_QUANTIFIERS.contains(tokens.get(first).lower())
                        || tokens.get(first).isAny("those", "people"))
                        ? Optional.of(new Mention(tokens.get(first).span(), MentionKind.UNNAMED, first, first)) : Optional.empty())
                // "Hawkins and others who want to ban abortion said": joined phrases before the clause
                .or(() -> phraseEndingAt(tokens, headEnd, first).map(m -> withConjunctsBefore(tokens, m, first))
                        .filter(m -> m.firstToken() == first && m.lastToken() == headEnd))
                .map(m -> ownReport ? m : new Mention(new Span(m.span().begin(), tokens.get(end).end()), m.kind(), m.firstToken(), end));
    }

    /** Past the punctuation and connectives a sentence may open with: "But", "Still,", "Meanwhile,". */
    private static int afterConnectives(List<Token> tokens, int first, int end) {
        int i = afterDateline(tokens, first, end);
        while (i < end && (tokens.get(i).isAny(",", "\u2014", "-") || LEADING_CONNECTIVES.contains(tokens.get(i).lower())
                || isSentenceAdverb(tokens.get(i)) && i + 1 < end && tokens.get(i + 1).isAny(",", "when", "as", "if", "after",
                        "before", "since", "while", "until", "because"))) {
            i++;
        }
        // "More recently, Rubio has shifted …": a graded adverb before the comma
        if (i + 2 < end && tokens.get(i).isAny(GRADING_WORDS) && tokens.get(i).isCapitalized()
                && isAdverb(tokens.get(i + 1).lower()) && tokens.get(i + 2).is(",")) {
            i += 3;
        }
        return i;
    }

    /** Endings of adverbs and not of names ("Kelly", "Reilly", "Schlafly", "Assembly", "Beverly", "July"). */
    private static final List<String> ADVERB_ENDINGS = List.of("ally", "ntly", "tely", "usly", "vely", "edly", "ngly",
            "ully", "ably", "ibly", "arly", "ctly", "stly", "ssly", "ckly", "rtly", "ptly", "sely", "rely", "nely", "mely");
    private static final int MIN_SENTENCE_ADVERB = 6;

    /**
     * "Recently, however, it issued …", "Usually when history is made, news outlets …": when or how,
     * not who; before a comma or a clause only, as "Nearly eight in 10 voters" counts its speakers.
     */
    private static boolean isSentenceAdverb(Token t) {
        return t.isCapitalized() && isAdverb(t.lower());
    }

    private static boolean isAdverb(String w) {
        return w.length() >= MIN_SENTENCE_ADVERB && ADVERB_ENDINGS.stream().anyMatch(w::endsWith) || ADVERBS_BEFORE_COMMA.contains(w);
    }

    private static final String[] GRADING_WORDS = {"more", "most", "less", "even", "much", "very", "quite", "perhaps"};

    /** "Overall, the fund predicted …": adverbs without -ly, which before a comma say how, not who. */
    private static final Set<String> ADVERBS_BEFORE_COMMA = Set.of("overall", "besides", "afterward", "afterwards");

    /**
     * "ORLANDO, Fla. (Reuters) - President Barack Obama …": past a dateline, a capitalised place and
     * the agency in parentheses before a dash, to the sentence's own first word.
     */
    private static int afterDateline(List<Token> tokens, int first, int end) {
        // the splitter may have ended a sentence at "Fla.", leaving "(Reuters) - …" to open this one
        if (first >= end || !isAllCaps(tokens.get(first)) && !tokens.get(first).is("(")) {
            return first;
        }
        for (int i = first + 1; i + 1 < end && i - first <= MAX_DATELINE; i++) {
            if (tokens.get(i).is(")") && tokens.get(i + 1).isAny("-", "\u2014", "\u2013")) {
                return i + 2;
            }
        }
        return first;
    }

    private static final int MAX_DATELINE = 10;

    private static boolean isAllCaps(Token t) {
        return t.isWord() && t.text().length() > 1 && t.text().chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    /** The token after the first comma from {@code first} on; {@code end + 1} when none comes before {@code end}. */
    private static int afterComma(List<Token> tokens, int first, int end) {
        int comma = first;
        while (comma < end && !tokens.get(comma).is(",")) {
            comma++;
        }
        return comma + 1 < end && tokens.get(comma + 1).is("\u201d") ? comma + 2 : comma + 1;
    }

    /**
     * "far fewer publications", "42 percent of the Republicans", "many voters": a counted or
     * quantified group starting at token {@code start}, through "of" and its plain words, for a
     * passive's "by"; names nobody ({@link MentionKind#UNNAMED}).
     */
    Optional<Mention> countedGroupAfter(List<Token> tokens, int start, int ceiling) {
        if (start >= ceiling) {
            return Optional.empty();
        }
        Token first = tokens.get(start);
        boolean share = first.isAny("a", "an") && start + 1 < ceiling && tokens.get(start + 1).isAny(SHARES); // "a majority of"
        if (!(isQuantity(first) || first.isAny(COUNTED_GROUP_OPENERS) || share)) {
            return Optional.empty();
        }
        int last = start;
        for (int i = start + 1; i < ceiling && i - start < MAX_PHRASE; i++) {
            Token t = tokens.get(i);
            // "6 in 10 voters", "majorities of both men and women"
            boolean ratio = t.is("in") && isQuantity(tokens.get(i - 1)) && i + 1 < ceiling && isQuantity(tokens.get(i + 1));
            boolean pair = t.is("and") && i + 1 < ceiling && isPlainModifier(tokens.get(i + 1));
            if (!t.isWord() && !t.isAny("%") || t.is("that")
                    || FUNCTION_WORDS.contains(t.lower()) && !t.isAny("of", "the") && !ratio && !pair) {
                break;
            }
            last = i;
        }
        while (last > start && tokens.get(last).isAny("of", "the")) {
            last--;
        }
        return last == start && !isNominal(first) ? Optional.empty()
                : Optional.of(new Mention(new Span(first.begin(), tokens.get(last).end()), MentionKind.UNNAMED, start, last));
    }

    private static final String[] COUNTED_GROUP_OPENERS = {"far", "many", "most", "some", "several", "few", "dozens",
        "hundreds", "thousands", "millions", "majorities", "large", "overwhelming", "huge", "vast", "nearly", "almost",
        "about", "roughly", "only", "just"};
    private static final String[] SHARES = {"majority", "plurality", "third", "quarter", "half", "number", "handful", "dozen"};

    /** The phrase that starts at token {@code start}, with an apposition after a comma if one follows. */
    Optional<Mention> after(List<Token> tokens, int start, int ceiling) {
        return after(tokens, start, ceiling, true);
    }

    /** The phrase that starts at token {@code start}, not reaching token {@code ceiling}. */
    Optional<Mention> after(List<Token> tokens, int start, int ceiling, boolean withApposition) {
        if (start >= ceiling) {
            return Optional.empty();
        }
        Token first = tokens.get(start);
        if (first.isAny("and", "or", "but", "of", "&", "for", "at")) {
            return Optional.empty(); // "… and Trump said", "offered at the GOP gathering": a phrase never opens with a joiner
        }
        if (lexicons.pronounType(first.lower()) != null && !first.is("it")) {
            return Optional.of(new Mention(first.span(), MentionKind.PRONOUN, start, start));
        }
        int i = start;
        int lastNominal = -1;
        // after a determiner, plain words may modify the head: "one district GOP leader"
        boolean determined = DETERMINERS.contains(first.lower()) || lexicons.isUnnamedQuantifier(first.lower());
        int plainRun = 0; // plain words since the last name or role noun; "the period of 'U.S.'" is no word
        while (i < ceiling && i - start < MAX_PHRASE) {
            Token t = tokens.get(i);
            if (isNominalAt(tokens, i) || i == start && isFirstNameLikeAuxiliary(tokens, i, ceiling) || i > start && endsOutletName(tokens, i)) {
                lastNominal = i;
                plainRun = 0;
            } else if ((determined || lastNominal >= 0) && (isPlainModifier(t) || modifiesRoleNoun(tokens, i, ceiling))
                    && (plainRun < MAX_MODIFIERS || modifiesNoun(tokens, i, ceiling))) {
                plainRun++; // "a former U.S. law enforcement official"
            } else if (plainRun > 0 || !isJoiner(t) && !joinsNameParts(tokens, i) && !DETERMINERS.contains(t.lower())
                    && !lexicons.isUnnamedQuantifier(t.lower()) && !(i > start && whoseRole(tokens, i, ceiling))) {
                break; // "Trump barked at the reporter": plain words modify the noun right after them, or end the phrase
            }
            i++;
        }
        if (lastNominal < 0) {
            return Optional.empty();
        }
        int end = withDocument(tokens, lastNominal, ceiling);
        if (end + 2 < ceiling && isAbbreviationPeriod(tokens, end + 1) && tokens.get(end + 2).is(",")) {
            end++; // "James B. Comey Jr., the director of …": the period of "Jr." is the name's
        }
        // an apposition after a comma: "Luke Harding, analyst at Guardianspeak"
        if (withApposition && end + 2 < ceiling && tokens.get(end + 1).is(",")) {
            int k = end + 2;
            int lastInApposition = -1;
            boolean relative = false;
            while (k < ceiling && k - start < MAX_PHRASE * 2 && !tokens.get(k).isAny(";", ":", "!", "?")
                    && !(tokens.get(k).is(",") && !isPlaceComma(tokens, k, ceiling))
                    && !(tokens.get(k).is(".") && !isAbbreviationPeriod(tokens, k))) {
                Token t = tokens.get(k);
                if (t.is(",")) {
                    k++;
                    continue; // "a truck driver from Ava, Mo.": the town's state
                }
                // "Mike Lux, a progressive activist who is a former labor official": PolNeAR keeps the clause
                relative |= lastInApposition > 0 && t.isAny("who", "whose");
                // "Sexton, a creative writing professor": a verb form may modify the noun after it
                boolean modifiesNext = t.isWord() && !t.isCapitalized() && k + 1 < ceiling && isNominal(tokens.get(k + 1));
                if (isNominal(t) || relative && t.isWord() || modifiesNext
                        || isAppositionWord(t) && !isJoiner(t) && !DETERMINERS.contains(t.lower())) {
                    lastInApposition = k;
                } else if (!isJoiner(t) && !DETERMINERS.contains(t.lower())) {
                    lastInApposition = -1;
                    break;
                }
                k++;
            }
            if (lastInApposition > 0 && isAppositionStart(tokens.get(end + 2))) {
                end = lastInApposition;
                if (end + 1 < ceiling && isAbbreviationPeriod(tokens, end + 1)) {
                    end++; // the period of "R-Ky." is the name's
                }
            }
        }
        if (withApposition && end + 2 < ceiling && tokens.get(end + 1).isAny("who", "whose")) {
            // "said a senior administration official who spoke on the condition of anonymity."
            int k = end + 2;
            while (k < ceiling && tokens.get(k).isWord() && k - end <= MAX_PHRASE) {
                k++;
            }
            if (k == ceiling || tokens.get(k).isAny(".", ",", "!", "?") && k + 1 >= ceiling) {
                end = k - 1;
            }
        }
        return Optional.of(mention(tokens, start, end));
    }

    /**
     * The phrase reaches back over one or two plain lowercase words to a determiner before them:
     * "The finance minister, Lou Jiwei", "Other refugee advocates"; without the determiner, the
     * words may be anything ("to rally supporters") and are left out.
     */
    private int withLowercaseModifiers(List<Token> tokens, int begin, int floor) {
        int k = begin - 1;
        for (; k >= floor && begin - k <= MAX_MODIFIERS + 2; k--) {
            Token t = tokens.get(k);
            if (DETERMINERS.contains(t.lower()) || lexicons.isUnnamedQuantifier(t.lower())) {
                return k < begin - 1 ? k : begin;
            }
            if (!isPlainModifier(t)) {
                // "In several cases, tech executives say", "But public records show": a clause may open with the bare modifiers
                return k < begin - 1 && (t.is(",") || CLAUSE_OPENING_CONJUNCTIONS.contains(t.lower())) ? k + 1 : begin;
            }
        }
        return k < floor && k < begin - 1 ? floor : begin;
    }

    /** A lower-case word that may modify a source's head: not a function word, adverb or reporting verb. */
    boolean isPlainModifier(Token t) {
        // "told reporters that his office …": "that" opens a clause, it modifies no noun
        return t.isWord() && !t.isCapitalized() && !FUNCTION_WORDS.contains(t.lower()) && !t.lower().endsWith("ly")
                && !t.isAny("that", "whose", "whom", "than")
                && lexicons.verbForm(t.lower()) == null;
    }

    /**
     * "Democratic presidential nominee Hillary Clinton chimed in, saying …": an adjective between a
     * capitalised word and a role noun; no verb's shape ("berated reporters", "blasts officials").
     */
    private boolean modifiesRoleNounAfterName(List<Token> tokens, int i, int end) {
        String w = tokens.get(i).lower();
        return tokens.get(i - 1).isCapitalized() && isPlainModifier(tokens.get(i)) && i + 1 < end && isRoleNoun(tokens.get(i + 1))
                && !w.endsWith("ed") && !w.endsWith("s") && !w.endsWith("ing");
    }

    /**
     * "White House press secretary Josh Earnest": a verb's base form right before a role noun
     * modifies it, as "press" does "secretary"; "warns voters" is no modifier.
     */
    private boolean modifiesRoleNoun(List<Token> tokens, int i, int ceiling) {
        Token t = tokens.get(i);
        Lexicons.VerbForm form = lexicons.verbForm(t.lower());
        return form != null && !t.isCapitalized() && form.lemma().equals(t.lower()) && i + 1 < ceiling
                && isRoleNoun(tokens.get(i + 1));
    }

    /**
     * Conjunctions that, after a comma, open a clause of their own; fewer than
     * CLAUSE_OPENING_CONJUNCTIONS: ", and" may go on listing subjects ("Smith, Jones, and the
     * senator said"), ", as" and ", when" may open an aside inside the subject.
     */
    private static final Set<String> CLAUSE_CONJUNCTIONS_AFTER_COMMA = Set.of("but", "yet", "while", "although", "though",
            "because", "whereas");

    /** The first token after the last ", but" (or another clause conjunction) in {@code first..last}, else {@code first}. */
    private static int afterCommaConjunction(List<Token> tokens, int first, int last, boolean clauseBefore) {
        for (int i = last - 1; i > first; i--) {
            if (tokens.get(i - 1).is(",") && (CLAUSE_CONJUNCTIONS_AFTER_COMMA.contains(tokens.get(i).lower())
                    || clauseBefore && tokens.get(i).is("and"))) {
                return i + 1;
            }
        }
        return first;
    }

    /** A quantifier that names a group of speakers on its own, opening its clause: "others", "all". */
    private static Optional<Mention> standaloneQuantifier(List<Token> tokens, int at, int floor) {
        // "no one" is one quantifier in two words
        int first = at > floor && tokens.get(at).is("one") && tokens.get(at - 1).is("no") ? at - 1 : at;
        if (at >= floor && at + 1 < tokens.size() && tokens.get(at).isAny("most", "more", "less", "least")
                && tokens.get(at + 1).lower().endsWith("ly")) {
            return Optional.empty(); // "and most recently defended": the degree of an adverb, nobody
        }
        if (at < floor || first == at && !STANDALONE_QUANTIFIERS.contains(tokens.get(at).lower())
                || first > floor && tokens.get(first - 1).isWord() && !LEADING_CONNECTIVES.contains(tokens.get(first - 1).lower())
                        // "…, as some have speculated", "because many believe …": a conjunction opens the quantifier's clause
                        && !CLAUSE_OPENING_CONJUNCTIONS.contains(tokens.get(first - 1).lower())) {
            return Optional.empty();
        }
        return Optional.of(new Mention(tokens.get(first).span().union(tokens.get(at).span()), MentionKind.UNNAMED, first, at));
    }

    private boolean isBarePlural(Token t) {
        return isPlainModifier(t) && t.lower().endsWith("s") && !t.lower().endsWith("ss");
    }

    /**
     * "an event that …" opens a relative clause; "It is characteristic that …", "said that …"
     * open a complement clause.
     */
    boolean isRelativeThat(Token before) {
        return isRelativeThat(lexicons, before);
    }

    static boolean isRelativeThat(Lexicons lexicons, Token before) {
        return before.isWord() && !before.isCapitalized() && !before.lower().endsWith("ly")
                && lexicons.verbForm(before.lower()) == null && !COMPLEMENT_TAKERS.contains(before.lower());
    }

    private Optional<Mention> phraseEndingAt(List<Token> tokens, int end, int floor) {
        if (end < floor) {
            return Optional.empty();
        }
        // "the families, many of whom say", "superdelegates, the vast majority of whom support": the part of the group
        if (tokens.get(end).is("whom") && end - 2 >= floor && tokens.get(end - 1).is("of")) {
            int begin = end - 2;
            while (begin - 1 >= floor && end - begin < MAX_MODIFIERS + 3 && (isPlainModifier(tokens.get(begin - 1))
                    || DETERMINERS.contains(tokens.get(begin - 1).lower()) || isQuantity(tokens.get(begin - 1)))) {
                begin--;
            }
            boolean part = lexicons.isUnnamedQuantifier(tokens.get(end - 2).lower()) || STANDALONE_QUANTIFIERS.contains(tokens.get(end - 2).lower())
                    || isQuantity(tokens.get(end - 2)) || tokens.get(end - 2).isAny("majority", "half", "percent", "%", "dozens", "hundreds");
            return part ? Optional.of(new Mention(new Span(tokens.get(begin).begin(), tokens.get(end).end()), MentionKind.UNNAMED,
                    begin, end)) : Optional.empty();
        }
        // a parenthetical after a name belongs to it: "Rep. Jim Jordan (R-Ohio)"
        int tail = end;
        if (tokens.get(end).is(")")) {
            for (int k = end - 1; k > floor && end - k <= MAX_PARENTHETICAL; k--) {
                if (tokens.get(k).is("(")) {
                    end = k - 1;
                    break;
                }
                if (tokens.get(k).is(")")) {
                    return Optional.empty();
                }
            }
            if (end == tail) {
                return Optional.empty();
            }
        }
        Token last = tokens.get(end);
        if (last.isAny("him", "her", "them", "us", "me")) {
            return qualifiedBy(tokens, end, tail, floor); // "Those close to him say": the pronoun is the qualifier's
        }
        if (lexicons.pronounType(last.lower()) != null) {
            return Optional.of(new Mention(last.span(), MentionKind.PRONOUN, end, end));
        }
        // "a super PAC that intends to …": the relative pronoun is the verb's subject, as "who" is
        if (last.is("that") && end - 1 >= floor && (isRelativeThat(tokens.get(end - 1)) || tokens.get(end - 1).isCapitalized()
                && end - 1 > floor)) {
            return Optional.of(new Mention(last.span(), MentionKind.PRONOUN, end, end));
        }
        Optional<Mention> group = standaloneQuantifier(tokens, end, floor); // "others say", "many argue"
        if (group.isPresent()) {
            return group;
        }
        if (end - 2 >= floor && isNumber(last) && tokens.get(end - 1).is("in") && isNumber(tokens.get(end - 2))) {
            // "one in five say": a ratio on its own, with the "about" or "nearly" that hedges it
            int begin = end - 3 >= floor && APPROXIMATORS.contains(tokens.get(end - 3).lower()) ? end - 3 : end - 2;
            if (end - 4 >= floor && tokens.get(end - 3).is("than") && tokens.get(end - 4).isAny("more", "fewer", "less")) {
                begin = end - 4; // "more than 4 in 10"
            }
            return Optional.of(new Mention(new Span(tokens.get(begin).begin(), last.end()), MentionKind.UNNAMED, begin, end));
        }
        if (end - 2 > floor && isQuantity(last) && tokens.get(end - 1).is("of") && isNominal(tokens.get(end - 2))) {
            // "when pressed, the mother of three replied": a count after "of" belongs to the noun before it
            int countEnd = end;
            return phraseEndingAt(tokens, end - 2, floor).map(m -> new Mention(new Span(m.span().begin(), last.end()), m.kind(),
                    m.firstToken(), countEnd));
        }
        if (!isNominal(last)) {
            return Optional.empty();
        }
        int begin = end;
        int i = end - 1;
        int plainRun = 0;
        while (i >= floor && end - i < MAX_PHRASE) {
            Token t = tokens.get(i);
            if (t.isAny("and", "or") && isQuantity(tokens.get(i + 1)) && !tokens.get(i + 1).text().contains("-")) {
                break; // "46 percent would choose Clinton and 44 percent would back Trump": a count opens its own subject
            }
            if (t.isWord() && !t.isCapitalized() && (isDocumentNoun(t) || t.isAny("time", "times")) && tokens.get(i + 1).isCapitalized()) {
                break; // "In a Bloomberg interview Trump declared", "the third time AROS said": the name opens the subject
            }
            // "he and Mr. Allen said", "she and another reporter said": a pronoun joined to the phrase
            boolean joinedPronoun = lexicons.pronounType(t.lower()) != null && !t.isAny("who", "which", "it")
                    && tokens.get(i + 1).is("and");
            // "A June poll", "Monday night's results": a date before a noun names which one
            boolean dateModifier = t.isCapitalized() && NEVER_SOURCES.contains(t.lower()) && i < end
                    && !t.isAny("worse", "better", "still") && namedByDate(tokens.get(i + 1))
                    && java.util.stream.IntStream.rangeClosed(i + 1, end).noneMatch(j -> tokens.get(j).isCapitalized());
            if (isNominal(t) || DETERMINERS.contains(t.lower()) || lexicons.isUnnamedQuantifier(t.lower())
                    || Character.isDigit(t.text().charAt(0)) && t.isWord() || joinedPronoun || dateModifier) {
                begin = i;
                plainRun = 0;
            } else if ((isPlainModifier(t) || modifiesRoleNoun(tokens, i, end + 1)) && plainRun < MAX_MODIFIERS && i > floor) {
                // "the Republican presidential candidate": a plain word counts once a name or determiner opens it
                plainRun++;
            } else if (!isJoiner(t) && !joinsNameParts(tokens, i) && !(t.is("even") && i > floor && tokens.get(i - 1).is("and"))
                    || Clauses.isDash(tokens, i)) {
                // "other candidates and even a prominent columnist": one group; a phrase opening with "even" leaves it out
                break; // "women and minorities - Georgia businessman Bruce LeVell": a dash ends the phrase
            }
            i--;
        }
        // "De Blasio", "Van Hollen": a capitalised particle opens the name
        while (begin < end && isJoiner(tokens.get(begin)) && !DETERMINERS.contains(tokens.get(begin).lower())
                && !(tokens.get(begin).isCapitalized() && NAME_PARTICLES.contains(tokens.get(begin).lower()))) {
            begin++;
        }
        begin = withLowercaseModifiers(tokens, begin, floor);
        begin = afterObjectConjunct(tokens, begin, end, floor);
        // "Six in 10 voters", "one in four": a ratio opens the phrase
        if (begin - 2 >= floor && Character.isDigit(tokens.get(begin).text().charAt(0)) && tokens.get(begin - 1).is("in")
                && isNumber(tokens.get(begin - 2))) {
            begin -= 2;
        }
        Mention named = mention(tokens, begin, end);
        Optional<Mention> qualified = qualifiedBy(tokens, begin, tail, floor);
        if (qualified.isEmpty()) {
            qualified = documentOf(tokens, begin, tail, floor);
        }
        if (qualified.isEmpty()) {
            qualified = groupIn(tokens, begin, tail, floor);
        }
        if (qualified.isPresent()) {
            return qualified;
        }
        return Optional.of(tail == end ? named : new Mention(new Span(named.span().begin(), tokens.get(tail).end()),
                named.kind(), begin, tail));
    }

    /**
     * "Republicans in Tennessee and Georgia were worried", "A lawmaker in the Philippines is calling
     * for": the place or body after a group says where its speakers are; the group speaks.
     */
    private Optional<Mention> groupIn(List<Token> tokens, int begin, int tail, int floor) {
        int preposition = begin - 1;
        if (preposition - 1 < floor || !tokens.get(preposition).isAny("in", "from", "at", "across")
                || lexicons.roleNoun(tokens.get(preposition - 1).lower()) == null) {
            return Optional.empty();
        }
        return hedgedPhraseEndingAt(tokens, preposition - 1, floor)
                .map(group -> new Mention(new Span(group.span().begin(), tokens.get(tail).end()), group.kind(), group.firstToken(), tail));
    }

    /**
     * "An email from Neera Tanden", "a projection from the Cook Political Report", "A statement
     * posted on the website GunBroker.com", "His email to supporters": the document the name wrote,
     * published or sent speaks, and PolNeAR's source runs from it.
     */
    private Optional<Mention> documentOf(List<Token> tokens, int begin, int tail, int floor) {
        int preposition = begin - 1;
        if (preposition - 1 < floor || !tokens.get(preposition).isAny("from", "by", "of", "on", "in", "to")
                || tokens.get(preposition).is("to") && !isDocumentNoun(tokens.get(preposition - 1))) {
            return Optional.empty();
        }
        int k = preposition - 1;
        if (PUBLISHING_PARTICIPLES.contains(tokens.get(k).lower())) {
            k--;
        }
        boolean document = false;
        for (int i = k; i >= floor && k - i <= MAX_DOCUMENT_WORDS; i--) {
            Token t = tokens.get(i);
            document |= isDocumentNoun(t);
            if (DETERMINERS.contains(t.lower()) && !t.isAny("both", "all", "each", "every")) {
                return document && i < k ? Optional.of(new Mention(new Span(t.begin(), tokens.get(tail).end()),
                        MentionKind.DESCRIPTION, i, tail)) : Optional.empty();
            }
            if (!t.isWord() || lexicons.verbForm(t.lower()) != null && !lexicons.isSpeakingDocument(t.lower())) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "a RealClearPolitics average of recent polls", "a report from the SITE Intelligence Group": a
     * document noun after the name, and whose it is, belong to the source.
     */
    private int withDocument(List<Token> tokens, int end, int ceiling) {
        int last = end;
        while (last + 1 < ceiling && isDocumentNoun(tokens.get(last + 1))) {
            last++;
        }
        if (isDocumentNoun(tokens.get(last)) && last + 2 < ceiling && tokens.get(last + 1).isAny("of", "from", "by")) {
            int documentEnd = last;
            int k = last + 2;
            while (k < ceiling && k - documentEnd <= MAX_MODIFIERS + 2 && (DETERMINERS.contains(tokens.get(k).lower())
                    || isPlainModifier(tokens.get(k)) && !isDocumentNoun(tokens.get(k)))) {
                k++;
            }
            int ofDocuments = k < ceiling && isDocumentNoun(tokens.get(k)) ? k : documentEnd; // "of recent polls"
            last = after(tokens, documentEnd + 2, ceiling, false).map(Mention::lastToken).orElse(ofDocuments);
        }
        return last;
    }

    /** "a longtime adviser to Trump", "aides to Mr. Sanders": "to" after a role noun says whose, before a name. */
    private boolean whoseRole(List<Token> tokens, int i, int ceiling) {
        return tokens.get(i).is("to") && i > 0 && lexicons.roleNoun(tokens.get(i - 1).lower()) != null && i + 1 < ceiling
                && (tokens.get(i + 1).isCapitalized() && isNominal(tokens.get(i + 1)) || DETERMINERS.contains(tokens.get(i + 1).lower()));
    }

    /** "June poll", "April survey", "Monday night": a word a date before it may modify. */
    private boolean namedByDate(Token t) {
        return isDocumentNoun(t) || t.isAny("night", "morning", "afternoon", "evening")
                || t.isWord() && !t.isCapitalized() && !isJoiner(t) && lexicons.verbForm(t.lower()) == null
                && !t.lower().endsWith("ed");
    }

    private boolean isDocumentNoun(Token t) {
        return lexicons.isSpeakingDocument(t.lower()) || DOCUMENT_NOUNS.contains(t.lower());
    }

    private static final int MAX_DOCUMENT_WORDS = 5;
    /** Nouns for what a named source put out, besides the speaking documents: "a projection from …". */
    private static final Set<String> DOCUMENT_NOUNS = Set.of("average", "projection", "analysis", "copy", "estimate",
            "tally", "review", "study", "count", "forecast", "ad", "video", "message", "release", "transcript",
            "summary", "draft", "filings", "documents", "records", "data", "model");
    private static final Set<String> PUBLISHING_PARTICIPLES = Set.of("posted", "issued", "released", "published",
            "obtained", "reviewed", "sent", "written", "filed", "conducted", "commissioned");

    /**
     * After a verb that follows its quote, the words up to the next comma or the sentence's end
     * when they end in a name or a role noun, whatever modifies it: "said election lawyer Joe
     * Birkenstock", "said retired Army Lt. Gen. Mick Bednarek", "said the 46-year-old".
     */
    Optional<Mention> invertedSubject(List<Token> tokens, int from, int ceiling) {
        int last = from - 1;
        while (last + 1 < ceiling && last + 1 - from < MAX_INVERTED_SUBJECT
                && (tokens.get(last + 1).isWord() || tokens.get(last + 1).isAny("-", "'s", "\u2019s")
                        || isAbbreviationPeriod(tokens, last + 1))) {
            last++;
        }
        boolean ends = last + 1 >= ceiling || tokens.get(last + 1).isAny(",", ".", "!", "?");
        if (last < from || !ends || tokens.get(last).is(".") && last + 1 < ceiling && !tokens.get(last + 1).is(",")) {
            return Optional.empty();
        }
        int head = tokens.get(last).is(".") ? last - 1 : last;
        boolean named = isNominal(tokens.get(head)) || DETERMINERS.contains(tokens.get(from).lower());
        boolean determined = DETERMINERS.contains(tokens.get(from).lower());
        for (int i = from; i <= last; i++) {
            // "said the second official": an ordinal after a determiner modifies the head
            boolean ordinal = determined && i > from && tokens.get(i).isAny("first", "second", "third", "last");
            // "said one of those advisers", "said a spokesman for the campaign": a preposition after the head
            // "said a longtime adviser to Trump": "to" after a role noun says whose
            boolean postmodifier = i > from && i < last && (tokens.get(i).isAny("of", "for", "at", "in", "with")
                    && (isNominal(tokens.get(i - 1)) || lexicons.isUnnamedQuantifier(tokens.get(i - 1).lower())
                            || NUMBER_WORDS.contains(tokens.get(i - 1).lower()))
                    || whoseRole(tokens, i, last + 1));
            if (lexicons.verbForm(tokens.get(i).lower()) != null && !tokens.get(i).lower().endsWith("ed")
                    || FUNCTION_WORDS.contains(tokens.get(i).lower()) && !DETERMINERS.contains(tokens.get(i).lower()) && !ordinal
                            && !postmodifier) {
                return Optional.empty(); // "said he would go": a clause, not a speaker
            }
        }
        if (!named) {
            return Optional.empty();
        }
        return Optional.of(mention(tokens, from, last));
    }

    private static final int MAX_INVERTED_SUBJECT = 8;

    /**
     * "to bolster their armies and the NATO chief said": a phrase joined by "and" right after a
     * lower-case word other than a clause opener is the object of what comes before; the subject
     * is the part after the last "and".
     */
    private static int afterObjectConjunct(List<Token> tokens, int begin, int end, int floor) {
        if (begin <= floor) {
            return begin;
        }
        Token before = tokens.get(begin - 1);
        // "Blumenthal and Cohen", "Sanders and his supporters": a name opens a subject of two
        if (!before.isWord() || before.isCapitalized() || CONJUNCT_OPENERS.contains(before.lower())
                || Clauses.SUBORDINATORS.contains(before.lower()) || tokens.get(begin).isCapitalized()) {
            return begin;
        }
        for (int i = end - 1; i > begin; i--) {
            if (tokens.get(i).is("and")) {
                if (tokens.get(i + 1).is("even")) {
                    return begin; // "other candidates and even a prominent columnist": one group
                }
                // "a study by Harvard and the University of California": the "and" joins a preposition's objects
                for (int j = begin; j < i; j++) {
                    if (JOINED_BY_PREPOSITION.contains(tokens.get(j).lower())) {
                        return begin;
                    }
                }
                return i + 1;
            }
        }
        return begin;
    }

    private static final Set<String> JOINED_BY_PREPOSITION = Set.of("of", "by", "in", "at", "for", "from", "with", "on",
            "between", "among");
    /** Words after which a phrase opens a clause's subject, besides the subordinating conjunctions. */
    private static final Set<String> CONJUNCT_OPENERS = Set.of("that", "and", "but", "where", "so", "both", "even");

    /** The name that ends right before the parenthetical closing at {@code close}, with the parenthetical. */
    private Optional<Mention> beforeParenthetical(List<Token> tokens, int close, int floor) {
        for (int open = close - 1; open > floor && close - open <= MAX_PARENTHETICAL + 2; open--) {
            if (tokens.get(open).is("(")) {
                int at = open;
                return phraseEndingAt(tokens, open - 1, floor)
                        .filter(m -> m.lastToken() == at - 1 && m.kind() == MentionKind.NAME)
                        // "Sen. Jeff Merkley (D-Ore.) and Rep. Raúl Grijalva (D-Ariz.),": the last of a list is not the subject
                        .filter(m -> m.firstToken() == floor || tokens.get(m.firstToken() - 1).is(","))
                        .map(m -> new Mention(new Span(m.span().begin(), tokens.get(close).end()), m.kind(), m.firstToken(), close));
            }
        }
        return Optional.empty();
    }

    /** "Rep. Earl Blumenauer (D-Ore.) said": a short parenthesis after the name is the source's. */
    static Mention withParenthetical(List<Token> tokens, Mention source, int ceiling) {
        int open = source.lastToken() + 1;
        if (open >= ceiling || !tokens.get(open).is("(")) {
            return source;
        }
        for (int k = open + 1; k < ceiling && k - open <= MAX_PARENTHETICAL + 2; k++) {
            if (tokens.get(k).is(")")) {
                return new Mention(new Span(source.span().begin(), tokens.get(k).end()), source.kind(), source.firstToken(), k);
            }
        }
        return source;
    }

    /**
     * "…," said Paloma Wu, legal director for the A.C.L.U., which filed a challenge.: what follows
     * the source's apposition to the sentence's end, a relative clause or a second apposition,
     * describes the speaker too, and PolNeAR's source runs to the end.
     */
    Mention withTrailingApposition(List<Token> tokens, Mention source, int ceiling) {
        int comma = source.lastToken() + 1;
        if (comma + 1 < ceiling && tokens.get(comma).is(".") && tokens.get(comma + 1).is(",")) {
            comma++; // "the A.C.L.U., which …": the abbreviation's period
        }
        if (comma + 1 >= ceiling || !tokens.get(comma).is(",") || !opensTrailingApposition(tokens, comma + 1, ceiling)) {
            return source;
        }
        int last = ceiling - 1;
        while (last > comma && Clauses.isTrailingPunctuation(tokens.get(last))) {
            last--;
        }
        if (last <= comma || last - comma > MAX_TRAILING_APPOSITION) {
            return source;
        }
        for (int i = comma + 1; i <= last; i++) {
            if (Clauses.isQuotation(tokens, i) || tokens.get(i).isAny(";", ":")) {
                return source;
            }
        }
        return new Mention(new Span(source.span().begin(), tokens.get(last).end()), source.kind(), source.firstToken(), last);
    }

    /**
     * "…, who …", "…, a Democratic pollster", "…, 32, of Chicago", "…, now a radio host", "…, managing
     * director at Evercore": what may open a description of the speaker after a comma; not an
     * adjunct or a participle that goes on about the speaking ("…, adding that …", "…, in an interview").
     */
    private boolean opensTrailingApposition(List<Token> tokens, int at, int ceiling) {
        Token t = tokens.get(at);
        if (TRAILING_APPOSITION_OPENERS.contains(t.lower()) || t.isCapitalized()) {
            return true;
        }
        if (Character.isDigit(t.text().charAt(0))) {
            return t.text().length() <= 3 && at + 1 < ceiling && tokens.get(at + 1).isAny(",", "."); // an age
        }
        if (t.isAny("of", "from") && at + 1 < ceiling && tokens.get(at + 1).isCapitalized()) {
            return true; // a hometown: "…, 30, of Gainesville, Fla."
        }
        // "…, managing director at Evercore", "…, president of …": a job, or a word that qualifies one
        return t.isAny("now", "formerly", "himself", "herself") || isRoleNoun(t) || JOB_QUALIFIERS.contains(t.lower());
    }

    private static final Set<String> TRAILING_APPOSITION_OPENERS = Set.of("who", "whose", "which",
            "a", "an", "the");
    /** Words that qualify a job and may open its description without an article: "managing director". */
    private static final Set<String> JOB_QUALIFIERS = Set.of("managing", "senior", "founder", "co-founder", "editor",
            "deputy", "former", "longtime", "political", "assistant", "associate", "vice", "communications", "press");
    private static final int MAX_TRAILING_APPOSITION = 20;

    /** "people close to the vice president", "officials familiar with the talks": the qualified noun is the source's head. */
    private Optional<Mention> qualifiedBy(List<Token> tokens, int begin, int tail, int floor) {
        if (begin - 3 < floor || !tokens.get(begin - 1).isAny("to", "with")
                || !tokens.get(begin - 2).isAny("close", "familiar", "knowledgeable", "closer")) {
            return Optional.empty();
        }
        Token head = tokens.get(begin - 3);
        Optional<Mention> qualified = head.lower().equals("those") || head.lower().equals("people")
                ? Optional.of(new Mention(head.span(), MentionKind.UNNAMED, begin - 3, begin - 3))
                : phraseEndingAt(tokens, begin - 3, floor).filter(m -> m.kind() != MentionKind.PRONOUN);
        return qualified.map(m -> new Mention(new Span(m.span().begin(), tokens.get(tail).end()), m.kind(), m.firstToken(), tail));
    }

    private Mention mention(List<Token> tokens, int begin, int end) {
        Span span = new Span(tokens.get(begin).begin(), tokens.get(end).end());
        return new Mention(span, kindOf(tokens, begin, end), begin, end);
    }

    private MentionKind kindOf(List<Token> tokens, int begin, int end) {
        boolean named = false;
        for (int i = begin; i <= end; i++) {
            Token t = tokens.get(i);
            if (t.isCapitalized() && !lexicons.isTitle(t.lower()) && !DETERMINERS.contains(t.lower())
                    && !lexicons.isUnnamedQuantifier(t.lower()) && !FUNCTION_WORDS.contains(t.lower())) {
                named = true;
            }
        }
        Token head = tokens.get(end);
        Lexicons.RoleNoun role = lexicons.roleNoun(head.lower());
        if (named && (role == null || !isRoleHeadOfName(tokens, begin, end))) {
            return MentionKind.NAME;
        }
        if (role == null) {
            return named ? MentionKind.NAME : MentionKind.DESCRIPTION;
        }
        Token first = tokens.get(begin);
        boolean definite = DETERMINERS.contains(first.lower()) && !first.isAny("a", "an");
        if (role.unnamedPlural() && !definite || first.isAny("a", "an") || lexicons.isUnnamedQuantifier(first.lower())
                && !definite) {
            return MentionKind.UNNAMED;
        }
        return MentionKind.DESCRIPTION;
    }

    /** "Russian military blogger Mikhail Zvinchuk" names; "the Ukrainian military" does not. */
    private boolean isRoleHeadOfName(List<Token> tokens, int begin, int end) {
        for (int i = begin; i < end; i++) {
            Token t = tokens.get(i);
            if (t.isCapitalized() && !lexicons.isTitle(t.lower()) && !DETERMINERS.contains(t.lower())
                    && !isNationality(t)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNationality(Token t) {
        String w = t.lower();
        return w.endsWith("an") || w.endsWith("ian") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("i");
    }

    /**
     * A short phrase that a determiner opens and plain words close, not in the lexicons, just
     * before the cue: "…, his brother added", "…, the airline said".
     */
    Optional<Mention> determinedBefore(List<Token> tokens, int cue, int floor) {
        int end = cue - 1;
        while (end >= floor && isSkippedBeforeCue(tokens.get(end))) {
            end--;
        }
        return end < floor ? Optional.empty() : determinedPhrase(tokens, end, floor);
    }

    private Optional<Mention> determinedPhrase(List<Token> tokens, int end, int floor) {
        for (int k = end; k >= floor && end - k <= MAX_MODIFIERS; k--) {
            Token t = tokens.get(k);
            if (k < end && (DETERMINERS.contains(t.lower()) || lexicons.isUnnamedQuantifier(t.lower()))
                    && !t.isAny("both", "all", "each", "every")) {
                return Optional.of(new Mention(new Span(t.begin(), tokens.get(end).end()), MentionKind.DESCRIPTION, k, end));
            }
            if (!isPlainModifier(t) && !(k < end && isNominal(t))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private boolean anyNominal(List<Token> tokens, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (isNominal(tokens.get(i)) || lexicons.isUnnamedQuantifier(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** "A reporter for USA Today": a word the phrase rules take for a time may end an outlet's name. */
    private boolean endsOutletName(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).isCapitalized() && lexicons.isMediaOutlet(tokens.get(i - 1).text() + " " + tokens.get(i).text());
    }

    /** "“…,” Will Estrada said": a capitalised "Will" before a name is a first name, not the auxiliary. */
    private boolean isFirstNameLikeAuxiliary(List<Token> tokens, int i, int ceiling) {
        Token t = tokens.get(i);
        return t.isCapitalized() && t.is("will") && i + 1 < ceiling && tokens.get(i + 1).isCapitalized()
                && isNominal(tokens.get(i + 1)) && !lexicons.isTitle(tokens.get(i + 1).lower());
    }

    /** {@link #isNominal(Token)}, or a surname that is also an auxiliary or a month: "Theresa May". */
    private boolean isNominalAt(List<Token> tokens, int i) {
        return isNominal(tokens.get(i)) || CueFinder.endsName(tokens, i, 0);
    }

    boolean isNominal(Token t) {
        if (!t.isWord()) {
            return false;
        }
        if (t.isCapitalized()) {
            return !DETERMINERS.contains(t.lower()) && !FUNCTION_WORDS.contains(t.lower()) && !NEVER_SOURCES.contains(t.lower());
        }
        return lexicons.roleNoun(t.lower()) != null || lexicons.isTitle(t.lower());
    }

    /** Whether tokens {@code last - 1} and {@code last} say when: "on Monday", "last week", "in 2001", "in April". */
    private static boolean isWhenBeforeVerb(List<Token> tokens, int last) {
        Token preposition = tokens.get(last - 1);
        Token t = tokens.get(last);
        return !preposition.isCapitalized() && (Clauses.TIME_WORDS.contains(t.lower()) && preposition.isAny("on", "last", "this")
                || Clauses.isDate(t) && preposition.is("in"));
    }

    /** "42", "3.5", "Thirty-one", "two-thirds": a number in digits or words. */
    static boolean isQuantity(Token t) {
        if (isNumber(t)) {
            return true;
        }
        for (String part : t.lower().split("-")) {
            if (!NUMBER_WORDS.contains(part) && !TENS_AND_TEENS.contains(part) && !FRACTIONS.contains(part)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> TENS_AND_TEENS = Set.of("eleven", "twelve", "thirteen", "fourteen", "fifteen",
            "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety", "hundred");
    private static final Set<String> FRACTIONS = Set.of("third", "thirds", "quarter", "quarters", "fifth", "fifths",
            "half", "tenth", "tenths");

    private static boolean isNumber(Token t) {
        return Character.isDigit(t.text().charAt(0)) || NUMBER_WORDS.contains(t.lower());
    }

    private boolean isAppositionWord(Token t) {
        return t.isWord() && !RELATIVES.contains(t.lower()) && lexicons.verbForm(t.lower()) == null
                && (t.isCapitalized() || t.lower().length() > 1);
    }

    private boolean isAppositionStart(Token t) {
        return DETERMINERS.contains(t.lower()) || isNominal(t) || isPlainModifier(t) && !t.lower().endsWith("ing")
                || Character.isDigit(t.text().charAt(0));
    }

    private static boolean isJoiner(Token t) {
        return JOINERS.contains(t.lower());
    }

    /** "Commission on Presidential Debates", "Council on Foreign Relations": "on" inside a name. */
    private static boolean joinsNameParts(List<Token> tokens, int i) {
        return tokens.get(i).is("on") && i > 0 && i + 1 < tokens.size() && tokens.get(i - 1).isCapitalized()
                && tokens.get(i + 1).isCapitalized() && tokens.get(i - 1).isWord() && tokens.get(i + 1).isWord();
    }

    /** A time word, or the preposition before one: "Thursday", "in June", "last week". */
    private static boolean isWhen(List<Token> tokens, int i, int floor) {
        String w = tokens.get(i).lower();
        if (i > floor && tokens.get(i).isCapitalized() && tokens.get(i - 1).isCapitalized() && !isWeekday(w)
                && !Clauses.MONTHS.contains(w)) {
            return false; // "USA Today reported": a capitalised "Today" inside a sentence is a name's
        }
        if (CueFinder.endsName(tokens, i, floor)) {
            return false; // "Theresa May suggested"
        }
        if (Clauses.TIME_WORDS.contains(w) || Clauses.MONTHS.contains(w)) {
            return true;
        }
        // "released in late September found": the part of the month is the time's too
        int time = i + 2 < tokens.size() && WHEN_OPENERS.contains(w) && tokens.get(i + 1).isAny(PARTS_OF_A_TIME) ? i + 2 : i + 1;
        return time < tokens.size() && (WHEN_OPENERS.contains(w) || tokens.get(i).isAny(PARTS_OF_A_TIME))
                && (Clauses.TIME_WORDS.contains(tokens.get(time).lower()) || Clauses.MONTHS.contains(tokens.get(time).lower()));
    }

    private static final String[] PARTS_OF_A_TIME = {"late", "early", "mid"};

    private static boolean isWeekday(String w) {
        return w.endsWith("day") && !w.equals("today") && !w.equals("yesterday");
    }

    /** "emails released this week": the time belongs to the participle before it, and stays. */
    private static boolean modifiesParticiple(List<Token> tokens, int i, int floor) {
        int k = i;
        while (k > floor && isWhen(tokens, k, floor)) {
            k--;
        }
        return tokens.get(k).lower().endsWith("ed") || tokens.get(k).lower().endsWith("en");
    }

    private static final Set<String> WHEN_OPENERS = Set.of("in", "on", "last", "this", "since", "until");

    private boolean isSkippedBeforeCue(Token t) {
        String w = t.lower();
        // an adverb ("repeatedly") stands between subject and verb; "ally" is a noun that heads the subject
        // "both Ukraine and Russia appear focused on": a seeming verb is no part of the subject either
        return SKIPPED_BEFORE_CUE.contains(w) || ImpersonalStanceLinker.SEEM.contains(w) || (w.endsWith("ly") && !t.isCapitalized() && w.length() > 3
                && lexicons.roleNoun(w) == null && !CueFinder.LY_NOT_ADVERBS.contains(w));
    }

    /** The comma of "Ava, Mo." or "Derry, N.H.": between a place and its state's abbreviation. */
    private static boolean isPlaceComma(List<Token> tokens, int comma, int ceiling) {
        if (comma <= 0 || comma + 1 >= ceiling || !tokens.get(comma - 1).isCapitalized() || !tokens.get(comma + 1).isCapitalized()) {
            return false;
        }
        // "Monsey, New York", "Sumter, South Carolina": a state after its town
        String state = tokens.get(comma + 1).lower();
        String twoWords = comma + 2 < ceiling ? state + " " + tokens.get(comma + 2).lower() : state;
        if (STATES.contains(state) || STATES.contains(twoWords)) {
            return true;
        }
        return comma + 2 < ceiling && isAbbreviationPeriod(tokens, comma + 2);
    }

    private static final Set<String> STATES = Set.of("alabama", "alaska", "arizona", "arkansas", "california", "colorado",
            "connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
            "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
            "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina",
            "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
            "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming");

    /** A short capitalised word right before a period: "Ky.", "Jr.", "Fla.", "Mr.". */
    /** Whether the token at {@code i} is the period of an abbreviation or initial ("Mr.", "U.S."), not a sentence's end. */
    static boolean isAbbreviationPeriod(List<Token> tokens, int i) {
        return i > 0 && tokens.get(i).is(".") && isAbbreviation(tokens.get(i - 1), tokens.get(i));
    }

    static boolean isAbbreviation(Token word, Token period) {
        return word.end() == period.begin() && word.isWord() && word.isCapitalized()
                && (word.text().length() <= 4 || word.isDottedInitialism());
    }

    private static int previousComma(List<Token> tokens, int from, int floor) {
        for (int i = from; i >= floor; i--) {
            if (tokens.get(i).is(",")) {
                return i;
            }
            if (isAbbreviationPeriod(tokens, i)) {
                continue; // "Mitch McConnell, R-Ky., said"
            }
            // "Hemsley, the co-author of “Going Viral,” about the rapid spread of information, said": past a title
            int title = tokens.get(i).isAny(DOUBLE_MARKS) ? quotedTitleOpening(tokens, i, floor) : -1;
            if (title >= 0) {
                i = title;
                continue;
            }
            if (tokens.get(i).isAny(".", ";", ":") || tokens.get(i).isAny(DOUBLE_MARKS)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "the co-author of “Going Viral,”": the opening mark of a short capitalised title whose
     * closing mark is at {@code close}, when a word of the running text stands before it; else -1.
     */
    private static int quotedTitleOpening(List<Token> tokens, int close, int floor) {
        for (int i = close - 1; i > floor && close - i <= MAX_QUOTED_TITLE; i--) {
            Token t = tokens.get(i);
            if (t.isAny(DOUBLE_MARKS)) {
                return i < close - 1 && tokens.get(i - 1).isWord() && tokens.get(i + 1).isCapitalized() ? i : -1;
            }
            if (t.isAny(".", ";", ":", "!", "?")) {
                return -1;
            }
        }
        return -1;
    }

    private static final int MAX_QUOTED_TITLE = 8;
    private static final String[] DOUBLE_MARKS = {"\"", "\u201C", "\u201D"};
}
