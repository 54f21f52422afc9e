package org.readingcorpus.exporter.xlsx;

import org.readingcorpus.model.Span;

/**
 * The paragraph (line) around a span as a reviewer sees it, reaching at most {@link #REACH}
 * characters beyond the span on either side ("…" marks a cut), with the map from document offsets
 * to positions in what is shown. The bound keeps the cost of a row independent of how long the
 * line is: a scraped page can be one line.
 */
record ParagraphContext(String shown, int textBegin, int textEnd, int shownOffset) {

    static final int REACH = 600;
    private static final String CUT = "\u2026";

    static ParagraphContext around(String text, Span span) {
        int floor = Math.max(0, span.begin() - REACH);
        int begin = span.begin();
        while (begin > floor && !isLineEnd(text.charAt(begin - 1))) {
            begin--;
        }
        int ceiling = Math.min(text.length(), span.end() + REACH);
        int end = span.end();
        while (end < ceiling && !isLineEnd(text.charAt(end))) {
            end++;
        }
        if (begin > 0 && begin < text.length() && Character.isLowSurrogate(text.charAt(begin))) {
            begin++;
        }
        if (end > begin && end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        boolean cutBefore = begin == floor && begin > 0 && !isLineEnd(text.charAt(begin - 1));
        boolean cutAfter = end == ceiling && end < text.length() && !isLineEnd(text.charAt(end));
        while (begin < end && begin < span.begin() && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && end > span.end() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        String prefix = cutBefore ? CUT : "";
        String shown = prefix + text.substring(begin, end) + (cutAfter ? CUT : "");
        return new ParagraphContext(shown, begin, end, prefix.length());
    }

    /** Where a span of the document shows, clipped to what is shown; empty when outside. */
    Span shownPart(Span inText) {
        int b = Math.max(inText.begin(), textBegin);
        int e = Math.min(inText.end(), textEnd);
        if (b >= e) {
            return new Span(0, 0);
        }
        return new Span(b - textBegin + shownOffset, e - textBegin + shownOffset);
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }
}
