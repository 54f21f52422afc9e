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
 * Stances reported by a noun: {@code his criticism of the plan}, {@code Trump's claim that …},
 * {@code the campaign's decision to …}. The noun must follow a determiner or a possessive, so a
 * verb ("she plans to") is left to the verb rules; the possessor, when there is one, is the
 * source; what follows the noun's opener, to the end of its clause or noun phrase, is the content.
 * A few plural or mass nouns before "that" report a stance with no holder named ("numerous
 * complaints that …"; train: 12 of 14 proposals agreed).
 */
public final class NounCueLinker implements AnnotationStage {

    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "their", "its", "our", "my", "your");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "any",
            "no", "some", "new", "renewed", "growing", "repeated", "frequent", "latest", "recent", "public", "strong",
            "harsh", "sharp", "fierce", "vocal", "early", "continued", "full", "widespread");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "these", "those", "any", "no", "some");
    private static final Set<String> HELD_WITHOUT_HOLDER = Set.of("complaints", "concern", "warning", "warnings", "hopes",
            "fears", "remarks", "speculation", "worries", "insistence", "assurances", "rumors", "claims");
    private static final int MAX_MODIFIERS = 2;
    private static final int MIN_CONTENT_WORDS = 1;
    private static final double CONFIDENCE = 0.4;

    private final SourcePhrases phrases;
    private final Lexicons lexicons;

    public NounCueLinker(Lexicons lexicons) {
        this.phrases = new SourcePhrases(lexicons);
        this.lexicons = lexicons;
    }

    @Override
    public void process(Analysis analysis) {
        ListedWords.propose(analysis, lexicons::cueNounOpeners, (i, openers) ->
                openers.contains(analysis.tokens().get(i + 1).lower()) ? proposal(analysis, i) : Optional.empty());
    }

    private Optional<Proposal> proposal(Analysis analysis, int noun) {
        List<Token> tokens = analysis.tokens();
        int floor = Clauses.sentenceFirstToken(analysis, tokens.get(noun).begin());
        int ceiling = Clauses.sentenceEndToken(analysis, tokens.get(noun).begin());
        int opener = noun + 1;
        if (opener + 1 >= ceiling) {
            return Optional.empty();
        }
        int determiner = noun - 1;
        while (determiner > floor && noun - determiner <= MAX_MODIFIERS && isModifier(tokens.get(determiner))) {
            determiner--;
        }
        // "Trump's recent assertion that …": an adjective that may open the phrase may also follow its owner
        if (determiner - 1 >= floor && DETERMINERS.contains(tokens.get(determiner).lower()) && !ARTICLES.contains(tokens.get(determiner).lower())
                && (tokens.get(determiner - 1).isPossessive() || POSSESSIVE_PRONOUNS.contains(tokens.get(determiner - 1).lower()))) {
            determiner--;
        }
        Token before = tokens.get(determiner);
        boolean pronoun = POSSESSIVE_PRONOUNS.contains(before.lower());
        boolean possessive = before.isPossessive();
        boolean bare = HELD_WITHOUT_HOLDER.contains(tokens.get(noun).lower()) && tokens.get(opener).is("that") && noun - 1 >= floor
                && !pronoun && !possessive && !DETERMINERS.contains(tokens.get(noun - 1).lower());
        if (!bare && (determiner < floor || !(pronoun || possessive || DETERMINERS.contains(before.lower())))) {
            return Optional.empty(); // "she plans to", "Trump calls for": a verb, not a noun
        }
        Optional<Mention> source = Optional.empty();
        if (pronoun) {
            source = Optional.of(new Mention(before.span(), MentionKind.PRONOUN, determiner, determiner));
        } else if (possessive) {
            source = owner(tokens, determiner, floor);
        }
        boolean that = tokens.get(opener).is("that");
        // "his promise to build a wall": a noun that also takes "to" before a listener ("promise to voters")
        // opens an infinitive when a bare word, no determiner and no plural, follows "to"
        Token afterTo = tokens.get(opener + 1);
        boolean infinitive = tokens.get(opener).is("to") && !afterTo.isCapitalized()
                && (lexicons.cueNounOpeners(tokens.get(noun).lower()).size() <= 2 || afterTo.isWord()
                        && !ARTICLES.contains(afterTo.lower()) && !POSSESSIVE_PRONOUNS.contains(afterTo.lower())
                        && !afterTo.lower().endsWith("s") && !Character.isDigit(afterTo.text().charAt(0)));
        int start = that || infinitive ? opener : opener + 1; // "his decision to run": PolNeAR keeps "to" in, as it does "that"
        // "his call for …", "opposition to …": PolNeAR's cue takes the preposition; "that" and "to" before a verb open the content
        Span cue = that || infinitive ? tokens.get(noun).span() : tokens.get(noun).span().union(tokens.get(opener).span());
        int end = Clauses.clauseEnd(analysis, start, ceiling);
        if (!that && !infinitive) {
            end = phraseEnd(tokens, start, end);
        }
        if (Clauses.wordCount(tokens, start, end) < MIN_CONTENT_WORDS) {
            return Optional.empty();
        }
        if (source.isEmpty() && !bare) {
            return Optional.empty(); // without its holder, a stance noun is too often the writer's own word
        }
        if (pronoun) {
            Optional<Mention> subject = subjectOfVerbBefore(tokens, determiner, floor);
            if (subject.isPresent()) {
                // "He has stepped up his attacks on …": the verb's subject holds the stance, and the verb is part of the cue
                source = subject;
                cue = new Span(tokens.get(subject.get().lastToken() + 1).begin(), cue.end());
            }
        }
        Optional<Mention> s = source;
        Span finalCue = cue;
        return Clauses.trimmed(tokens, start, end).map(content -> new Proposal(content, ContentKind.INDIRECT, finalCue,
                CueKind.PHRASE, s.map(Mention::span).orElse(null), s.map(Mention::kind).orElse(null), Rule.NOUN_CUE,
                CONFIDENCE, "\"" + finalCue.coveredText(analysis.text()) + "\" reports a stance and what it is about", null));
    }

    /**
     * "is doubling down on his support for", "have been unsparing in their criticism of": the
     * subject of the past tense or participle (and its particle) right before the possessive
     * pronoun; PolNeAR gives the stance to it (train: 11 times to 1 the pronoun's).
     */
    private Optional<Mention> subjectOfVerbBefore(List<Token> tokens, int pronoun, int floor) {
        int verb = pronoun - 1;
        if (verb <= floor) {
            return Optional.empty();
        }
        while (verb > floor && pronoun - verb <= 2 && VERB_PARTICLES.contains(tokens.get(verb).lower())) {
            verb--; // "doubling down on"
        }
        if (verb <= floor || !tokens.get(verb).isPastOrParticipleShaped()) {
            return Optional.empty();
        }
        int at = verb;
        return phrases.before(tokens, verb, floor).filter(m -> at - m.lastToken() <= MAX_VERB_GROUP);
    }

    private static final Set<String> VERB_PARTICLES = Set.of("up", "on", "in", "down", "about", "to", "for", "with", "out");
    private static final int MAX_VERB_GROUP = 4;

    /** "Donald Trump's", "the Clinton campaign's": the phrase that owns the noun, with its "'s" as PolNeAR marks it. */
    private Optional<Mention> owner(List<Token> tokens, int possessive, int floor) {
        Token t = tokens.get(possessive);
        if (t.is("'s") || t.is("\u2019s")) {
            return phrases.before(tokens, possessive, floor)
                    .map(m -> new Mention(m.span().union(t.span()), m.kind(), m.firstToken(), possessive));
        }
        if (!t.isCapitalized()) {
            return Optional.empty();
        }
        // "Donald Trump's", "Mr. Obama's" as one token at the end: the name's other words before it
        int first = possessive;
        // "But Trump's plan": a word capitalised only because it opens the sentence is no part of the name
        while (first - 1 >= floor && (tokens.get(first - 1).isCapitalized() && phrases.isNominal(tokens.get(first - 1))
                || first - 2 >= floor && SourcePhrases.isAbbreviationPeriod(tokens, first - 1))) {
            first--;
        }
        return Optional.of(new Mention(new Span(tokens.get(first).begin(), t.end()), MentionKind.NAME, first, possessive));
    }

    /** A noun phrase after a preposition ends before the next preposition or clause word. */
    private int phraseEnd(List<Token> tokens, int start, int end) {
        boolean quoted = Clauses.isQuoteMark(tokens.get(start));
        for (int i = start + 1; i <= end; i++) {
            Token t = tokens.get(i);
            if (Clauses.isQuoteMark(t)) {
                quoted = !quoted;
            }
            if (quoted) {
                continue; // "his call for “a total and complete ban”": the quote is one phrase
            }
            boolean verb = !t.isCapitalized() && (t.lower().endsWith("ed") || lexicons.verbForm(t.lower()) != null)
                    && !DETERMINERS.contains(tokens.get(i - 1).lower());
            boolean negated = t.lower().endsWith("n't") || t.lower().endsWith("n\u2019t"); // "isn’t shared by …"
            if (t.isAny(",", "(") || Clauses.isDash(tokens, i) || PHRASE_BREAKS.contains(t.lower()) || verb || negated) {
                return i - 1; // "the trade deal angered …": a verb ends the noun phrase
            }
        }
        return end;
    }

    private static final Set<String> PHRASE_BREAKS = Set.of("and", "but", "while", "as", "because", "after", "before",
            "since", "when", "which", "who", "despite", "amid", "during", "has", "have", "had", "is", "are", "was", "were",
            "will", "would", "could", "can", "may", "might", "should", "helped", "led", "came", "comes");

    private boolean isModifier(Token t) {
        return t.isWord() && !t.isCapitalized() && !POSSESSIVE_PRONOUNS.contains(t.lower())
                && !DETERMINERS.contains(t.lower()) && lexicons.verbForm(t.lower()) == null && !t.isPossessive();
    }

}
