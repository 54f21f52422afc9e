package org.readingcorpus.annotator;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.readingcorpus.annotator.QuoteMarks.Facing;
import org.readingcorpus.annotator.QuoteMarks.Family;
import org.readingcorpus.model.Span;

/**
 * Pairs quote marks within each paragraph with one stack, so each mark is looked at once.
 *
 * <p>Straight marks face the way their neighbours say; a double mark left open at the end of a
 * paragraph closes there (so a broken mark never swallows the rest of the document), and the
 * news convention of reopening a quote at each new paragraph links the pieces. Single marks
 * between letters are apostrophes, and an unclosed single mark is dropped. Two apostrophes in a
 * row ('') are one straight double mark, as some newspapers' archives write them.
 */
public final class QuotePairer implements AnnotationStage {

    /** An opening mark at {@code offset}, {@code width} characters wide (2 for ''). */
    private record Open(int offset, int width, char mark, Family family) {
    }

    @Override
    public void process(Analysis analysis) {
        String text = analysis.text();
        List<Quote> quotes = new ArrayList<>();
        boolean previousLeftOpen = false;
        for (Span paragraph : analysis.paragraphs()) {
            previousLeftOpen = pairParagraph(text, paragraph, previousLeftOpen, quotes);
        }
        quotes.sort((a, b) -> a.outer().compareTo(b.outer()));
        analysis.setQuotes(quotes);
    }

    /** Returns whether a double quote was still open at the paragraph's end. */
    private static boolean pairParagraph(String text, Span paragraph, boolean previousLeftOpen, List<Quote> out) {
        Deque<Open> stack = new ArrayDeque<>();
        boolean continuation = previousLeftOpen;
        boolean sawMark = false;
        for (int i = paragraph.begin(); i < paragraph.end(); i++) {
            char c = text.charAt(i);
            if (c == '<') {
                i = tagEnd(text, i, paragraph.end());
                continue;
            }
            Family family = QuoteMarks.family(c);
            if (family == null || family == Family.DOUBLE && marksInches(text, paragraph.begin(), i)) {
                continue;
            }
            int width = c == '\'' && i + 1 < paragraph.end() && text.charAt(i + 1) == '\'' ? 2 : 1;
            // "…them,''' said McCain": a single quote closes inside a '' quote that closes right after it
            if (width == 2 && i + 2 < paragraph.end() && text.charAt(i + 2) == '\'' && !stack.isEmpty()
                    && stack.peek().family() == Family.SINGLE) {
                width = 1;
            }
            if (width == 2) {
                c = '"';
                family = Family.DOUBLE;
            }
            char before = i > paragraph.begin() ? text.charAt(i - 1) : ' ';
            char after = i + width < paragraph.end() ? text.charAt(i + width) : ' ';
            boolean firstMark = !sawMark;
            sawMark = true;
            if (family == Family.SINGLE) {
                pairSingle(text, i, c, before, after, stack, out);
                continue;
            }
            // "” … what I learned …,” he said": a closing mark that opens its paragraph opens a quote
            Facing facing = opensParagraph(text, paragraph, i) && !hasOpenDouble(stack) ? Facing.OPENING
                    : doubleFacing(c, before, after, stack);
            if (facing == Facing.OPENING) {
                stack.push(new Open(i, width, c, family));
            } else if (hasOpenDouble(stack)) {
                Open open = popToDouble(stack);
                boolean continues = continuation && open.offset() == paragraph.begin() && depth(stack) == 0;
                addQuote(text, new Span(open.offset(), i + width), new Span(open.offset() + open.width(), i), depth(stack),
                        true, continues, out);
            } else if (firstMark && continuation && facing == Facing.CLOSING) {
                // a previous paragraph's quote that ends here without being reopened
                addQuote(text, new Span(paragraph.begin(), i + width), new Span(paragraph.begin(), i), 0, true, true, out);
                continuation = false;
            } else if (facing == Facing.EITHER) {
                stack.push(new Open(i, width, c, family));
            }
            i += width - 1;
        }
        Open unclosed = null;
        for (Open open : stack) {
            if (open.family() == Family.DOUBLE) {
                unclosed = open; // the deque iterates from the top: the last double seen is the outermost
            }
        }
        if (unclosed != null) {
            boolean continues = continuation && unclosed.offset() == paragraph.begin();
            addQuote(text, new Span(unclosed.offset(), paragraph.end()),
                    new Span(Math.min(unclosed.offset() + unclosed.width(), paragraph.end()), paragraph.end()), 0, false,
                    continues, out);
            return true;
        }
        return false;
    }

    private static void pairSingle(String text, int i, char c, char before, char after, Deque<Open> stack,
            List<Quote> out) {
        boolean betweenLetters = Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
        if (betweenLetters || elides(text, i)) {
            return; // an apostrophe
        }
        Facing facing = QuoteMarks.facing(c);
        boolean opensHere = (Character.isWhitespace(before) || isOpeningContext(before))
                && Character.isLetterOrDigit(after);
        boolean singleOnTop = !stack.isEmpty() && stack.peek().family() == Family.SINGLE;
        if (singleOnTop && facing != Facing.OPENING && !Character.isLetterOrDigit(after)) {
            Open open = stack.pop();
            addPair(text, open.offset(), i, depth(stack), false, out);
        } else if (opensHere && facing != Facing.CLOSING) {
            stack.push(new Open(i, 1, c, Family.SINGLE));
        }
    }

