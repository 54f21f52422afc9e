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

    public boolean is(String word) {
        return text.equalsIgnoreCase(word);
    }

    public boolean isAny(String... words) {
        for (String w : words) {
            if (text.equalsIgnoreCase(w)) {
                return true;
            }
        }
        return false;
    }

    /** "Trump's", "’s": a possessive ending. */
    public boolean isPossessive() {
        return lower.endsWith("'s") || lower.endsWith("\u2019s");
    }
}
