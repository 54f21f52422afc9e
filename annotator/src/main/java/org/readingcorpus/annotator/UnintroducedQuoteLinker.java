package org.readingcorpus.annotator;

import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * Gives a speaker to quotes that have no cue of their own, as a reader would: a quote reopened at
 * a new paragraph continues the previous piece; a long quote that closes a sentence belongs to
 * that sentence's subject (PolNeAR marks the mention nearest the quote), and one standing alone to
 * the speaker of the nearest attribution in the paragraphs around it.
 */
public final class UnintroducedQuoteLinker implements AnnotationStage {

    private static final int MIN_SPEECH_WORDS = 6;
    private static final int PARAGRAPHS_BACK = 2;
    private static final int PARAGRAPHS_AHEAD = 1;

    private final SourcePhrases phrases;

    public UnintroducedQuoteLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
    }

    @Override
    public void process(Analysis analysis) {
        // speaking proposals by where their contents begin: the one before a quote is the lower entry
        NavigableMap<Integer, Proposal> speaking = new TreeMap<>();
        analysis.proposals().stream().filter(UnintroducedQuoteLinker::hasSpeaker)
                .forEach(p -> speaking.put(p.content().begin(), p));
        Set<Integer> cueEnds = analysis.cues().stream().map(CueMatch::lastToken).collect(Collectors.toSet());
        for (Quote quote : analysis.quotes()) {
            if (quote.isNested() || analysis.isClaimed(quote.outer()) || creditedTitle(analysis, quote) || promotesAnAccount(analysis, quote)) {
                continue;
            }
            Proposal previous = valueOrNull(speaking.lowerEntry(quote.outer().begin()));
            Proposal next = valueOrNull(speaking.ceilingEntry(quote.outer().end()));
            int paragraph = analysis.paragraphIndexAt(quote.outer().begin());
            Proposal added = null;
            if (quote.continuesPrevious() && previous != null
                    && paragraph - analysis.paragraphIndexAt(previous.content().begin()) <= PARAGRAPHS_BACK) {
                added = previous.rule() == Rule.SPEAKER_LABEL
                        // a transcript quoted paragraph by paragraph: the marks open every line, the words are the speaker's
                        ? new Proposal(quote.inner(), previous.kind(), null, null, null, null, Rule.CONTINUED_QUOTE, 0.8,
                                "the transcript's speaker goes on in a new paragraph", previous)
                        : inherit(quote, previous, Rule.CONTINUED_QUOTE, 0.8,
                                "the quote reopens at a new paragraph and continues the one before");
            } else if (isSpeechLike(analysis, quote)) {
                Optional<Mention> subject = sentenceSubject(analysis, quote);
                added = subject.flatMap(m -> withSentenceVerb(analysis, quote, m))
                        .or(() -> subject.map(m -> new Proposal(quote.outer(), ContentKind.DIRECT, null, null, m.span(), m.kind(),
                                Rule.NEAREST_SPEAKER, 0.5, "no cue in its sentence; the subject of the sentence it ends", null)))
                        .orElse(null);
                if (added == null && previous != null
                        && paragraph - analysis.paragraphIndexAt(previous.content().begin()) <= PARAGRAPHS_BACK) {
                    added = inherit(quote, previous, Rule.NEAREST_SPEAKER, 0.55,
                            "no cue in its sentence; the speaker of the attribution before it");
                } else if (added == null && next != null
                        && analysis.paragraphIndexAt(next.content().begin()) - paragraph <= PARAGRAPHS_AHEAD) {
                    added = inherit(quote, next, Rule.NEAREST_SPEAKER, 0.45,
                            "no cue in its sentence; the speaker of the attribution after it");
                } else if (added == null) {
                    // too long for a term or a title: somebody's words, though the text does not say whose
                    analysis.addProposal(new Proposal(quote.outer(), ContentKind.DIRECT, null, null, null, null,
                            Rule.UNATTRIBUTED_QUOTE, 0.3, "a quotation of " + MIN_SPEECH_WORDS
                                    + " words or more, with no speaker in or near its sentence", null));
                }
            }
            if (added != null && added.cue() == null && added.rule() == Rule.NEAREST_SPEAKER) {
                added = LeadIn.fromClause(analysis, added, cueEnds);
            }
            if (added != null) {
                analysis.addProposal(added);
                if (added.rule() == Rule.CONTINUED_QUOTE && nothingBetween(analysis, previous, added)) {
                    // PolNeAR marks the reopened quote as more of the same content: one attribution, more fragments
                    speaking.remove(previous.content().begin());
                    added = analysis.join(previous, added, "the quote reopens at a new paragraph and continues the one before");
                }
                speaking.put(added.content().begin(), added);
            }
        }
    }

    /**
     * "The ad targets a “corrupt political system …”": the verb after the sentence's subject is the
     * cue, and what follows it to the quote's end the content (after a colon or comma, the quote alone).
     */
    private static Optional<Proposal> withSentenceVerb(Analysis analysis, Quote quote, Mention subject) {
        List<Token> tokens = analysis.tokens();
        int open = analysis.tokenIndexAt(quote.outer().begin());
        OptionalInt verb = verbAfter(tokens, subject.lastToken() + 1, open);
        if (verb.isEmpty()) {
            return Optional.empty();
        }
        Span cue = new Span(tokens.get(subject.lastToken() + 1).begin(), tokens.get(verb.getAsInt()).end());
        Span content = tokens.get(open - 1).isAny(":", ",") ? quote.outer()
                : new Span(tokens.get(verb.getAsInt() + 1).begin(), quote.outer().end());
        // another quotation between the verb and this one is content of its own, or a title's
        boolean alone = analysis.quotes().get(analysis.quoteIndexAt(content.begin())).equals(quote);
        if (!alone || analysis.isClaimed(content)) {
            return Optional.empty();
        }
        return Optional.of(new Proposal(content, content.equals(quote.outer()) ? ContentKind.DIRECT : ContentKind.MIXED,
                cue, CueKind.VERB, subject.span(), subject.kind(), Rule.NEAREST_SPEAKER, 0.5,
                "no listed cue in its sentence; the verb after the sentence's subject", null));
    }

    /** "Sanders credited Clinton's victory to “a closed primary …”": a quote inside a sentence, after its subject. */
    private Optional<Mention> sentenceSubject(Analysis analysis, Quote quote) {
        int start = analysis.tokenIndexAt(quote.outer().begin());
        int floor = Clauses.sentenceFirstToken(analysis, quote.outer().begin());
        if (start - floor < 3) {
            return Optional.empty();
        }
        return phrases.openingSubject(analysis.tokens(), floor, start - 1);
    }

    /** {@code "You have until December to get free memberships," by Dana Rubinstein}: a headline and its byline. */
    private static boolean creditedTitle(Analysis analysis, Quote quote) {
        List<Token> tokens = analysis.tokens();
        int after = analysis.tokenIndexAt(quote.outer().end());
        return after + 1 < tokens.size() && tokens.get(after).text().equals("by") && tokens.get(after + 1).isCapitalized()
                && analysis.paragraphIndexAt(tokens.get(after).begin()) == analysis.paragraphIndexAt(quote.outer().begin());
    }

    /** {@code "Follow Pam Key on Twitter @pamkeyNEN."}: the site's sign-off, nobody's words. */
    private static boolean promotesAnAccount(Analysis analysis, Quote quote) {
        String inside = quote.inner().coveredText(analysis.text());
        return inside.startsWith("Follow ") && (inside.contains(" on Twitter") || inside.contains("@"));
    }

    /** The main verb right after a subject, past auxiliaries and adverbs: "has touted", "is praising", "targets". */
    private static OptionalInt verbAfter(List<Token> tokens, int from, int quoteStart) {
        int i = from;
        while (i < quoteStart - 1 && (Clauses.FINITE_AUXILIARIES.contains(tokens.get(i).lower()) || tokens.get(i).isAny("do", "been", "be")
                || tokens.get(i).lower().endsWith("ly")
                || tokens.get(i).isAny("also", "then", "again", "now", "still", "even"))) {
            i++;
        }
        if (i >= quoteStart - 1) {
            return OptionalInt.empty();
        }
        Token t = tokens.get(i);
        String w = t.lower();
        boolean verbShaped = t.isWord() && !t.isCapitalized() && !t.isPossessive()
                && (i > from || w.endsWith("ed") || w.endsWith("s") && !w.endsWith("ss")) && !NOT_VERBS.contains(w);
        return verbShaped ? OptionalInt.of(i) : OptionalInt.empty();
    }

    private static final Set<String> NOT_VERBS = Set.of("as", "is", "was", "has", "this", "that", "his",
            "its", "us", "thus", "perhaps", "news", "always", "sometimes", "less", "unless", "across", "towards", "plus");

    private static boolean nothingBetween(Analysis analysis, Proposal first, Proposal next) {
        return !analysis.isClaimed(new Span(first.content().end(), next.content().begin()));
    }

    private static boolean hasSpeaker(Proposal p) {
        return p.kind().isSpeech() && (p.source() != null || p.inheritsSpeakerFrom() != null);
    }

    private static Proposal valueOrNull(Map.Entry<Integer, Proposal> entry) {
        return entry == null ? null : entry.getValue();
    }

    private static boolean isSpeechLike(Analysis analysis, Quote quote) {
        int first = analysis.tokenIndexAt(quote.inner().begin());
        int last = analysis.tokenIndexAt(quote.inner().end()) - 1;
        return Clauses.wordCount(analysis.tokens(), first, last) >= MIN_SPEECH_WORDS
                && !isSubtitledTitle(analysis.tokens(), first, last);
    }

    /**
     * {@code "Crippled America: How to Make America Great Again,"}: a title and its subtitle, every
     * longer word capitalised on both sides of the colon, names a book or a film, not anybody's words.
     */
    private static boolean isSubtitledTitle(List<Token> tokens, int first, int last) {
        boolean colon = false;
        for (int i = first; i <= last; i++) {
            Token t = tokens.get(i);
            if (t.is(":") && i > first && i < last) {
                colon = true;
            } else if (t.isWord() && t.text().length() >= 4 && !t.isCapitalized()) {
                return false;
            }
        }
        return colon;
    }

    private static Proposal inherit(Quote quote, Proposal from, Rule rule, double confidence, String evidence) {
        return new Proposal(quote.outer(), ContentKind.DIRECT, null, null, null, null, rule, confidence, evidence, from);
    }
}
