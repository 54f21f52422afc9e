package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * {@code Bush referred to Rubio as “a bright, charismatic leader”}, {@code Merkel heralded the
 * deal as a “breakthrough.”}: a verb, its object and "as" before a quotation put a description in
 * someone's words, whatever the verb (PolNeAR train: 89 such quotes, 85 inside a gold content,
 * 28 of them found by no other rule). The verb is the cue, the object through the quote the
 * content, the verb's subject the source.
 */
public final class QuotedDescriptionLinker implements AnnotationStage {

    private static final int MAX_OBJECT_WORDS = 8;
    private static final double CONFIDENCE = 0.6;
    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private static final Set<String> PARTICLES = Set.of("up", "off", "down", "out");
    /** Words that open no object: "is described on Amazon as", "known for appearances as". */
    private static final Set<String> NOT_OBJECT_OPENERS = Set.of("on", "in", "at", "for", "by", "with", "from", "of",
            "about", "as", "to", "and", "or", "but", "than", "that", "which", "who", "whom");

    private final SourcePhrases phrases;
    private final Lexicons lexicons;

    public QuotedDescriptionLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
        this.lexicons = lexicons;
    }

    @Override
    public void process(Analysis analysis) {
        for (Quote quote : analysis.quotes()) {
            if (!quote.isNested() && quote.closed() && !analysis.isClaimed(quote.outer())) {
                describing(analysis, quote).filter(p -> !analysis.isClaimed(p.content())).ifPresent(analysis::addProposal);
            }
        }
    }

    private Optional<Proposal> describing(Analysis analysis, Quote quote) {
        List<Token> tokens = analysis.tokens();
        int open = analysis.tokenIndexAt(quote.outer().begin());
        int floor = Clauses.sentenceFirstToken(analysis, quote.outer().begin());
        int as = open - 1;
        if (as > floor && ARTICLES.contains(tokens.get(as).lower())) {
            as--;
        }
        if (as - 2 < floor || !tokens.get(as).is("as") || tokens.get(as - 1).is("such")) {
            return Optional.empty(); // "words such as “ambassador”": examples, nobody's description
        }
        int verb = -1;
        for (int i = as - 1; i > floor && as - i <= MAX_OBJECT_WORDS + 1; i--) {
            Token t = tokens.get(i);
            if (!t.isWord() && !t.isPossessive() && !t.isAny("-", ".")) {
                return Optional.empty(); // "…, as “…”": no object runs back over a comma
            }
            if (Clauses.FINITE_AUXILIARIES.contains(t.lower()) || Clauses.BE_FORMS.contains(t.lower())) {
                return Optional.empty(); // "what has been described as": the describing verb is this clause's own
            }
            if (i < as - 1 && (isVerbShaped(t) || isPresentAfterSubject(tokens, i))) {
                verb = i;
                break;
            }
        }
        if (verb < 0 || Clauses.BE_FORMS.contains(tokens.get(verb - 1).lower()) || tokens.get(verb - 1).is(",")
                || tokens.get(verb).is("known")) {
            return Optional.empty(); // "is described as", "Lazar, known online as": a passive or a modifier names no describer
        }
        int object = verb + 1;
        boolean particle = tokens.get(object).is("to") ? tokens.get(verb).lower().startsWith("refer") : PARTICLES.contains(tokens.get(object).lower());
        if (particle && object + 1 < as) {
            object++; // "referred to Rubio as", "summed up Clinton as"
        }
        if (NOT_OBJECT_OPENERS.contains(tokens.get(object).lower()) || Clauses.FINITE_AUXILIARIES.contains(tokens.get(object).lower())) {
            return Optional.empty();
        }
        int first = CueFinder.withAuxiliaries(tokens, verb, floor + 1);
        Optional<Mention> source = phrases.before(tokens, first, floor)
                .or(() -> phrases.sentenceSubject(tokens, first, floor, Clauses.firstVerbCue(analysis, floor, first).isPresent()));
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Span cue = new Span(tokens.get(first).begin(), tokens.get(object - 1).end());
        Span content = new Span(tokens.get(object).begin(), withCoordinatedQuote(analysis, quote).end());
        Mention s = source.get();
        return Optional.of(new Proposal(content, ContentKind.MIXED, cue, CueKind.VERB, s.span(), s.kind(),
                Rule.QUOTED_DESCRIPTION, CONFIDENCE,
                "\"" + cue.coveredText(analysis.text()) + " … as\" and a quotation: a description in someone's words", null));
    }

    /** "as “a pathological narcissistic sociopath” and “a narcissistic psychopath”": a second quote joined by "and" or "or". */
    private static Span withCoordinatedQuote(Analysis analysis, Quote quote) {
        List<Token> tokens = analysis.tokens();
        int after = analysis.tokenIndexAt(quote.outer().end());
        if (after + 1 < tokens.size() && tokens.get(after).isAny("and", "or")) {
            int next = analysis.quoteIndexAt(tokens.get(after + 1).begin());
            List<Quote> quotes = analysis.quotes();
            if (next >= 0 && next < quotes.size() && quotes.get(next).outer().begin() == tokens.get(after + 1).begin()
                    && quotes.get(next).closed() && !analysis.isClaimed(quotes.get(next).outer())) {
                return quote.outer().union(quotes.get(next).outer());
            }
        }
        return quote.outer();
    }

    /** "Trump openly admires Putin as …", "he sees Clinton as …": an -s form right after its subject or an adverb. */
    private static boolean isPresentAfterSubject(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        String w = t.lower();
        if (!t.isWord() || t.isCapitalized() || !w.endsWith("s") || w.endsWith("ss") || w.length() < 4) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.isCapitalized() && before.isWord() || Clauses.SUBJECT_PRONOUNS.contains(before.lower())
                || before.isWord() && !before.isCapitalized() && before.lower().endsWith("ly") && before.lower().length() > 4;
    }

    /** A reporting verb of the lexicons, or a lower-case past tense or participle: "heralded", "blasting". */
    private boolean isVerbShaped(Token t) {
        return t.isPastOrParticipleShaped() || t.isWord() && !t.isCapitalized() && lexicons.verbForm(t.lower()) != null;
    }
}
