package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.List;
import org.readingcorpus.model.Span;

/**
 * Splits text into words and single punctuation marks. A word keeps inner apostrophes, hyphens,
 * periods and ampersands that join letters or digits ("Russia’s", "Yunus-Bek", "U.S", "AT&T"), and
 * slashes between digits ("9/11", "24/7").
 */
public final class WordTokenizer implements AnnotationStage {

    @Override
    public void process(Analysis analysis) {
        analysis.setTokens(tokenize(analysis.text()));
    }

    public static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.isISOControl(cp)) {
                i += width;
                continue;
            }
            int begin = i;
            if (Character.isLetterOrDigit(cp)) {
                i += width;
                while (i < n) {
                    int c = text.codePointAt(i);
                    if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                            || isMojibakeTail(text, i)) {
                        i += Character.charCount(c);
                    } else if (isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(text.codePointAt(i + 1))
                            && !(c == '.' && isMissingSpace(text, begin, i))) {
                        i += 1;
                    } else if (c == ',' && isThousands(text, begin, i)) {
                        i += 1;
                    } else if (c == '/' && isBetweenDigits(text, i)) {
                        i += 1; // "9/11", "24/7", "9/11/2001": one number, not a fraction of a sentence
                    } else {
                        break;
                    }
                }
            } else {
                i += width;
            }
            int clitic = cliticAt(text, begin, i);
            if (clitic > begin) {
                tokens.add(Token.of(new Span(begin, clitic), text.substring(begin, clitic)));
                begin = clitic;
            }
            tokens.add(Token.of(new Span(begin, i), text.substring(begin, i)));
        }
        return tokens;
    }

    private static final java.util.Set<String> CLITIC_HOSTS = java.util.Set.of("i", "you", "he", "she", "it", "we",
            "they", "that", "there", "here", "what", "who", "where");
    private static final java.util.Set<String> CLITICS = java.util.Set.of("s", "re", "ve", "m", "d", "ll");

    /**
     * "He’s", "they're", "I'd": where a pronoun's contracted auxiliary begins, or -1. As in the Penn
     * Treebank, the auxiliary is a token of its own, so the pronoun can be a source and the
     * auxiliary part of the cue ("He" "’s said"); "Trump's" and "didn't" stay whole.
     */
    private static int cliticAt(String text, int begin, int end) {
        for (int k = begin + 1; k < end && k - begin <= 5; k++) {
            char c = text.charAt(k);
            if (c == '\'' || c == '\u2019') {
                return CLITIC_HOSTS.contains(text.substring(begin, k).toLowerCase(java.util.Locale.ROOT))
                        && CLITICS.contains(text.substring(k + 1, end).toLowerCase(java.util.Locale.ROOT)) ? k : -1;
            }
        }
        return -1;
    }

    /**
     * "Trump said.Trump claimed": a period after a lower-case word of three letters or more and
     * before a capital ends a sentence whose space was lost; "U.S", "Ph.D" and "Breitbart.com" stay whole.
     */
    private static boolean isMissingSpace(String text, int begin, int period) {
        if (period - begin < 3 || !Character.isUpperCase(text.codePointAt(period + 1))) {
            return false;
        }
        for (int k = period - 3; k < period; k++) {
            if (!Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "20,000", "1,200,000": a comma between digits with three more after it groups thousands; a
     * comma after a word that merely starts with a digit ("2016,2017") stays a mark.
     */
    private static boolean isThousands(String text, int begin, int comma) {
        for (int k = begin; k < comma; k++) {
            char c = text.charAt(k);
            if (!(c >= '0' && c <= '9') && c != ',') {
                return false;
            }
        }
        int end = comma + 4;
        if (end > text.length() || comma - begin > 3 && text.charAt(comma - 4) != ',') {
            return false;
        }
        for (int k = comma + 1; k < end; k++) {
            if (!(text.charAt(k) >= '0' && text.charAt(k) <= '9')) {
                return false;
            }
        }
        return end == text.length() || !Character.isLetterOrDigit(text.codePointAt(end));
    }

    /**
     * "FranÃ§ois", "protegÃ©s": UTF-8 read as Latin-1 turns a letter into "Ã" or "Â" and a byte
     * from U+0080 to U+00BF, which stays in the word (no-break space aside, which still parts words).
     */
    private static boolean isMojibakeTail(String text, int i) {
        char c = text.charAt(i);
        if (c < '\u0080' || c > '\u00bf' || c == '\u00a0' || i == 0) {
            return false;
        }
        int lead = i - 1;
        while (lead > 0 && Character.getType(text.charAt(lead)) == Character.NON_SPACING_MARK) {
            lead--; // "A" and a combining tilde: the lead decomposed
        }
        return MOJIBAKE_LEADS.indexOf(text.charAt(lead)) >= 0 || lead < i - 1 && text.charAt(lead) == 'A';
    }

    private static final String MOJIBAKE_LEADS = "\u00c2\u00c3\u00c5";

    private static boolean isBetweenDigits(String text, int i) {
        return i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    private static boolean isJoiner(int c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == '&' || c == '\u2010' || c == '\u2011';
    }
}
