package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Span;

/**
 * Finds cue candidates: the lexicon's phrases ("according to") and reporting verb forms. A verb
 * form right after a determiner or possessive ("the report", "his call") is a noun, and a
 * capitalised form inside a sentence is a name ("State Department"); neither is a cue.
 */
public final class CueFinder implements AnnotationStage {

    private static final Set<String> NOUN_MARKERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "their", "its", "our", "your", "my", "whose", "every", "each", "no", "any", "another", "other", "new",
            "recent", "media", "press", "news", "initial", "previous", "earlier", "later", "first", "official", "such");

    private final Lexicons lexicons;

    public CueFinder(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        List<CueMatch> cues = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int phraseEnd = matchPhrase(tokens, i);
            if (phraseEnd > i) {
                String lemma = String.join(" ", tokens.subList(i, phraseEnd).stream().map(Token::lower).toList());
                cues.add(new CueMatch(new Span(tokens.get(i).begin(), tokens.get(phraseEnd - 1).end()), CueKind.PHRASE,
                        lemma, i, phraseEnd - 1, true));
                i = phraseEnd;
                continue;
            }
            Token t = tokens.get(i);
            Lexicons.VerbForm form = t.isWord() ? lexicons.verbForm(t.text()) : null;
            if (form != null && isVerbUse(analysis, tokens, i)) {
                cues.add(new CueMatch(t.span(), CueKind.VERB, form.lemma(), i, i, form.strong()));
            }
            i++;
        }
        analysis.setCues(cues);
    }

    /** The end (exclusive) of a cue phrase starting at {@code start}, or {@code start} if none does. */
    private int matchPhrase(List<Token> tokens, int start) {
        for (List<String> phrase : lexicons.cuePhrasesStartingWith(tokens.get(start).lower())) {
            int end = start + phrase.size();
            if (end > tokens.size()) {
                continue;
            }
            boolean matches = true;
            for (int k = 0; k < phrase.size() && matches; k++) {
                matches = tokens.get(start + k).is(phrase.get(k));
            }
            if (matches) {
                return end;
            }
        }
        return start;
    }

    private static boolean isVerbUse(Analysis analysis, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Span sentence = analysis.sentenceAt(t.begin());
        boolean sentenceInitial = sentence.begin() == t.begin();
        if (t.isCapitalized() && !sentenceInitial && !isTitleCase(analysis, sentence)) {
            return false;
        }
        return i == 0 || !NOUN_MARKERS.contains(tokens.get(i - 1).lower());
    }

    /**
     * A headline in title case ("Obama Says Museum Will Tell of Suffering"), where a capital says
     * nothing about names: most of its words, and at least four, are capitalised.
     */
    private static boolean isTitleCase(Analysis analysis, Span sentence) {
        List<Token> tokens = analysis.tokens();
        int words = 0;
        int capitalised = 0;
        for (int k = analysis.tokenIndexAt(sentence.begin()); k < tokens.size() && tokens.get(k).end() <= sentence.end()
                && words <= SentenceSplitter.MAX_TOKENS; k++) {
            if (tokens.get(k).isWord() && tokens.get(k).text().length() > 3) {
                words++;
                capitalised += tokens.get(k).isCapitalized() ? 1 : 0;
            }
        }
        return capitalised >= 4 && capitalised * 10 >= words * 8;
    }
}
