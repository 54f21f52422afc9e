package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * A sentence that opens with the document it reports: {@code In an NBC News poll released
 * Monday, 50 percent chose Clinton}: the cue is "In", the source the document, the content the
 * rest of the sentence. When the document is one somebody speaks and that speaker opens the clause
 * ({@code In an interview, she compared abortion to …}), the speaker's verb is the cue and what
 * follows it the content, as PolNeAR marks it.
 */
public final class InDocumentLinker implements AnnotationStage {

    private static final int MAX_SOURCE = 15;
    private static final int MIN_CONTENT_WORDS = 3;

    /** Documents that somebody speaks or writes, rather than ones that speak for themselves (a poll). */
    private static final java.util.Set<String> SPOKEN = java.util.Set.of("speech", "interview", "statement", "remarks",
            "address", "letter", "op-ed", "tweet", "post", "email", "sermon", "testimony", "briefing", "column", "essay");

    /** Particles that belong to the speaker's verb: "laughed off", "joked about", "laid out". */
    private static final java.util.Set<String> PARTICLES = java.util.Set.of("about", "off", "out", "along", "on", "up");

    private final Lexicons lexicons;
    private final SourcePhrases phrases;
    private final boolean openingPollsOnly;

    public InDocumentLinker(Lexicons lexicons) {
        this(lexicons, false);
    }

    private InDocumentLinker(Lexicons lexicons, boolean openingPollsOnly) {
        this.lexicons = lexicons;
        this.phrases = new SourcePhrases(lexicons);
        this.openingPollsOnly = openingPollsOnly;
    }

    /**
     * "In a CNN/ORC poll released Monday, 31% of Republicans said they were …": PolNeAR credits the
     * poll with its respondents' answers, so the poll opening the sentence goes first, before the
     * answers' own "said" can claim them; not when a pollster reports it ("…, Democracy Corp found").
     */
    public static InDocumentLinker openingPolls(Lexicons lexicons) {
        return new InDocumentLinker(lexicons, true);
    }

    /**
     * Whether the clause from {@code from} reports on its own: a verb cue right after a capitalised
     * word ("…, Democracy Corp found"), or a stance the respondents hold rather than say ("…, 5
     * percent prefer Gary Johnson", which PolNeAR credits to the 5 percent).
     */
    private static boolean reportsOnItsOwn(Analysis analysis, int from, int end) {
        // "79 percent of Democrats said …" counts the poll's answers, no reporter of its own
        return from < end && Clauses.firstVerbCue(analysis, from, end)
                .filter(verb -> !verb.lemma().equals("say") || verb.firstToken() > from
                        && !SourcePhrases.isQuantity(analysis.tokens().get(from))
                        && analysis.tokens().get(verb.firstToken() - 1).isCapitalized())
                .isPresent();
    }

    /** Polls and surveys, which speak for themselves: "Clinton leads in the latest polls". */
    private static final java.util.Set<String> POLLS = java.util.Set.of("poll", "polls", "survey", "surveys");

    /**
     * {@code Clinton continues to lead in polls}, {@code he fell to 10 percent in the latest CNN
     * poll released Wednesday}: a sentence that closes with the poll it was found in; the cue is
     * "in", the source the poll, the content the clause before.
     */
    private void closingPoll(Analysis analysis, int first, int end) {
        List<Token> tokens = analysis.tokens();
        int last = end - 1;
        while (last > first && Clauses.isTrailingPunctuation(tokens.get(last))) {
            last--;
        }
        int in = -1;
        boolean poll = false;
        for (int i = last; i > first && last - i < MAX_SOURCE; i--) {
            Token t = tokens.get(i);
            if (!t.isWord() && !t.isAny("-", "/", "'s", "\u2019s", "&")) {
                return; // "in polls, which …": only a plain phrase to the sentence's end
            }
            poll |= POLLS.contains(t.lower());
            if (t.is("in")) {
                in = i;
                break;
            }
        }
        if (in < 0 || !poll || in + 1 > last) {
            return;
        }
        int opening = Clauses.afterConnective(tokens, first, in - 1);
        if (Clauses.wordCount(tokens, opening, in - 1) < MIN_CONTENT_WORDS) {
            return;
        }
        Span named = new Span(tokens.get(in + 1).begin(), tokens.get(last).end());
        Span cue = tokens.get(in).span();
        Clauses.trimmed(tokens, opening, in - 1)
                .filter(content -> !analysis.isClaimed(content) && !analysis.isInsideQuote(cue.begin()))
                .ifPresent(content -> analysis.addProposal(new Proposal(content, ContentKind.INDIRECT, cue,
                        CueKind.PHRASE, named, MentionKind.UNNAMED, Rule.IN_DOCUMENT, 0.5,
                        "the sentence closes with \"in " + named.coveredText(analysis.text()) + "\"", null)));
    }

