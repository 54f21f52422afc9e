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
 * Attributes reported speech around a reporting verb: {@code X said (that) …},
 * {@code …, X said.} / {@code …, said X.}, and {@code Stressing that …, X stated}.
 */
public final class ReportedSpeechLinker implements AnnotationStage {

    private static final int MIN_CONTENT_WORDS = 3;
    private static final int MAX_GOVERNING_WORDS = 6;
    private static final int MAX_TAIL = 6;
    private static final int MIN_CLAUSE_TAIL = 3;
    private static final int MAX_MEDIUM_TAIL = 14;
    private static final Set<String> MEDIUM_OPENERS = Set.of("in", "on", "during", "at", "via", "through", "with");
    /** Words that open a noun phrase, the verb's object, rather than an adjunct. */
    private static final Set<String> OBJECT_OPENERS = Set.of("the", "a", "an", "his", "her", "their", "its", "this",
            "these", "those", "our", "my", "your");
    /** Words after which a one-word answer has ended: "said yes while 48 percent …". */
    private static final Set<String> ANSWER_FOLLOWERS = Set.of("while", "but", "and", "compared", "in", "on", "when",
            "to", "at", "after", "before");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us", "it", "you");
    private static final int MAX_SOURCE_SINCE_COMMA = 12;
    private static final Set<String> NOT_IN_SOURCE_SINCE_COMMA = Set.of("could", "would", "will", "can", "may",
            "might", "should", "must", "is", "are", "was", "were", "him", "them", "us", "me");
    /** What may follow the source of "…, said X": an adjunct of time, place or medium, or a relative clause. */
    private static final Set<String> AFTER_INVERTED_SOURCE = Set.of("in", "on", "at", "during", "after", "before",
            "to", "for", "with", "from", "via", "last", "this", "earlier", "later", "when", "while", "who", "whose",
            "as", "according", "recently", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "of", "(", "\u2014", "\u2013", "-", "\"", "\u201c", "\u201d", "'", "\u2018", "\u2019", ")",
            ".", "!", "?", ":");
    private static final Set<String> SOURCE_OPENERS = Set.of("a", "an", "the", "one", "two", "three", "some", "several",
            "many", "other", "recent", "new", "previous", "earlier", "multiple", "numerous", "most", "both");
    private static final int MAX_RELATIVE_SUBJECT = 5;
    private static final Set<String> AUXILIARY_AFTER_BUT = Set.of("has", "have", "had", "did", "does", "declined",
            "refused", "stopped", "added", "also", "then", "later", "noted", "said", "insisted");
    /** How far before a second cue "and" may open its subject: "and one in four said". */
    private static final int MAX_COORDINATED_SUBJECT = 6;
    private static final int MAX_APPOSITION_TAIL = 16;
    /** Nouns whose that-clause is their content: "the argument that …". */
    private static final Set<String> CONTENT_NOUNS = Set.of("idea", "notion", "fact", "assertion", "suggestion",
            "argument", "possibility", "belief", "claim", "claims", "rumor", "rumors", "allegation", "allegations",
            "contention", "premise", "theory", "perception", "impression", "narrative", "speculation", "accusation",
            "accusations", "charge", "charges", "reports", "assumption", "view");
    private static final int MAX_CONTENT_NOUN_PHRASE = 4;
    private static final Set<String> TAKES_OBJECT = Set.of("tell", "ask", "inform", "assure", "warn", "urge", "remind",
            "promise");
    private static final Set<String> CLAUSE_OPENERS = Set.of("the", "a", "an", "this", "that", "these", "those",
            "there", "it", "he", "she", "they", "we", "i", "you", "his", "her", "their", "its", "our", "no", "some",
            "many", "most", "all", "any", "if", "after", "while", "when", "both", "neither", "not", "only");

    private static final Set<String> NOT_CLAUSE_OPENERS = Set.of("in", "on", "at", "of", "to", "for", "with", "during", "against",
            "about", "from", "by", "through", "via", "after", "before", "since", "as", "so", "nothing", "something",
            "anything", "little", "much", "more", "less", "yes", "no", "otherwise", "too", "again", "once", "twice",
            "today", "yesterday", "tomorrow", "tonight", "last", "next", "earlier", "later", "recently", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "and", "or", "but", "while", "when",
            "where", "why", "how", "what", "whether", "if", "than", "then", "up", "out", "off", "over", "back",
            "privately", "ago", "week", "month", "year", "morning", "afternoon", "evening", "night", "statement",
            "interview", "speech");

    private static final Set<String> SCENE_PREPOSITIONS = Set.of("at", "in", "on", "during", "after", "before",
            "with", "from", "for", "speaking", "asked", "when", "while", "since", "until", "upon", "amid",
            "following", "throughout");
    private static final Set<String> QUESTIONING = Set.of("ask", "wonder", "question", "inquire");
    /** Verbs that report what was told or left untold: "wouldn't say whether …", "explained how …". */
    private static final Set<String> UNDISCLOSING = Set.of("say", "tell", "explain", "disclose", "reveal", "specify",
            "indicate", "know", "decide", "discuss", "answer");
    private static final Set<String> QUESTION_WORDS = Set.of("how", "what", "whether", "why", "where", "when", "who",
            "which", "if");

    private final SourcePhrases phrases;
    private final Lexicons lexicons;

    private final boolean closingCuesOnly;

    /** All the rules of reported speech. */
    public ReportedSpeechLinker(Lexicons lexicons) {
        this(lexicons, false);
    }

    private ReportedSpeechLinker(Lexicons lexicons, boolean closingCuesOnly) {
        this.phrases = new SourcePhrases(lexicons);
        this.lexicons = lexicons;
        this.closingCuesOnly = closingCuesOnly;
    }

    /**
     * Only {@code …, X said.} with a speech verb that closes its sentence: run before the rules
     * that read other verbs in the sentence, since PolNeAR gives the whole sentence to the verb
     * that closes it ("…, which worked so well in Texas would derail …, Sabato said.", "A
     * witness said …, the report said.").
     */
    public static ReportedSpeechLinker closingCues(Lexicons lexicons) {
        return new ReportedSpeechLinker(lexicons, true);
    }

    @Override
    public void process(Analysis analysis) {
        // "…," Fiorina told a conservative audience: a cue that introduced a quote has said its piece
        java.util.Set<Span> usedCues = analysis.cuesInUse();
        java.util.TreeMap<Integer, Proposal> spokenByCue = analysis.spokenByCue();
        for (CueMatch cue : analysis.cues()) {
            if (cue.kind() != CueKind.VERB || analysis.isInsideQuote(cue.span().begin()) || usedCues.contains(cue.span())
                    || governsStrongerCue(analysis, cue) || describesStanceObject(analysis, cue)
                    || closingCuesOnly && (!cue.strong() || Clauses.isPassive(analysis.tokens(), cue))) {
                continue; // "I think …" inside a quote is the quoted speaker's, whose quote it stays
            }
            Optional<Proposal> proposal = closingCuesOnly
                    ? clauseBefore(analysis, cue).filter(p -> parenthetical(analysis, cue).isEmpty())
                    : participleClause(analysis, cue)
                    .or(() -> relativeClause(analysis, cue))
                    .or(() -> parenthetical(analysis, cue))
                    .or(() -> clauseBefore(analysis, cue))
                    .or(() -> clauseAfter(analysis, governedInfinitive(analysis, cue).orElse(cue), spokenByCue));
            proposal.flatMap(p -> Clauses.fitted(analysis, p, MIN_CONTENT_WORDS)).ifPresent(p -> {
                analysis.addProposal(p);
                if (p.source() != null) {
                    spokenByCue.putIfAbsent(p.cue().begin(), p);
                }
            });
        }
    }

