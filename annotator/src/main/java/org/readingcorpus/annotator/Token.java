package org.readingcorpus.annotator;

import java.util.Locale;
import org.readingcorpus.model.Span;

/** A word or a punctuation mark, with its text cut from the document once, and lower-cased once. */
public record Token(Span span, String text, String lower) {

    public static Token of(Span span, String text) {
        return new Token(span, text, text.toLowerCase(Locale.ROOT));
    }

    public int begin() {
        return span.begin();
    }

    public int end() {
        return span.end();
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(text.codePointAt(0));
    }

    public boolean isCapitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /**
     * Whether this token is {@code word}, whatever its case; {@code word} is given in lower case
     * (comparing with the lower-cased text once made is the annotator's commonest step).
     */
    public boolean is(String word) {
        return lower.equals(word);
    }

    /** Whether this token is one of {@code words}, given in lower case. */
    public boolean isAny(String... words) {
        for (String w : words) {
            if (lower.equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** Letters and periods, as the tokenizer leaves an initialism before its last period: "J.J", "C.I.A", "U.S". */
    public boolean isDottedInitialism() {
        return DOTTED_INITIALS.matcher(text).matches();
    }

    private static final java.util.regex.Pattern DOTTED_INITIALS = java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    /** "heralded", "blasting": a lower-case word shaped as a past tense or a participle. */
    public boolean isPastOrParticipleShaped() {
        return isWord() && !isCapitalized() && lower.length() > 4 && (lower.endsWith("ed") || lower.endsWith("ing"));
    }

    /** "Trump's", "’s": a possessive ending. */
    public boolean isPossessive() {
        return lower.endsWith("'s") || lower.endsWith("\u2019s");
    }
}