    private static boolean containsWord(List<Token> tokens, int from, int to, String word) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).is(word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        for (Span sentence : analysis.sentences()) {
            int first = analysis.tokenIndexAt(sentence.begin());
            int end = analysis.tokenIndexAt(sentence.end());
            if (first + 2 < end && !tokens.get(first).is("in") && !openingPollsOnly) {
                closingPoll(analysis, first, end);
            }
            if (first + 2 >= end || !tokens.get(first).is("in")) {
                continue;
            }
            int comma = -1;
            boolean document = false;
            for (int i = first + 1; i < end && i - first <= MAX_SOURCE; i++) {
                if (tokens.get(i).is(",")) {
                    comma = i;
                    break;
                }
                document |= lexicons.isSpeakingDocument(tokens.get(i).lower());
            }
            if (comma < 0 || !document || Clauses.wordCount(tokens, comma + 1, end - 1) < MIN_CONTENT_WORDS) {
                continue;
            }
            int aside = comma;
            if (openingPollsOnly && (POLLS.stream().noneMatch(w -> containsWord(tokens, first + 1, aside, w))
                    || reportsOnItsOwn(analysis, comma + 1, end))) {
                continue;
            }
            Span named = new Span(tokens.get(first + 1).begin(), tokens.get(comma - 1).end());
            Span cue = tokens.get(first).span();
            // "In a speech in Fort Pierce, Clinton laid out …": the one who spoke it is the source
            int asideEnd = comma;
            Optional<Mention> speaker = SPOKEN.stream().anyMatch(w -> containsWord(tokens, first + 1, asideEnd, w))
                    ? phrases.after(tokens, asideEnd + 1, end, false)
                            .filter(m -> m.kind() == MentionKind.NAME || m.kind() == MentionKind.PRONOUN)
                            .filter(m -> m.lastToken() + 1 < end && tokens.get(m.lastToken() + 1).isWord()
                                    && !tokens.get(m.lastToken() + 1).isCapitalized())
                    : Optional.empty();
            if (speaker.isPresent()) {
                // "In an interview, Jane Sanders made it clear that …": the speaker's own verb is the cue, what follows it the content
                Mention who = speaker.get();
                int verb = who.lastToken() + 1;
                int last = verb + 1 < end && PARTICLES.contains(tokens.get(verb + 1).lower()) ? verb + 1 : verb;
                Span verbCue = new Span(tokens.get(verb).begin(), tokens.get(last).end());
                Clauses.trimmed(tokens, last + 1, end - 1)
                        .filter(content -> Clauses.wordCount(tokens, last + 1, end - 1) >= 1)
                        .filter(content -> !analysis.isClaimed(content) && !analysis.isInsideQuote(cue.begin()))
                        .ifPresent(content -> analysis.addProposal(new Proposal(content, ContentKind.INDIRECT, verbCue,
                                CueKind.VERB, who.span(), who.kind(), Rule.IN_DOCUMENT, 0.5,
                                "the sentence opens with \"In " + named.coveredText(analysis.text()) + "\", and "
                                        + who.span().coveredText(analysis.text()) + " spoke in it", null)));
                continue;
            }
            Clauses.trimmed(tokens, comma + 1, end - 1)
                    .filter(content -> !analysis.isClaimed(content) && !analysis.isInsideQuote(cue.begin()))
                    .ifPresent(content -> analysis.addProposal(new Proposal(content, ContentKind.INDIRECT, cue,
                            CueKind.PHRASE, named, MentionKind.UNNAMED, Rule.IN_DOCUMENT, 0.6,
                            "the sentence opens with \"In " + named.coveredText(analysis.text()) + "\"", null)));
        }
    }
}