    /**
     * "he’s like 6’2”", "6'3\" tall": a double mark after feet and inches is the inches' sign, which
     * would otherwise close the quote around it.
     */
    private static boolean marksInches(String text, int paragraphBegin, int i) {
        int k = i - 1;
        int digits = 0;
        while (k >= paragraphBegin && Character.isDigit(text.charAt(k)) && digits < 3) {
            k--;
            digits++;
        }
        return (digits == 1 || digits == 2) && k - 1 >= paragraphBegin && (text.charAt(k) == '\'' || text.charAt(k) == '\u2019')
                && Character.isDigit(text.charAt(k - 1));
    }

    /**
     * {@code <tweet author="…">}: markup left in a text quotes nothing; its attribute values' marks
     * are passed over. Returns the tag's closing '>', or {@code lt} when no tag opens there.
     */
    private static int tagEnd(String text, int lt, int paragraphEnd) {
        if (lt + 1 >= paragraphEnd || !Character.isLetter(text.charAt(lt + 1)) && text.charAt(lt + 1) != '/') {
            return lt;
        }
        int limit = Math.min(paragraphEnd, lt + MAX_TAG);
        for (int i = lt + 1; i < limit; i++) {
            if (text.charAt(i) == '>') {
                return i;
            }
            if (text.charAt(i) == '<') {
                return lt;
            }
        }
        return lt;
    }

    /** Bounds the look for a tag's end, so a text of many '<' and no '>' stays linear. */
    private static final int MAX_TAG = 2_000;

    /**
     * "in ‘08", "the '90s", "'em": a mark standing for left-out letters, which would otherwise stay
     * open and make every quote after it in the paragraph look nested.
     */
    private static boolean elides(String text, int i) {
        int k = i + 1;
        while (k < text.length() && Character.isDigit(text.charAt(k))) {
            k++;
        }
        if (k - i - 1 == 2) {
            if (k < text.length() && text.charAt(k) == 's') {
                k++;
            }
            return k == text.length() || !Character.isLetterOrDigit(text.charAt(k));
        }
        for (String word : ELIDED_WORDS) {
            int end = i + 1 + word.length();
            if (text.regionMatches(true, i + 1, word, 0, word.length())
                    && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    private static final List<String> ELIDED_WORDS = List.of("em", "til", "cause", "tis", "twas");

    private static Facing doubleFacing(char c, char before, char after, Deque<Open> stack) {
        Facing fixed = QuoteMarks.facing(c);
        boolean openAfter = !Character.isWhitespace(after);
        boolean spaceBefore = Character.isWhitespace(before) || isOpeningContext(before);
        boolean closeAfter = Character.isWhitespace(after) || isClosingContext(after);
        if (fixed == Facing.OPENING) {
            if (!stack.isEmpty() && QuoteMarks.closesLowOpening(stack.peek().mark(), c)) {
                return Facing.CLOSING;
            }
            // a high mark used to close, as in broken text: “…“
            boolean looksClosing = !spaceBefore && closeAfter && hasOpenDouble(stack);
            return looksClosing ? Facing.CLOSING : Facing.OPENING;
        }
        if (fixed == Facing.CLOSING) {
            // a closing mark used to open: ”word after a space, with nothing open
            boolean looksOpening = spaceBefore && Character.isLetterOrDigit(after) && !hasOpenDouble(stack);
            return looksOpening ? Facing.OPENING : Facing.CLOSING;
        }
        if (spaceBefore && openAfter && !hasOpenDouble(stack)) {
            return Facing.OPENING;
        }
        if (!spaceBefore && closeAfter) {
            return Facing.CLOSING;
        }
        return Facing.EITHER;
    }

    /** Only spaces and direction marks (U+202A…U+202E, U+200E, U+200F) stand before {@code i} in the paragraph. */
    private static boolean opensParagraph(String text, Span paragraph, int i) {
        for (int k = paragraph.begin(); k < i; k++) {
            char c = text.charAt(k);
            if (!Character.isWhitespace(c) && !(c >= '\u202a' && c <= '\u202e') && c != '\u200e' && c != '\u200f') {
                return false;
            }
        }
        return true;
    }

    private static boolean isOpeningContext(char c) {
        return c == '(' || c == '[' || c == '\u2014' || c == '\u2013' || c == '-' || c == ':' || c == '/'
                || (QuoteMarks.isQuoteMark(c) && QuoteMarks.facing(c) == Facing.OPENING);
    }

    private static boolean isClosingContext(char c) {
        return ".,;:!?)]\u2014\u2013-\u2026".indexOf(c) >= 0 || QuoteMarks.isQuoteMark(c);
    }

    private static boolean hasOpenDouble(Deque<Open> stack) {
        for (Open open : stack) {
            if (open.family() == Family.DOUBLE) {
                return true;
            }
        }
        return false;
    }

    private static Open popToDouble(Deque<Open> stack) {
        while (true) {
            Open open = stack.pop();
            if (open.family() == Family.DOUBLE) {
                return open;
            }
        }
    }

    private static int depth(Deque<Open> stack) {
        return stack.size();
    }

    private static void addQuote(String text, Span outer, Span inner, int depth, boolean closed, boolean continues,
            List<Quote> out) {
        for (int i = inner.begin(); i < inner.end(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                out.add(new Quote(outer, inner, depth, closed, continues));
                return;
            }
        }
    }

    private static void addPair(String text, int open, int close, int depth, boolean continues, List<Quote> out) {
        addQuote(text, new Span(open, close + 1), new Span(open + 1, close), depth, true, continues, out);
    }
}
