package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.readingcorpus.model.Span;

/**
 * Splits each paragraph into sentences after . ! ? … (and any closing quote marks or brackets
 * that follow), unless the period ends an abbreviation or an initial, or what follows starts in
 * lower case.
 *
 * <p>A run of more than {@value #MAX_TOKENS} tokens without an ending (a list, a table, a scraped
 * page without punctuation) is cut there: the linking rules look around a cue within its sentence,
 * and this bound keeps their work linear in the text however the text is punctuated. Real news
 * sentences are far shorter.
 */
public final class SentenceSplitter implements AnnotationStage {

    static final int MAX_TOKENS = 200;

    /**
     * A news dateline opening a paragraph: "WASHINGTON (AP) — ", "BEDFORD, N.H. (AP) — ", "Aug 27 (Reuters) - ",
     * and a place in title case before its agency: "New York (AFP) – ".
     */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "((?:(?:\\p{Lu}[\\p{Lu}.,' ]{2,40}|\\p{Lu}\\p{Ll}{2} \\d{1,2})(?: \\([\\p{L} ]{2,20}\\))?"
            + "|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){0,2}(?:, [\\p{L}.]{2,6})? \\([\\p{L} ]{2,20}\\)) ?[-\u2014\u2013]) +(?=\\p{Lu})");

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "maj", "adm",
            "cmdr", "rev", "st", "jr", "sr", "messrs", "hon", "pres", "supt", "det", "insp", "gens", "reps", "sens", "del",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "no", "nos", "vs", "v", "etc", "inc", "corp", "co", "ltd", "dept", "univ", "assn", "bros", "fig",
            "u.s", "u.n", "d.c", "u.k", "e.u", "a.m", "p.m", "e.g", "i.e", "ft", "mt", "ave", "blvd", "approx");

    /** Abbreviations that may also end a sentence: "after the polls close at 7 p.m. He says …". */
    private static final Set<String> SENTENCE_FINAL_ABBREVIATIONS = Set.of("a.m", "p.m", "etc", "inc", "corp", "co",
            "ltd", "jr", "sr", "u.s", "u.n", "d.c", "u.k", "e.u", "del");
    /** Capitalised words that open a sentence rather than continue a name: "… in the U.S. The …". */
    private static final Set<String> SENTENCE_OPENERS = Set.of("the", "he", "she", "it", "they", "we", "i", "you",
            "but", "and", "this", "these", "those", "his", "her", "their", "its", "our", "there", "however", "meanwhile",
            "when", "while", "if", "after", "before", "some", "many", "most", "so", "yet", "still", "what", "why", "how");

    @Override
    public void process(Analysis analysis) {
        List<Span> sentences = new ArrayList<>();
        List<Token> tokens = analysis.tokens();
        for (Span paragraph : analysis.paragraphs()) {
            int first = analysis.tokenIndexAt(paragraph.begin());
            int start = paragraph.begin();
            int i = first;
            java.util.regex.Matcher dateline = DATELINE.matcher(analysis.text()).region(paragraph.begin(), paragraph.end());
            if (dateline.lookingAt()) {
                // "WASHINGTON (AP) — The senator said …": the dateline is no part of the first sentence
                sentences.add(new Span(paragraph.begin(), dateline.end(1)));
                start = dateline.end();
                i = analysis.tokenIndexAt(start);
            }
            int sentenceFirst = i;
            while (i < tokens.size() && tokens.get(i).end() <= paragraph.end()) {
                Token t = tokens.get(i);
                if (i - sentenceFirst + 1 >= MAX_TOKENS && i + 1 < tokens.size() && tokens.get(i + 1).end() <= paragraph.end()) {
                    sentences.add(new Span(start, t.end()));
                    start = tokens.get(i + 1).begin();
                    sentenceFirst = ++i;
                    continue;
                }
                if (isTerminal(t) && !endsAbbreviation(tokens, i)) {
                    int last = i;
                    while (last + 1 < tokens.size() && tokens.get(last + 1).end() <= paragraph.end()
                            && isTrailer(tokens.get(last + 1), tokens.get(last))) {
                        last++;
                    }
                    Token next = last + 1 < tokens.size() && tokens.get(last + 1).end() <= paragraph.end()
                            ? tokens.get(last + 1) : null;
                    if (next == null || startsSentence(tokens, last + 1)) {
                        int end = tokens.get(last).end();
                        sentences.add(new Span(start, end));
                        start = next == null ? paragraph.end() : next.begin();
                        i = last + 1;
                        sentenceFirst = i;
                        continue;
                    }
                }
                i++;
            }
            if (start < paragraph.end()) {
                sentences.add(new Span(start, paragraph.end()));
            }
        }
        analysis.setSentences(sentences);
    }

    private static boolean isTerminal(Token t) {
        return t.isAny(".", "!", "?", "\u2026");
    }

    /**
     * A closing mark or bracket that still belongs to the sentence before it. A straight quote mark
     * faces either way, so it closes only when it touches what comes before: in {@code over.” " )}
     * the spaced {@code "} opens the next piece.
     */
    private static boolean isTrailer(Token t, Token before) {
        char c = t.text().charAt(0);
        if (t.text().length() != 1) {
            return false;
        }
        if (QuoteMarks.isQuoteMark(c)) {
            QuoteMarks.Facing facing = QuoteMarks.facing(c);
            return facing == QuoteMarks.Facing.CLOSING || facing == QuoteMarks.Facing.EITHER && t.begin() == before.end();
        }
        return c == ')' || c == ']' || c == '.' || c == '!' || c == '?';
    }

    private static boolean endsAbbreviation(List<Token> tokens, int period) {
        if (!tokens.get(period).is(".") || period == 0) {
            return false;
        }
        Token before = tokens.get(period - 1);
        if (before.end() != tokens.get(period).begin() || !before.isWord()) {
            return false;
        }
        String word = before.lower();
        boolean opensNext = period + 1 < tokens.size() && tokens.get(period + 1).isCapitalized()
                && SENTENCE_OPENERS.contains(tokens.get(period + 1).lower());
        if (opensNext && (SENTENCE_FINAL_ABBREVIATIONS.contains(word) || before.isCapitalized() && before.isDottedInitialism())) {
            return false; // "at 7 p.m. He says", "in the U.S. The": the period is the abbreviation's and the sentence's
        }
        // a single capital letter is an initial ("George W. Bush"); letters and periods an initialism ("J.J. MacNab", "C.I.A. analyst")
        return ABBREVIATIONS.contains(word) || (word.length() == 1 && before.isCapitalized())
                || before.isCapitalized() && before.isDottedInitialism();
    }

    private static boolean startsSentence(List<Token> tokens, int index) {
        Token next = tokens.get(index);
        int cp = next.text().codePointAt(0);
        if (Character.isUpperCase(cp) || Character.isDigit(cp)) {
            return true;
        }
        if (next.isAny(",", ";", ":", ")", "]")) {
            return false; // "Rep. Sander M. Levin (Mich.), a superdelegate, said": the sentence goes on
        }
        if (QuoteMarks.isQuoteMark(next.text().charAt(0)) || cp == '(' || cp == '[' || cp == '\u2014' || cp == '-') {
            return index + 1 >= tokens.size() || !Character.isLowerCase(tokens.get(index + 1).text().codePointAt(0))
                    || QuoteMarks.facing(next.text().charAt(0)) == QuoteMarks.Facing.OPENING;
        }
        return !Character.isLetter(cp);
    }
}