    /**
     * {@code … an event that Carson says led him to Christ}: the relative pronoun and the rest of
     * its clause, two fragments around the source and verb inside it.
     */
    private Optional<Proposal> relativeClause(Analysis analysis, CueMatch cue) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
        int ceiling = Clauses.sentenceEndToken(analysis, cue.span().begin());
        int relativeAt = -1;
        for (int i = cue.firstToken() - 1; i > floor && cue.firstToken() - i <= MAX_RELATIVE_SUBJECT; i--) {
            if (tokens.get(i).isAny("which", "who", "whom", "what") || tokens.get(i).is("that") && phrases.isRelativeThat(tokens.get(i - 1))) {
                relativeAt = i;
                break;
            }
            if (!tokens.get(i).isWord()) {
                return Optional.empty();
            }
        }
        if (relativeAt < 0 || tokens.get(relativeAt).isAny("which", "whom")
                && PREPOSITIONS_BEFORE_RELATIVE.contains(tokens.get(relativeAt - 1).lower())) {
            return Optional.empty(); // "a year in which a majority say they …": the pronoun is the adjunct's, not what was said
        }
        if (isSubjectsVerb(tokens.get(relativeAt + 1))) {
            return Optional.empty(); // "One of the docs who sent the letter said …": the pronoun is the verb's subject
        }
        Optional<Mention> source = phrases.before(tokens, cue.firstToken(), relativeAt + 1);
        Token relative = tokens.get(relativeAt);
        int k = cue.lastToken() + 1;
        // "whom one Obama insider described as “his brother”": the relative pronoun is the object, "as" its description
        boolean objectAs = k < ceiling && tokens.get(k).is("as") && lexicons.complements(cue.lemma()).objectAs();
        if (source.isEmpty() || source.get().firstToken() != relativeAt + 1 || k >= ceiling || !tokens.get(k).isWord()
                || tokens.get(k).is("that") || NOT_CLAUSE_OPENERS.contains(tokens.get(k).lower()) && !objectAs) {
            return Optional.empty();
        }
        if (!objectAs && !lexicons.reportsClause(cue.lemma()) && OBJECT_OPENERS.contains(tokens.get(k).lower())) {
            return Optional.empty(); // "the possibility that Russia must recognize the territory": the verb's own object, no gap
        }
        int end = Clauses.clauseEnd(analysis, k, ceiling);
        if (tokens.get(relativeAt - 1).is(",")) {
            end = Clauses.beforeComma(tokens, k, end); // "The changes, which officials said will …, will not": the clause closes at its comma
        }
        if (Clauses.wordCount(tokens, k, end) < (objectAs ? 1 : 2)) {
            return Optional.empty();
        }
        Mention s = source.get();
        return Clauses.trimmed(tokens, k, end).map(rest -> new Proposal(relative.span().union(rest),
                ContentKind.INDIRECT, cue.span(), cue.kind(), s.span(), s.kind(), Rule.RELATIVE_CLAUSE,
                DirectQuoteLinker.confidence(cue.strong(), source) - 0.15,
                "\"" + relative.text() + " … " + cue.span().coveredText(analysis.text()) + "\": the source inside a relative clause",
                null, List.of(relative.span(), rest)));
    }

    /**
     * A lower-case past form or auxiliary that a relative pronoun before it is the subject of: "who
     * sent", "which included"; an -s form may be a plural noun ("which advocates say").
     */
    private boolean isSubjectsVerb(Token t) {
        String w = t.lower();
        return !t.isCapitalized() && t.isWord() && lexicons.pronounType(w) == null && !w.endsWith("ing")
                && (w.endsWith("ed") || SourcePhrases.isIrregularPast(w) || Clauses.FINITE_AUXILIARIES.contains(w));
    }

    /**
     * "She criticized what she called the angry rhetoric …", "railed against what he calls the
     * cartel": the words a stance verb takes are its content, and the speaker's naming of them
     * stays inside (PolNeAR train: the outer verb is the gold cue 29 times, the inner 18).
     */
    private boolean describesStanceObject(Analysis analysis, CueMatch cue) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
        for (int i = cue.firstToken() - 1; i > floor && cue.firstToken() - i <= MAX_RELATIVE_SUBJECT; i--) {
            if (tokens.get(i).is("what")) {
                return objectOfStance(analysis, i, floor);
            }
            if (!tokens.get(i).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** Whether a verb cue, with a preposition after it at most, ends right before token {@code what}: "railed against what …". */
    private static boolean objectOfStance(Analysis analysis, int what, int floor) {
        List<Token> tokens = analysis.tokens();
        int end = what - 1;
        if (end > floor && PREPOSITIONS_BEFORE_RELATIVE.contains(tokens.get(end).lower())) {
            end--;
        }
        int last = end;
        return Clauses.lastVerbCue(analysis, floor, what).filter(c -> c.lastToken() == last || c.lastToken() == what - 1).isPresent();
    }

    private static Mention mentionOf(Analysis analysis, Proposal spoken) {
        Span source = spoken.source();
        return new Mention(source, spoken.mentionKind(), analysis.tokenIndexAt(source.begin()),
                analysis.tokenIndexAt(source.end() - 1));
    }

    /**
     * {@code He went on to say …}, {@code Trump was not willing to say …}: an infinitive whose
     * governing words report nothing by themselves; PolNeAR's cue runs from the subject's verb.
     */
    private Optional<CueMatch> governedInfinitive(Analysis analysis, CueMatch cue) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
        int to = cue.firstToken() - 1;
        // "She appeared to imply that …", "seem to show that …": a seeming governs a verb of showing or saying
        boolean seeming = to - 1 > floor && tokens.get(to).is("to") && ImpersonalStanceLinker.SEEM.contains(tokens.get(to - 1).lower())
                && SEEMED_TO_SAY.contains(cue.lemma()) && !tokens.get(cue.firstToken()).isAny("have", "be", "been");
        // "Republicans continue to warn that …": a weaker verb right before "to" governs the stronger one, no cue of its own
        boolean weakerBefore = to - 1 > floor && Clauses.firstVerbCue(analysis, floor, to)
                .filter(c -> c.lastToken() == to - 1 && governsStrongerCue(analysis, c)).isPresent();
        if (!cue.strong() && !seeming || to - 1 <= floor || !tokens.get(to).is("to")
                || Clauses.firstVerbCue(analysis, floor, to).isPresent() && !weakerBefore) {
            return Optional.empty();
        }
        for (int j = to - 1; j > floor && to - j <= MAX_GOVERNING_WORDS; j--) {
            Token t = tokens.get(j);
            if (!t.isWord() || t.isCapitalized()) {
                return Optional.empty();
            }
            Optional<Mention> subject = phrases.before(tokens, j, floor);
            if (subject.isPresent() && subject.get().lastToken() == j - 1) {
                return Optional.of(new CueMatch(new Span(t.begin(), cue.span().end()), cue.kind(), cue.lemma(), j,
                        cue.lastToken(), cue.strong()));
            }
        }
        return Optional.empty();
    }

    /** "continue to warn that …": a weaker verb before "to" and a strong reporting verb leaves the report to that verb. */
    private boolean governsStrongerCue(Analysis analysis, CueMatch cue) {
        List<Token> tokens = analysis.tokens();
        int to = cue.lastToken() + 1;
        // "declined to say whether …": what one declines to do is the complement rule's content
        return !cue.strong() && !lexicons.complements(cue.lemma()).infinitive() && to + 1 < tokens.size() && tokens.get(to).is("to")
                && Clauses.cueStartingAt(analysis, to + 1).filter(c -> c.kind() == CueKind.VERB && c.strong()).isPresent();
    }

    /** A time word, or a stretch of time that only follows "that" or "this": "that day", "this summer". */
    private static boolean isTime(Token t) {
        return Clauses.TIME_WORDS.contains(t.lower()) || t.isAny("day", "time", "summer", "spring", "fall", "winter");
    }

    /** "Jeff Flake said he would.", "I think it's good.": a subject pronoun, or "it" and "you", opens a clause of its own. */
    private static boolean opensShortClause(String word) {
        return Clauses.SUBJECT_PRONOUNS.contains(word) || word.equals("it") || word.equals("you");
    }

    /** {@code X said (that) …}: the subject before the verb, the clause after it. */
    private Optional<Proposal> clauseAfter(Analysis analysis, CueMatch cue, java.util.TreeMap<Integer, Proposal> spokenByCue) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
        int ceiling = Clauses.sentenceEndToken(analysis, cue.span().begin());
        // "made it clear to Democrats that …": a strong cue ("made clear" only before a clause) reports one
        if (!lexicons.reportsClause(cue.lemma()) && !thatFollows(tokens, cue, ceiling) && !cue.strong()) {
            return Optional.empty(); // a stance verb's object is the complement rule's business: "voted Tuesday"
        }
        if (Clauses.takesNoClause(cue.lemma()) && !thatFollows(tokens, cue, ceiling)) {
            return Optional.empty(); // "Clinton spoke Monday night at a town hall": one speaks about something, not a clause
        }
        if (Clauses.takesAThing(tokens, cue, ceiling)) {
            return Optional.empty(); // "Sanders maintained his double-digit lead": a thing kept, no words
        }
        // "…, wrongly suggesting that …": the cue may open with its adverb
        boolean trailingParticiple = Clauses.followsComma(tokens, cue.firstToken(), floor)
                && java.util.stream.IntStream.rangeClosed(cue.firstToken(), Math.min(cue.firstToken() + 1, cue.lastToken()))
                        .anyMatch(i -> tokens.get(i).lower().endsWith("ing"));
        var earlier = spokenByCue.subMap(tokens.get(floor).begin(), true, cue.span().begin(), false);
        // "…, a Chinese official said, adding that …": the participle's speaker is the one the sentence named;
        // "Clinton attacked Trump, saying …": else the sentence's subject
        Optional<Mention> opening = !trailingParticiple ? Optional.empty() : !earlier.isEmpty()
                ? Optional.of(mentionOf(analysis, earlier.lastEntry().getValue()))
                : phrases.openingSubject(tokens, floor, cue.firstToken() - 1);
        Rule rule = opening.isPresent() ? Rule.TRAILING_PARTICIPLE : Rule.SOURCE_CUE_THAT_CLAUSE;
        boolean verbBetween = Clauses.firstVerbCue(analysis, floor, cue.firstToken()).isPresent();
        boolean reports = cue.strong() || thatFollows(tokens, cue, ceiling);
        // a weaker verb ("Polls in Virginia show the race …") needs a subject right before it, which
        // the sentence's opening may then complete; it finds no subject in the opening alone ("pledged delegates")
        Optional<Mention> source = opening.or(() -> phrases.subjectOf(tokens, cue.firstToken(), floor, reports, verbBetween)
                .flatMap(near -> reports ? Optional.of(near)
                        : phrases.subjectOf(tokens, cue.firstToken(), floor, true, verbBetween).or(() -> Optional.of(near))));
        if (source.isEmpty()) {
            return Optional.empty();
        }
        int k = cue.lastToken() + 1;
        if (k < ceiling && !tokens.get(k).isAny("with", "for") && lexicons.complements(cue.lemma()).particles().contains(tokens.get(k).lower())) {
            // "critics point to charities that fund …": the particle's object is what is reported, and
            // the "that" opens a relative clause; "agreed with Ivana Trump that …", "argued for years that …" report the clause
            return Optional.empty();
        }
        Optional<Span> answer = shortAnswer(analysis, k, ceiling);
        if (answer.isPresent() && cue.strong()) {
            return Optional.of(new Proposal(answer.get(), ContentKind.INDIRECT, cue.span(), cue.kind(), source.get().span(),
                    source.get().kind(), rule, DirectQuoteLinker.confidence(cue.strong(), source) - 0.2,
                    "\"" + cue.span().coveredText(analysis.text()) + "\" and a short answer", null));
        }
        if (TAKES_OBJECT.contains(cue.lemma())) {
            // "told USA TODAY's weekly video series it is clear …": a name in a possessive only begins the addressee
            Optional<Mention> object = phrases.after(tokens, k, ceiling).filter(m -> m.lastToken() + 1 >= ceiling
                    || !tokens.get(m.lastToken() + 1).isPossessive() && !tokens.get(m.lastToken()).isPossessive());
            if (object.isPresent()) {
                k = afterPlace(tokens, object.get().lastToken() + 1, ceiling);
            } else if (k + 1 < ceiling && OBJECT_PRONOUNS.contains(tokens.get(k).lower()) && !tokens.get(k).is("it")
                    && opensClause(tokens.get(k + 1))) {
                k++; // "told me he's had a tragedy-free life": whom he told is no part of what
            } else {
                k = pastAddressee(tokens, k, ceiling); // "asked our followers who their favorite speaker was"
            }
        }
        k = afterTimeAdjunct(tokens, k, ceiling);
        // "said in an interview with The Associated Press last week that …": a medium before the clause
        int tail = MEDIUM_OPENERS.contains(tokens.get(Math.min(k, ceiling - 1)).lower()) ? MAX_MEDIUM_TAIL : MAX_TAIL;
        int that = findWithin(tokens, k, Math.min(ceiling, k + tail), "that");
        if (that >= 0 && (that + 1 >= ceiling || tokens.get(that + 1).isAny(".", ";", ":", "!", "?", ")"))) {
            that = -1; // "says he introduced legislation to accomplish that.": a pronoun, no clause follows
        } else if (that > k && tokens.get(k).is("to") && Clauses.isPassive(tokens, cue)) {
            that = -1; // "Trump is expected to be competitive in that contest": the infinitive is what is expected
        } else if (that > k && SourcePhrases.COMPLEMENT_ADJECTIVES.contains(tokens.get(that - 1).lower())) {
            that = -1; // "said it is clear that she will win": the "that" completes "clear", inside what was said
        } else if (that > k && coordinatedCueBefore(analysis, k, that)) {
            that = -1; // "has disputed both critiques, but says that …": the "that" is the later verb's
        } else if (that > k && ownVerbBefore(analysis, k, that)) {
            that = -1; // "He says Obama “knows full well that …”": the clause has begun, its verb takes the "that"
        }
        // "called the assault that killed five officers …": a "that" after the verb's own object opens a relative clause
        // "said he has supported legislation that would …": a subject pronoun after the verb opens the clause itself
        boolean objectFirst = that > k && !TAKES_OBJECT.contains(cue.lemma())
                && (OBJECT_OPENERS.contains(tokens.get(k).lower()) || Clauses.SUBJECT_PRONOUNS.contains(tokens.get(k).lower())
                        || itOpensClause(tokens, k, ceiling));
        boolean explicit = that >= 0 && !objectFirst;
        if (explicit && !namesWhatIsSaid(tokens, k, that)) {
            k = that;
        } else if (k < ceiling && tokens.get(k).isAny(":", ",")) {
            k++;
            if (k < ceiling && isParticiple(tokens.get(k))) {
                return Optional.empty(); // "said, looking out at the crowd": how it was said, not what
            }
        } else if (k >= ceiling || !(opensClause(tokens.get(k)) || asksQuestion(cue, tokens.get(k)) || opensComparedQuantity(tokens, k, ceiling))) {
            return Optional.empty();
        }
        if (k >= ceiling) {
            return Optional.empty(); // "…, he said," closing the text: nothing follows the comma
        }
        if (cue.lemma().equals("find") && !explicit && !isDocument(tokens, source.get())) {
            return Optional.empty(); // "Sanders found a receptive audience": a finding only as a "that" clause or a poll's
        }
        // ("As Breitbart News reported, the White House …" is AsClauseLinker's)
        int last = Clauses.withinOpeningClause(tokens, floor, cue.firstToken(), k, beforeSubjectsNextVerb(tokens, k,
                Clauses.beforeSemicolon(tokens, k, beforeCoordinatedCue(analysis, tokens, k, ceiling))));
        last = Clauses.withinRelativeClause(tokens, source.get(), k, beforeRelativeAside(analysis, tokens, k,
                Clauses.beforeCommentParticiple(analysis, k, last)));
        last = beforeMainVerb(analysis, source.get(), k, last);
        last = Clauses.throughOpenQuote(analysis, k, last, ceiling);
        if (rule == Rule.TRAILING_PARTICIPLE) {
            last = Clauses.beforeQuoteGoingOn(analysis, floor, k, last + 1) - 1;
        }
        if (!explicit && !hasOwnVerb(tokens, k, last)) {
            // "criticized the deal in an interview with CNN"; in a clause, the medium may be the clause's own
            last = Clauses.beforeWhenOrWhere(lexicons, tokens, k, last, false);
        }
        // "Jeff Flake said he would.", "I think it's good.": a short clause that ends the sentence is whole
        boolean shortClause = (last + 1 == ceiling || last + 2 == ceiling && Clauses.isTrailingPunctuation(tokens.get(last + 1)))
                && (opensShortClause(tokens.get(k).lower().replaceFirst("['\u2019][a-z]+$", ""))
                        // "indicated this week": a time, not what was said
                        || tokens.get(k).isAny("that", "this") && !(k + 1 <= last && isTime(tokens.get(k + 1))));
        // "calling it “disqualifying”": an object and the quoted word it is called are whole
        boolean quotedTerm = last > k && Clauses.isQuoteMark(tokens.get(last)) && Clauses.isQuoteMark(tokens.get(last - 2));
        if (Clauses.wordCount(tokens, k, last) < (shortClause || quotedTerm ? MIN_CONTENT_WORDS - 1 : MIN_CONTENT_WORDS)) {
            return Optional.empty();
        }
        return Clauses.trimmed(tokens, k, last).map(content -> new Proposal(content, ContentKind.INDIRECT,
                cue.span(), cue.kind(), source.get().span(), source.get().kind(), rule,
                DirectQuoteLinker.confidence(cue.strong(), source) - (explicit ? 0.1 : 0.2),
                "\"" + cue.span().coveredText(analysis.text()) + "\" followed by " + (explicit ? "a that-clause" : "a clause"),
                null));
    }

    /**
     * A subject's finite verb between the cue and a "that": "said CNN had tweeted that …", "said it
     * found no evidence that …". The words after the cue are the clause, not an adjunct before it.
     */
    private static boolean ownVerbBefore(Analysis analysis, int k, int that) {
        List<Token> tokens = analysis.tokens();
        Token first = tokens.get(k);
        if (!first.isWord() || !opensClause(first) || QUESTION_WORDS.contains(first.lower()) || first.isAny("not", "to")) {
            return false; // "told X on Thursday how surprised he is that …", "vowed not to repeat that mistake"
        }
        for (int i = k + 1; i < that; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() && !Clauses.isQuoteMark(t) && !SourcePhrases.isAbbreviationPeriod(tokens, i)
                    || QUESTION_WORDS.contains(t.lower())) {
                return false; // "told me on Friday, is that …": past a comma the verb is another clause's
            }
            if (Clauses.isFiniteVerb(t)) {
                return true;
            }
        }
        return Clauses.firstVerbCue(analysis, k + 1, that).filter(verb -> !tokens.get(verb.firstToken()).lower().endsWith("ing"))
                .isPresent();
    }

    /** "said it determined that …", "said it’s “not that …”": "it" and a finite verb open the clause that was said. */
    private static boolean itOpensClause(List<Token> tokens, int k, int ceiling) {
        if (k + 1 >= ceiling || !tokens.get(k).is("it")) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return Clauses.FINITE_AUXILIARIES.contains(next.lower()) || next.isAny("'s", "\u2019s", "'d", "\u2019d", "'ll", "\u2019ll")
                || SourcePhrases.isPastForm(next);
    }

    /** A verb after "and" or "but" between the cue and a "that": "has disputed both critiques, but says that …". */
    private static boolean coordinatedCueBefore(Analysis analysis, int from, int that) {
        Optional<CueMatch> next = Clauses.firstVerbCue(analysis, from, that);
        return next.isPresent() && next.get().firstToken() > from
                && analysis.tokens().get(next.get().firstToken() - 1).isAny("and", "but");
    }

    private boolean isDocument(List<Token> tokens, Mention source) {
        return lexicons.isSpeakingDocument(tokens.get(source.lastToken()).text());
    }

    /**
     * {@code This campaign, he says, is different}: the source and verb set off by commas inside
     * the sentence; what was said is the sentence around them, in two fragments.
     */
    private Optional<Proposal> parenthetical(Analysis analysis, CueMatch cue) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
        int ceiling = Clauses.sentenceEndToken(analysis, cue.span().begin());
        Optional<AfterComma> aside = afterComma(tokens, cue, floor, ceiling, false);
        if (aside.isEmpty()) {
            return Optional.empty();
        }
        Optional<Mention> source = Optional.of(aside.get().source());
        int open = aside.get().comma();
        int close = Math.max(cue.lastToken(), aside.get().source().lastToken()) + 1;
        if (afterComma(tokens, cue, floor, ceiling, true).filter(m -> m.source().lastToken() > aside.get().source().lastToken()).isPresent()) {
            return Optional.empty(); // "…, said Sherman, a George Washington University grad …": the comma opens an apposition
        }
        // "…, the senator said then, was that …", "…, the agency said in a June report, and …": a time or
        // place after the verb belongs to the aside (PolNeAR's cue keeps it as often as not: the cue stays the verb)
        // ("The gap, as Cruz said on the radio program, only underscores …" names what he said, and stays as it was)
        int adjunctEnd = cue.strong() && close > cue.lastToken() && aside.get().source().lastToken() < cue.firstToken()
                && !tokens.get(aside.get().comma() + 1).is("as") ? adjunctBeforeComma(analysis, close, ceiling) : -1;
        close = adjunctEnd < 0 ? close : adjunctEnd + 1;
        if (close >= ceiling || !tokens.get(close).is(",")) {
            return Optional.empty();
        }
        // "Democrats, Frank notes, applaud …": a one-word subject may stand before the aside
        boolean subjectBefore = open == floor + 1 && phrases.isNominal(tokens.get(floor));
        if (Clauses.wordCount(tokens, floor, open - 1) < 2 && !subjectBefore || Clauses.wordCount(tokens, close + 1, ceiling - 1) < 2) {
            return Optional.empty();
        }
        if (tokens.get(close + 1).lower().endsWith("ing")) {
            return Optional.empty(); // "…, a Chinese official said, adding that …": a participle goes on about the speaker
        }
        if (Clauses.isQuoteMark(tokens.get(open - 1)) || Clauses.isQuoteMark(tokens.get(close + 1))
                || Clauses.isQuoteMark(tokens.get(floor))) {
            return Optional.empty(); // "“A,” he said, “B”": a quote split by its cue is the direct-quote rules' business
        }
        // "… in Iowa, which, his advisers believe, would lead …": what was said opens at the relative pronoun
        int opening = tokens.get(open - 1).isAny("which", "where", "who") ? open - 1 : Clauses.afterConnective(tokens, floor, open - 1);
        Optional<Span> before = Clauses.trimmed(tokens, opening, open - 1);
        // "… in 2011, records show, and aviation experts say …": a clause joined after the aside is no part of it
        boolean joinedAfter = tokens.get(close + 1).isAny("and", "but") && opensOwnTurn(analysis, close + 2, ceiling);
        Optional<Span> after = joinedAfter ? Optional.empty()
                : Clauses.trimmed(tokens, close + 1, Clauses.clauseEnd(analysis, close + 1, ceiling));
        // "And also, notes X, the Kursk factor …": when only connectives stand before the aside, what follows it was said
        boolean connectivesOnly = opening > floor && Clauses.wordCount(tokens, opening, open - 1) <= 1
                && tokens.get(opening).isAny("also", "now", "then", "too");
        if (before.isEmpty() && !connectivesOnly || after.isEmpty() && !(joinedAfter && before.isPresent())) {
            return Optional.empty();
        }
        Mention s = source.get();
        List<Span> fragments = after.isEmpty() ? List.of(before.get())
                : before.isEmpty() || connectivesOnly ? List.of(after.get()) : List.of(before.get(), after.get());
        return Optional.of(new Proposal(fragments.get(0).union(fragments.get(fragments.size() - 1)), ContentKind.INDIRECT, cue.span(), cue.kind(),
                s.span(), s.kind(), Rule.PARENTHETICAL_CUE, DirectQuoteLinker.confidence(cue.strong(), source) - 0.1,
                "\", " + cue.span().coveredText(analysis.text()) + ",\" set off inside the sentence", null, fragments));
    }

    private static final Set<String> ADJUNCT_OPENERS = Set.of("after", "before", "during", "at", "in", "on", "while", "when",
            "last", "this", "earlier", "later", "recently", "then");
    private static final int MAX_ADJUNCT = 8;

    /** The last token of a time or place adjunct right after a verb that a comma closes within a few words, or -1. */
    private static int adjunctBeforeComma(Analysis analysis, int from, int ceiling) {
        List<Token> tokens = analysis.tokens();
        if (from >= ceiling || !(ADJUNCT_OPENERS.contains(tokens.get(from).lower()) || Clauses.TIME_WORDS.contains(tokens.get(from).lower()))) {
            return -1;
        }
        for (int i = from + 1; i < ceiling && i - from <= MAX_ADJUNCT; i++) {
            Token t = tokens.get(i);
            if (t.is(",")) {
                return i - 1;
            }
            if (!t.isWord() && !t.isAny("'s", "\u2019s", "-", ".") || Clauses.cueStartingAt(analysis, i).isPresent()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The Republican who wrote the speech says he won't vote for Trump": when the source is a
     * relative pronoun inside the sentence's subject, the relative clause ends before the main verb.
     */
    private static int beforeMainVerb(Analysis analysis, Mention source, int k, int last) {
        List<Token> tokens = analysis.tokens();
        if (!Clauses.isRestrictiveRelative(tokens, source)) {
            return last;
        }
        Optional<CueMatch> next = Clauses.firstVerbCue(analysis, k + 1, last + 1);
        while (next.isPresent()) {
            Token before = tokens.get(next.get().firstToken() - 1);
            boolean finite = !tokens.get(next.get().lastToken()).lower().endsWith("ing");
            if (next.get().strong() && finite && before.isWord() && !Clauses.SUBJECT_PRONOUNS.contains(before.lower()) && !before.isAny("that", "and", "or", "but", "to")) {
                return next.get().firstToken() - 1;
            }
            next = Clauses.firstVerbCue(analysis, next.get().lastToken() + 1, last + 1);
        }
        return last;
    }

    /** "aviation experts say …" from {@code from}: a subject of its own and a verb cue right after it. */
    private boolean opensOwnTurn(Analysis analysis, int from, int ceiling) {
        Optional<CueMatch> next = Clauses.firstVerbCue(analysis, from, Math.min(ceiling, from + MAX_COORDINATED_SUBJECT));
        return next.isPresent() && next.get().strong() && phrases.before(analysis.tokens(), next.get().firstToken(), from)
                .filter(subject -> subject.firstToken() == from && subject.lastToken() + 1 == next.get().firstToken()).isPresent();
    }

    /** A source and its verb that follow a comma inside the sentence: ", X said" or ", said X". */
    private record AfterComma(Mention source, int comma) {
    }

    private Optional<AfterComma> afterComma(List<Token> tokens, CueMatch cue, int floor, int ceiling,
            boolean withApposition) {
        Optional<Mention> source;
        int comma;
        if (cue.firstToken() > floor && tokens.get(cue.firstToken() - 1).is(",")) {
            if (tokens.get(cue.firstToken()).lower().endsWith("ing") || TAKES_OBJECT.contains(cue.lemma())) {
                return Optional.empty(); // ", citing the FBI report", ", told POLITICO": what is cited, who is told; not who speaks
            }
            source = phrases.after(tokens, cue.lastToken() + 1, ceiling, withApposition)
                    .map(m -> withApposition ? phrases.withTrailingApposition(tokens,
                            SourcePhrases.withParenthetical(tokens, m, ceiling), ceiling) : m);
            comma = cue.firstToken() - 1;
        } else {
            // "…, as Sanders has sometimes acknowledged.": "as" may stand between the comma and the source
            source = phrases.before(tokens, cue.firstToken(), floor)
                    .or(() -> phrases.determinedBefore(tokens, cue.firstToken(), floor))
                    .filter(m -> m.firstToken() > floor && (tokens.get(m.firstToken() - 1).is(",")
                            || m.firstToken() - 1 > floor && tokens.get(m.firstToken() - 1).is("as") && tokens.get(m.firstToken() - 2).is(",")))
                    .or(() -> sinceComma(tokens, cue, floor, ceiling));
            comma = source.map(m -> tokens.get(m.firstToken() - 1).is("as") ? m.firstToken() - 2 : m.firstToken() - 1).orElse(-1);
        }
        if (source.isEmpty() || comma <= floor || !tokens.get(comma).is(",")) {
            return Optional.empty();
        }
        return Optional.of(new AfterComma(source.get(), comma));
    }

    /**
     * {@code …, a USA TODAY analysis of newly filed reports shows.}: when the verb ends the
     * sentence, all from the last comma to it is the source, whatever the words.
     */
    private Optional<Mention> sinceComma(List<Token> tokens, CueMatch cue, int floor, int ceiling) {
        if (Clauses.wordCount(tokens, cue.lastToken() + 1, ceiling - 1) > 0) {
            return Optional.empty();
        }
        for (int i = cue.firstToken() - 1; i > floor && cue.firstToken() - i <= MAX_SOURCE_SINCE_COMMA; i--) {
            if (tokens.get(i).is(",")) {
                Token first = tokens.get(i + 1);
                boolean nounPhrase = first.isCapitalized() || phrases.isNominal(first)
                        || SOURCE_OPENERS.contains(first.lower());
                return i + 1 < cue.firstToken() && nounPhrase
                        ? Optional.of(new Mention(new Span(first.begin(), tokens.get(cue.firstToken() - 1).end()),
                                first.isCapitalized() ? MentionKind.NAME : MentionKind.DESCRIPTION, i + 1, cue.firstToken() - 1))
                        : Optional.empty();
            }
            if (!tokens.get(i).isWord() && !tokens.get(i).isAny("-", "'s", "\u2019s", ".")
                    || NOT_IN_SOURCE_SINCE_COMMA.contains(tokens.get(i).lower())) {
                return Optional.empty(); // "…, the mere mention of his name could make him fume": a clause, no source
            }
        }
        return Optional.empty();
    }

    /** {@code …, X said.} and {@code …, said X.}: the clause from the sentence start to the comma. */
    private Optional<Proposal> clauseBefore(Analysis analysis, CueMatch cue) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
        int sentenceEnd = Clauses.sentenceEndToken(analysis, cue.span().begin());
        if (!lexicons.reportsClause(cue.lemma())) {
            return Optional.empty(); // "As for his travel, he prefers to fly private": a stance verb takes no clause before it
        }
        Optional<AfterComma> aside = afterComma(tokens, cue, floor, sentenceEnd, true);
        if (aside.isEmpty()) {
            return Optional.empty();
        }
        Optional<Mention> source = Optional.of(aside.get().source());
        if (tokens.get(source.get().lastToken()).is("whom")) {
            return Optional.empty(); // "…, many of whom say the claims are unfounded": a relative clause, what follows is said
        }
        int comma = aside.get().comma();
        int tailStart = Math.max(cue.lastToken(), source.get().lastToken()) + 1;
        // "She did receive some emails, he said; his agents found them": a semicolon ends the report
        int ceiling = tailStart < sentenceEnd && tokens.get(tailStart).is(";") ? tailStart : sentenceEnd;
        boolean apposition = tailStart < ceiling && tokens.get(tailStart).is(",");
        boolean inverted = source.get().firstToken() > cue.lastToken();
        if (inverted && !cue.strong()) {
            // "…, 2015, shows Democratic groups outpacing Republicans": speech verbs invert, others take an object
            return Optional.empty();
        }
        if (inverted && tailStart < ceiling && !apposition && !AFTER_INVERTED_SOURCE.contains(tokens.get(tailStart).lower())) {
            return Optional.empty(); // "Clinton, a Democrat, did not mention Republican front-runner Donald Trump by name"
        }
        if (!inverted && !apposition && !TAKES_OBJECT.contains(cue.lemma()) && takesObjectAt(tokens, tailStart, ceiling)) {
            return Optional.empty(); // "In her 2003 book, Living History, Clinton noted the clot’s existence": what was noted follows
        }
        // "…, a Chinese official said, adding that …": the participle's clause is attributed on its own
        // ("…, Hollande said Tuesday in Paris, noting …": after a few words of when and where too)
        int participleComma = apposition ? tailStart : cue.strong() ? commaWithinTail(tokens, tailStart, ceiling) : -1;
        boolean participleFollows = participleComma >= 0 && participleComma + 1 < ceiling
                && tokens.get(participleComma + 1).lower().endsWith("ing")
                && Clauses.cueStartingAt(analysis, participleComma + 1).isPresent();
        if (!participleFollows && (ceiling - tailStart > (apposition ? MAX_APPOSITION_TAIL : MAX_TAIL)
                || findWithin(tokens, tailStart, ceiling, "that") >= 0
                || Clauses.firstVerbCue(analysis, tailStart, ceiling).isPresent())) {
            return Optional.empty();
        }
        if (Clauses.wordCount(tokens, floor, comma - 1) < MIN_CONTENT_WORDS || isAdjunct(tokens, floor, comma - 1)) {
            return Optional.empty();
        }
        if (source.get().kind() == MentionKind.PRONOUN && opensWithOwnSpeaker(analysis, floor, comma)) {
            // "Other candidates said they support …, but …, they said": the speakers said it once, with the first verb;
            // "The campaign said …, CNN reported" reports the report
            return Optional.empty();
        }
        if (!participleFollows && !apposition && Clauses.wordCount(tokens, tailStart, ceiling - 1) >= MIN_CLAUSE_TAIL
                && tokens.get(tailStart).isWord() && lexicons.pronounType(tokens.get(tailStart).lower()) != null
                && !OBJECT_PRONOUNS.contains(tokens.get(tailStart).lower())) {
            return Optional.empty(); // "…, he conceded he had fallen short": what follows the verb is what was said
        }
        for (int i = tailStart; i < ceiling && !participleFollows; i++) {
            // ("…, Spicer said, adding, “…”": a quote after the participle is the participle's)
            if (Clauses.isQuotation(tokens, i)) {
                return Optional.empty(); // "At the rally, he said, “…”": the quote is what was said
            }
        }
        return Clauses.trimmed(tokens, Clauses.afterConnective(tokens, floor, comma - 1), comma - 1).map(content -> new Proposal(content, ContentKind.INDIRECT,
                cue.span(), cue.kind(), source.get().span(), source.get().kind(), Rule.CLAUSE_THEN_CUE,
                DirectQuoteLinker.confidence(cue.strong(), source) - 0.1,
                "the clause before \", … " + cue.span().coveredText(analysis.text()) + "\" at the end of the sentence", null));
    }

    /** The first comma in the few words after the verb, or -1 when something other than words comes first. */
    private static int commaWithinTail(List<Token> tokens, int tailStart, int ceiling) {
        for (int i = tailStart; i < ceiling && i - tailStart <= MAX_TAIL; i++) {
            if (tokens.get(i).is(",")) {
                return i;
            }
            if (!tokens.get(i).isWord()) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the sentence opens with a subject and a verb that nearly always reports speech, outside quote marks. */
    private boolean opensWithOwnSpeaker(Analysis analysis, int floor, int comma) {
        List<Token> tokens = analysis.tokens();
        return Clauses.firstVerbCue(analysis, floor, comma)
                .filter(first -> first.strong() && !analysis.isInsideQuote(first.span().begin()))
                .flatMap(first -> phrases.before(tokens, first.firstToken(), floor))
                .filter(subject -> subject.firstToken() == Clauses.firstWord(tokens, floor, comma))
                .isPresent();
    }

    /** {@code Stressing that …, X stated}: the participle's clause, spoken by the main verb's subject. */
    private Optional<Proposal> participleClause(Analysis analysis, CueMatch cue) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, cue.span().begin());
        int ceiling = Clauses.sentenceEndToken(analysis, cue.span().begin());
        // "While saying that he does respect Mrs. Clinton, he continued …": a subordinator may come first
        int opening = floor < ceiling && tokens.get(floor).isAny("while", "after", "before", "when", "in", "by", "since") ? floor + 1 : floor;
        boolean opensSentence = cue.firstToken() == opening && tokens.get(opening).lower().endsWith("ing");
        if (!opensSentence || cue.lastToken() + 1 >= ceiling) {
            return Optional.empty();
        }
        int k = cue.lastToken() + 1;
        int afterTime = Clauses.afterTimeWords(tokens, k, ceiling);
        if (afterTime > k && afterTime + 1 < ceiling && tokens.get(afterTime).is("that")) {
            k = afterTime; // "Suggesting on Wednesday that he regretted …, Mr. Rubio …": when, then what
        }
        Token next = tokens.get(k);
        // "Stressing that …, X stated", "Noting he majored in philosophy, Allen said"
        boolean clause = next.is("that") || lexicons.reportsClause(cue.lemma()) && opensClause(next)
                && lexicons.pronounType(next.text()) != null;
        // "After saying her right foot was swollen, she …": after a subordinator, a clause with its own auxiliary
        int phraseEnd = findWithin(tokens, k, ceiling, ",");
        clause |= opening > floor && lexicons.reportsClause(cue.lemma()) && phraseEnd > 0
                && hasOwnVerb(tokens, k + 1, phraseEnd - 1);
        // "After reciting this passage from the Bible, Beck said", "By offering Kasich the second spot, Trump …"
        boolean object = opening > floor && lexicons.complements(cue.lemma()).object() && next.isWord()
                && (OBJECT_OPENERS.contains(next.lower()) || next.isCapitalized() || opensClause(next) && !next.lower().endsWith("ing"));
        if (!clause && !object) {
            return Optional.empty();
        }
        // "After thanking the crowd, which chanted his name, he touted …": a relative clause's verb is not the main one
        java.util.function.Predicate<Mention> mainSubject = m -> !tokens.get(m.firstToken()).isAny("which", "who", "that");
        Optional<Mention> subject = Optional.empty();
        Optional<CueMatch> main = Clauses.firstVerbCue(analysis, k + 1, ceiling);
        while (main.isPresent() && subject.isEmpty()) {
            subject = phrases.before(tokens, main.get().firstToken(), k + 1)
                    .filter(m -> tokens.get(m.firstToken() - 1).is(",")).filter(mainSubject);
            main = Clauses.firstVerbCue(analysis, main.get().lastToken() + 1, ceiling);
        }
        // "After saying he was nervous …, the man ended up …": the subject after the phrase's comma, whatever its verb
        int comma = findWithin(tokens, k, ceiling, ",");
        // "After saying her right foot was “so swollen …,” she was …": the comma may close a quote
        int after = comma >= 0 && comma + 1 < ceiling && Clauses.isQuoteMark(tokens.get(comma + 1)) ? comma + 2 : comma + 1;
        Optional<Mention> found = subject.or(() -> comma < 0 ? Optional.empty() : phrases.openingSubject(tokens, after, ceiling)
                .filter(m -> m.firstToken() == after).filter(mainSubject));
        int start = k;
        return found.flatMap(s -> Clauses.trimmed(tokens, start, s.firstToken() == comma + 2 ? comma + 1 : s.firstToken() - 2)
                .map(content -> new Proposal(content,
                ContentKind.INDIRECT, cue.span(), cue.kind(), s.span(), s.kind(), Rule.PARTICIPLE_CLAUSE,
                DirectQuoteLinker.confidence(cue.strong(), Optional.of(s)) - 0.15,
                "a sentence opening with \"" + tokens.get(floor).text() + "\" and a clause", null)));
    }

    /**
     * "told reporters in Nashua the race …", "told a crowd in Seattle on Monday that …": where the
     * listeners were, a place name after "in" or "at", is no part of what was said. Returns the
     * token after the place, or {@code k}.
     */
    private static int afterPlace(List<Token> tokens, int k, int ceiling) {
        // a capitalised "In" belongs to a title-case headline
        if (k + 2 >= ceiling || !tokens.get(k).isAny("in", "at") || tokens.get(k).isCapitalized() || !tokens.get(k + 1).isCapitalized()) {
            return k;
        }
        int i = k + 1;
        while (i < ceiling && (tokens.get(i).isCapitalized() || tokens.get(i).is(".") && tokens.get(i).begin() == tokens.get(i - 1).end()
                || tokens.get(i).is(",") && i + 1 < ceiling && tokens.get(i + 1).isCapitalized() && i + 2 < ceiling
                && !tokens.get(i + 2).isWord())) {
            i++; // "in Des Moines", "in Concord, N.H."
        }
        if (i < ceiling && tokens.get(i).is(",")) {
            i++;
        }
        int next = Clauses.afterTimeWords(tokens, i, ceiling);
        return next < ceiling && (opensClause(tokens.get(next)) || tokens.get(next).is("that")) ? i : k;
    }

    /** Past a time adjunct right after the verb ("said Tuesday", "said on Monday night", "says this week"). */
    private static int afterTimeAdjunct(List<Token> tokens, int k, int ceiling) {
        int i = Clauses.afterTimeWords(tokens, k, ceiling);
        if (i > k && i < ceiling && (tokens.get(i).is(",") || opensClause(tokens.get(i)))) {
            return tokens.get(i).is(",") ? i + 1 : i;
        }
        // "admitted under Warren's grilling he hadn't …", "said after the convention he would not …"
        if (k < ceiling && tokens.get(k).isAny(ADJUNCT_PREPOSITIONS)) {
            for (int j = k + 2; j < ceiling - 1 && j - k <= MAX_ADJUNCT_BEFORE_SUBJECT; j++) {
                Token t = tokens.get(j);
                // a clause of its own ("after Clinton raped me"), or the clause's own opener ("during a chat if she …")
                boolean opensOwn = t.isAny("that", "if", "whether", "what", "how", "why", "who", "when", "where", "me", "him",
                        "them", "us") || SourcePhrases.isPastForm(t);
                if (!t.isWord() && !t.isPossessive() || opensOwn) {
                    return k;
                }
                if (Clauses.SUBJECT_PRONOUNS.contains(t.lower()) && tokens.get(j + 1).isWord()) {
                    return j;
                }
            }
        }
        return k;
    }

    private static final String[] ADJUNCT_PREPOSITIONS = {"after", "before", "under", "during", "since", "following"};
    private static final int MAX_ADJUNCT_BEFORE_SUBJECT = 7;

    /**
     * "said more than 1,300 emails contained …", "reported at least six planes filled …": a compared
     * or bounded quantity opens the clause's subject, not more talk.
     */
    private static boolean opensComparedQuantity(List<Token> tokens, int k, int ceiling) {
        boolean compared = tokens.get(k).isAny("more", "less", "fewer") && k + 1 < ceiling && tokens.get(k + 1).is("than");
        boolean bounded = tokens.get(k).is("at") && k + 1 < ceiling && tokens.get(k + 1).isAny("least", "most");
        return k + 2 < ceiling && (compared || bounded)
                && (SourcePhrases.isQuantity(tokens.get(k + 2)) || tokens.get(k + 2).isAny("a", "half"));
    }

    /**
     * Whether a clause can start here, after "X said": a determiner, pronoun or name, or any plain
     * word that is not a preposition, a time word or an adverb, which would make the words after
     * the verb an adjunct ("said in a statement", "said Tuesday", "said so") rather than what was said.
     */
    private static boolean opensClause(Token t) {
        if (Clauses.TIME_WORDS.contains(t.lower())) {
            return false; // "said Thursday morning on Fox News": when, not what
        }
        boolean plainWord = t.isWord() && !NOT_CLAUSE_OPENERS.contains(t.lower()) && !t.lower().endsWith("ly");
        return CLAUSE_OPENERS.contains(t.lower()) || t.isCapitalized() || Character.isDigit(t.text().charAt(0))
                || plainWord
                || Clauses.isQuoteMark(t);
    }

    /**
     * The content's last token: before "and"/"but" and a second reporting verb of the same subject
     * ("Pence said … but added that …") or a trailing participle ("…, adding that …"), which say
     * something else; else the sentence's end.
     */
    private int beforeCoordinatedCue(Analysis analysis, List<Token> tokens, int k, int ceiling) {
        Optional<CueMatch> next = Clauses.firstVerbCue(analysis, k + 1, ceiling);
        boolean startsQuoted = analysis.isInsideQuote(tokens.get(k).begin());
        while (next.isPresent()) {
            int at = next.get().firstToken();
            // "… president “we will see liberals on the court, and we will see our rights taken away”": the quoted words go on
            if (isSideBySideGerund(tokens, next.get(), k) || !startsQuoted && analysis.isInsideQuote(next.get().span().begin())) {
                next = Clauses.firstVerbCue(analysis, next.get().lastToken() + 1, ceiling);
                continue;
            }
            if (tokens.get(at - 1).isAny("and", "but") && goesOnWithTheClause(tokens, k, at, next.get())) {
                next = Clauses.firstVerbCue(analysis, next.get().lastToken() + 1, ceiling);
                continue;
            }
            if (tokens.get(at - 1).isAny("and", "but") && at - 1 > k && !parallelNouns(tokens, at - 1, next.get())) {
                int end = at - 2;
                return end >= k && tokens.get(end).is(",") ? end - 1 : end;
            }
            if (Clauses.followsComma(tokens, at, k + 1) && tokens.get(at).lower().endsWith("ing")) {
                // "…, adding that …" reports something more, attributed on its own; in "a “strong leader,”
                // adding …" the closing quote mark stays in
                return tokens.get(at - 1).is(",") ? at - 2 : at - 1;
            }
            // "While he acknowledged …, Ham also noted …": a new subject after a comma takes its own turn
            Optional<Mention> subject = phrases.before(tokens, at, k + 1);
            // "…, even some allies questioned": the "even" before the new subject is no part of it
            int opens = subject.map(m -> m.firstToken() - 1 > k && tokens.get(m.firstToken() - 1).is("even")
                    ? m.firstToken() - 1 : m.firstToken()).orElse(-1);
            if (subject.isPresent() && opens - 2 >= k && Clauses.followsComma(tokens, opens, k + 1)
                    && subject.get().kind() != MentionKind.PRONOUN) {
                // "…, the truth was": before the comma; "… far less,” one of the prosecutors said": the quote mark stays in
                int before = opens - 1;
                return tokens.get(before).is(",") ? before - 1 : before;
            }
            // "… and one in four said …", "…, while other voters said …": another speaker's turn;
            // not an infinitive ("allowed her staff and the public to think …")
            for (int j = at - 1; j > k && at - j <= MAX_COORDINATED_SUBJECT && !tokens.get(at - 1).is("to"); j--) {
                if (Clauses.isQuoteMark(tokens.get(j))) {
                    break; // "“unmistakably and wrongfully” suggests": the "and" is inside a quote
                }
                if (tokens.get(j).is("and") && (coordinatedSubject(tokens, k, j)
                        || tokens.get(j - 1).isCapitalized() && tokens.get(j + 1).isCapitalized())) {
                    // "states like California and Colorado will clarify": two names of one subject
                    break; // "that she and her supporters never doubted each other": one subject of two
                }
                if (tokens.get(j).is("and") && (parallelNouns(tokens, j, next.get()) || pluralPair(tokens, j, at))) {
                    break; // "hundreds of thousands in speaking fees": no second turn, the same list goes on
                }
                if (tokens.get(j).isAny("and", "but") && j + 2 < at && OBJECT_PRONOUNS.contains(tokens.get(j + 2).lower())
                        && !tokens.get(j + 2).is("her")) {
                    break; // "wanted to speak “directly to white people” and let them know": a verb and its object, no new subject
                }
                if (j <= k + 1 && tokens.get(j).isAny(CONCESSIONS)) {
                    break; // "said that while he fears comparing …, “I’ve never seen …”": the clause opens with its own concession
                }
                if (tokens.get(j).isAny("and", "but", ";") || tokens.get(j).isAny(CONCESSIONS)) {
                    int end = tokens.get(j).is("though") && tokens.get(j - 1).is("even") ? j - 2 : j - 1;
                    return end >= k && tokens.get(end).is(",") ? end - 1 : end;
                }
                if (tokens.get(j).isAny(",", "that", "who", "which")) {
                    break;
                }
            }
            next = Clauses.firstVerbCue(analysis, next.get().lastToken() + 1, ceiling);
        }
        return ceiling - 1;
    }

    /**
     * Whether the verb at {@code at}, after "and" or "but", goes on with the clause reported from
     * {@code k} rather than reporting again: a modal or a form of "be" ("said he fears returning
     * home and is seeking asylum"; "and would not identify" refuses to say more, a report of its
     * own), or what the clause's own subject wants or feels when the clause has a verb of its own
     * and no comma comes first ("said she was tired of the status quo and wanted a candidate who …";
     * "He thinks she would have backed it anyway, but believes …" reports again).
     */
    private static boolean goesOnWithTheClause(List<Token> tokens, int k, int at, CueMatch verb) {
        boolean predicate = tokens.get(at).isAny(REPORTED_CLAUSE_AUXILIARIES) && !tokens.get(at + 1).isAny("not", "never");
        boolean innerState = INNER_STATES.contains(verb.lemma()) && hasOwnVerb(tokens, k, at - 2) && tokens.get(at - 2).isWord();
        return predicate || innerState;
    }

    /** Conjunctions that open a concession: another turn after the clause, or the clause's own opening. */
    private static final String[] CONCESSIONS = {"while", "whereas", "though", "although"};
    private static final String[] REPORTED_CLAUSE_AUXILIARIES = {"is", "are", "was", "were", "could", "would", "will",
        "can", "may", "might", "should", "must"};
    /** States of mind a reported clause's own subject may go on to hold. */
    private static final Set<String> INNER_STATES = Set.of("want", "hope", "think", "feel", "believe", "know", "decide",
            "plan", "remember", "wish", "intend", "expect", "prefer", "support");

    /**
     * "donations and speaking fees", "new faces and voices in government": after a plural noun and
     * "and", a base or -s form with no object, or an -ing form before a plural noun, is another noun
     * of the same list, not a verb with a subject of its own.
     */
    private boolean parallelNouns(List<Token> tokens, int and, CueMatch cue) {
        Token before = tokens.get(and - 1);
        String word = tokens.get(cue.firstToken()).lower();
        int after = cue.lastToken() + 1;
        boolean objectless = after >= tokens.size() || !tokens.get(after).isWord() || AFTER_NOUN.contains(tokens.get(after).lower());
        boolean noun = (word.equals(cue.lemma()) || word.equals(cue.lemma() + "s")) && !word.equals("says") && objectless
                || word.endsWith("ing") && after < tokens.size() && tokens.get(after).lower().endsWith("s");
        boolean pluralBefore = before.isWord() && !before.isCapitalized() && before.lower().endsWith("s")
                && lexicons.verbForm(before.lower()) == null && !Clauses.FINITE_AUXILIARIES.contains(before.lower());
        return noun && cue.firstToken() == cue.lastToken() && pluralBefore;
    }

    /**
     * "police shootings and protests demands that …": two plural nouns joined by "and" right
     * before the verb are one subject inside what was said, not a second speaker's turn.
     */
    private static boolean pluralPair(List<Token> tokens, int and, int verb) {
        return and + 2 == verb && isPluralNoun(tokens.get(and - 1)) && isPluralNoun(tokens.get(and + 1));
    }

    private static boolean isPluralNoun(Token t) {
        return t.isWord() && !t.isCapitalized() && t.lower().endsWith("s") && !t.lower().endsWith("ss")
                && !Clauses.FINITE_AUXILIARIES.contains(t.lower()) && !Clauses.SUBJECT_PRONOUNS.contains(t.lower());
    }

    /** Whether the clause from {@code k} (or its "that") has only a pronoun or a name before the "and" at {@code and}. */
    private static boolean coordinatedSubject(List<Token> tokens, int k, int and) {
        int i = and - 1;
        if (i >= k && Clauses.SUBJECT_PRONOUNS.contains(tokens.get(i).lower())) {
            i--;
        } else {
            while (i >= k && tokens.get(i).isCapitalized()) {
                i--;
            }
        }
        return i < and - 1 && (i < k || tokens.get(i).is("that"));
    }

    private static final Set<String> AFTER_NOUN = Set.of("in", "from", "of", "on", "at", "with", "for", "among", "across");

    /** "his position of supporting but not endorsing Trump": a gerund beside another is no second turn. */
    private static boolean isSideBySideGerund(List<Token> tokens, CueMatch cue, int k) {
        int at = cue.firstToken();
        int before = tokens.get(at - 1).is("not") ? at - 1 : at;
        return before - 2 > k && tokens.get(before - 1).isAny("and", "but", "or") && tokens.get(before - 2).lower().endsWith("ing")
                && tokens.get(cue.lastToken()).lower().endsWith("ing");
    }

    /**
     * "dismissed the argument that …", "rejected rumors that …": the object before "that" names
     * what is said, and PolNeAR keeps it in the content.
     */
    private static boolean namesWhatIsSaid(List<Token> tokens, int object, int that) {
        return that > object && that - object <= MAX_CONTENT_NOUN_PHRASE && CONTENT_NOUNS.contains(tokens.get(that - 1).lower());
    }

    /** "46 percent of voters said yes", "three-quarters said the same of Sanders", "she said she would". */
    private static Optional<Span> shortAnswer(Analysis analysis, int k, int ceiling) {
        List<Token> tokens = analysis.tokens();
        if (k >= ceiling) {
            return Optional.empty();
        }
        Token t = tokens.get(k);
        boolean ends = k + 1 >= ceiling || !tokens.get(k + 1).isWord() || ANSWER_FOLLOWERS.contains(tokens.get(k + 1).lower());
        if (t.isAny("yes", "no") && k + 2 < ceiling && tokens.get(k + 1).is("to")) {
            return Clauses.trimmed(tokens, k, Clauses.clauseEnd(analysis, k, ceiling)); // "He said no to the Iraq war."
        }
        if (t.isAny("yes", "no", "so") && ends) {
            return Optional.of(t.span());
        }
        if (t.is("as") && k + 1 < ceiling && tokens.get(k + 1).is("much")) {
            return Optional.of(t.span().union(tokens.get(k + 1).span())); // "Robby Mook said as much in an interview"
        }
        if (t.is("the") && k + 1 < ceiling && tokens.get(k + 1).isAny("same", "opposite")) {
            int end = Clauses.beforeComma(tokens, k, Clauses.clauseEnd(analysis, k, ceiling));
            return Clauses.trimmed(tokens, k, end);
        }
        return Optional.empty();
    }

    /**
     * The words before a question word or "that" a few words on, when they are plain words: whom
     * the question or the news was put to ("asked our followers who …", "told the crowd that …").
     */
    private static int pastAddressee(List<Token> tokens, int k, int ceiling) {
        if (k < ceiling && tokens.get(k).is("by")) {
            return k; // "Cain was asked by a caller why …": a passive; who asked is no addressee
        }
        if (k < ceiling && (QUESTION_WORDS.contains(tokens.get(k).lower()) || tokens.get(k).isAny("that", "if"))) {
            return k; // "asked if she might …": no addressee, the clause starts right away
        }
        boolean named = k < ceiling && tokens.get(k).isPossessive();
        for (int i = k + 1; i < ceiling && i - k <= MAX_ADDRESSEE_BEFORE_THAT; i++) {
            Token t = tokens.get(i);
            if (t.is("that") && !isAddresseeStop(tokens.get(k)) && !tokens.get(i - 1).isAny(PREPOSITIONS_BEFORE_DETERMINER)) {
                return i; // "told one of his young protégés on a regular basis that …": plain words up to "that" are whom
            }
            boolean near = i - k <= MAX_ADDRESSEE_BEFORE_CLAUSE;
            if (near && t.isAny("who", "what", "whether", "how", "why") && (i - k <= MAX_ADDRESSEE || named)) {
                return i; // "told ABC’s “Good Morning America” whether …": a named show may run longer
            }
            named |= t.isPossessive() || Clauses.isQuoteMark(t);
            // "told a news conference they are …": a subject and its verb open the clause
            if (near && i + 1 < ceiling && (Clauses.SUBJECT_PRONOUNS.contains(t.lower()) || t.is("it"))
                    && Clauses.FINITE_AUXILIARIES.contains(tokens.get(i + 1).lower())) {
                return i;
            }
            if (isAddresseeStop(t)) {
                return k;
            }
        }
        return k;
    }

    /** A word no addressee runs through: "asked to name a decision … that", "told reporters, …". */
    private static boolean isAddresseeStop(Token t) {
        return !t.isWord() && !t.isPossessive() && !Clauses.isQuoteMark(t)
                || t.isAny("to", "and", "but", "if", "when", "where", "which", "by");
    }

    /** "assured of winning at least 120 in that state": "that" after a preposition determines a noun. */
    private static final String[] PREPOSITIONS_BEFORE_DETERMINER = {"in", "of", "on", "at", "for", "from", "with", "about", "to", "by"};

    private static final int MAX_ADDRESSEE = 4;
    private static final int MAX_ADDRESSEE_BEFORE_CLAUSE = 8;
    private static final int MAX_ADDRESSEE_BEFORE_THAT = 14;

    /** A that-clause right after the verb: "X predicted that …" reports whatever X is. */
    private static boolean thatFollows(List<Token> tokens, CueMatch cue, int ceiling) {
        int k = cue.lastToken() + 1;
        return k < ceiling && tokens.get(k).is("that");
    }

    private static boolean isParticiple(Token t) {
        return t.isWord() && !t.isCapitalized() && t.lower().endsWith("ing") && t.lower().length() > 5;
    }

    /** An object after the verb, "the clot’s existence", not a time, "this week", "the other day". */
    private static boolean takesObjectAt(List<Token> tokens, int k, int ceiling) {
        if (k + 1 >= ceiling || Clauses.afterTimeWords(tokens, k, ceiling) > k) {
            return false; // "reported late Thursday"
        }
        Token t = tokens.get(k);
        if (!OBJECT_OPENERS.contains(t.lower())) {
            // "he barely mentioned climate change.": a plain noun
            return t.isWord() && !t.isCapitalized() && !NOT_CLAUSE_OPENERS.contains(t.lower()) && !t.lower().endsWith("ly")
                    && !Clauses.TIME_WORDS.contains(t.lower()) && !AFTER_INVERTED_SOURCE.contains(t.lower());
        }
        Token next = tokens.get(k + 1);
        return next.isWord() && !Clauses.TIME_WORDS.contains(next.lower()) && !next.isAny("other", "same", "next", "following");
    }

    /** A lone prepositional phrase ("At a rally in Ohio") sets the scene; it is not what was said. */
    private static boolean isAdjunct(List<Token> tokens, int first, int last) {
        // "In January, in his final State of the Union address,": each part between commas a scene
        boolean partStart = true;
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            if (t.isAny(";", ":")) {
                return false;
            }
            if (partStart && !SCENE_PREPOSITIONS.contains(t.lower()) && !Clauses.TIME_WORDS.contains(t.lower())) {
                return false;
            }
            partStart = t.is(",");
        }
        return true;
    }

    /**
     * "X says she will vote for him but has withheld her endorsement": "but" and a verb go on
     * about the speaker, no longer in the speaker's words.
     */
    private static int beforeSubjectsNextVerb(List<Token> tokens, int k, int last) {
        for (int i = k + 1; i < last; i++) {
            if (tokens.get(i).is("but") && AUXILIARY_AFTER_BUT.contains(tokens.get(i + 1).lower())
                    && !Clauses.secondOfPair(tokens, k, i, last + 1)) {
                int end = i - 1;
                return tokens.get(end).is(",") ? end - 1 : end;
            }
        }
        return last;
    }

    /**
     * "… over fears of the Zika virus, which is spread by mosquitoes", "… to Trump National Golf
     * Club, a five-minute drive from …": a relative clause or an apposition set off by a comma
     * tells the reader about the noun before it; the writer adds it, not the speaker (train: the
     * cut gains 13 exact contents more than it loses).
     */
    private static int beforeRelativeAside(Analysis analysis, List<Token> tokens, int k, int last) {
        for (int i = k + 1; i < last; i++) {
            // "…, the state's largest newspaper": an apposition with "the" only when no verb of its own shows a clause
            boolean aside = RELATIVE_ASIDES.contains(tokens.get(i + 1).lower())
                    || tokens.get(i + 1).is("the") && !hasOwnVerb(tokens, i + 1, last) && !listGoesOn(tokens, i + 1, last)
                            && !tokens.get(i - 1).is("say"); // "instead of, say, the Democratic Party"
            if (tokens.get(i).is(",") && aside && !analysis.isInsideQuote(tokens.get(i).begin())) {
                int closing = Clauses.asideInSubject(tokens, k, i, last);
                if (closing < 0) {
                    closing = embeddedAside(analysis, tokens, i, last);
                }
                if (closing < 0) {
                    return i - 1;
                }
                i = closing;
            }
        }
        return last;
    }

    /**
     * "named Barry Bennett, a longtime operative, as the root of the problem": an aside that a
     * comma closes before the clause goes on sits inside what was said, unless it reports something
     * itself. The closing comma, or -1.
     */
    private static int embeddedAside(Analysis analysis, List<Token> tokens, int comma, int last) {
        for (int j = comma + 2; j < last; j++) {
            if (tokens.get(j).isAny(";", ":") || Clauses.isDash(tokens, j) || Clauses.isQuoteMark(tokens.get(j))) {
                return -1;
            }
            if (tokens.get(j).is(",")) {
                // an aside that reports something itself ("…, who argued …,") is attributed on its own
                boolean goesOn = tokens.get(j + 1).isWord() && !RELATIVE_ASIDES.contains(tokens.get(j + 1).lower());
                return goesOn && Clauses.firstVerbCue(analysis, comma + 1, j).isEmpty() ? j : -1;
            }
        }
        return -1;
    }

    /** "on Israel, the Iranian nuclear deal and the possibility …": an "and" or "or" ahead makes the comma a list's. */
    private static boolean listGoesOn(List<Token> tokens, int k, int last) {
        for (int i = k; i <= last; i++) {
            if (tokens.get(i).isAny("and", "or")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a subject pronoun or an auxiliary shows a clause with a verb of its own between {@code k} and {@code last}. */
    private static boolean hasOwnVerb(List<Token> tokens, int k, int last) {
        for (int i = k; i <= last; i++) {
            String w = tokens.get(i).lower();
            if (Clauses.SUBJECT_PRONOUNS.contains(w) || Clauses.FINITE_AUXILIARIES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** What one seems to do with words: "seemed to indicate he knows …", "seem to show that …". */
    private static final Set<String> SEEMED_TO_SAY = Set.of("show", "indicate", "suggest", "imply", "confirm", "insinuate",
            "acknowledge", "signal", "claim");
    private static final Set<String> PREPOSITIONS_BEFORE_RELATIVE = Set.of("in", "on", "at", "by", "for", "from", "with",
            "during", "under", "about", "through", "after", "before", "over", "into", "to", "of", "among", "against");

    private static final Set<String> RELATIVE_ASIDES = Set.of("which", "who", "a", "an");

    /** "asked how he is feeling", "wondered whether …": a question is what these verbs report. */
    private static boolean asksQuestion(CueMatch cue, Token t) {
        return (QUESTIONING.contains(cue.lemma()) || UNDISCLOSING.contains(cue.lemma())) && QUESTION_WORDS.contains(t.lower());
    }

    private static int findWithin(List<Token> tokens, int from, int to, String word) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(word)) {
                return i;
            }
            // "lobbing insults at Mr. Trump, Mr. Rubio …": a title's period goes on with the sentence
            if (tokens.get(i).isAny(".", ";", ":") && !(i > from && SourcePhrases.isAbbreviationPeriod(tokens, i))) {
                return -1;
            }
        }
        return -1;
    }
}
