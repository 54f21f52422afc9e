package org.readingcorpus.model;

import java.util.Arrays;

/**
 * Converts between the model's UTF-16 offsets and the Unicode code point offsets every file
 * format uses. The only place in the project that knows about both.
 *
 * <p>Built once per text in linear time; conversions are O(1) from UTF-16 and O(log n) back.
 */
public final class TextOffsets {

    private final int textLength;
    /** Sorted UTF-16 offsets of the low surrogates, each one a unit that is not a code point. */
    private final int[] lowSurrogates;

    private TextOffsets(int textLength, int[] lowSurrogates) {
        this.textLength = textLength;
        this.lowSurrogates = lowSurrogates;
    }

    public static TextOffsets of(String text) {
        int[] found = new int[8];
        int count = 0;
        for (int i = 1; i < text.length(); i++) {
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i;
            }
        }
        return new TextOffsets(text.length(), Arrays.copyOf(found, count));
    }

    public int codePointLength() {
        return textLength - lowSurrogates.length;
    }

    /** The code point offset of a UTF-16 offset; an offset inside a surrogate pair is refused. */
    public int toCodePoint(int utf16) {
        if (utf16 < 0 || utf16 > textLength) {
            throw new IllegalArgumentException("offset " + utf16 + " lies outside the text of length " + textLength);
        }
        int at = Arrays.binarySearch(lowSurrogates, utf16);
        if (at >= 0) {
            throw new IllegalArgumentException("offset " + utf16 + " splits a surrogate pair");
        }
        return utf16 - (-at - 1);
    }

    public int toUtf16(int codePoint) {
        if (codePoint < 0 || codePoint > codePointLength()) {
            throw new IllegalArgumentException(
                    "code point offset " + codePoint + " lies outside the text of " + codePointLength() + " code points");
        }
        // f(u) = u - (low surrogates before u) never decreases and repeats across a surrogate pair;
        // the offset wanted is the last u with f(u) <= codePoint, which starts a code point.
        int lo = codePoint;
        int hi = Math.min(textLength, codePoint + lowSurrogates.length) + 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mid - lowerBound(mid) <= codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    public Span toCodePoints(Span utf16) {
        return new Span(toCodePoint(utf16.begin()), toCodePoint(utf16.end()));
    }

    public Span toUtf16(Span codePoints) {
        return new Span(toUtf16(codePoints.begin()), toUtf16(codePoints.end()));
    }

    private int lowerBound(int utf16) {
        int at = Arrays.binarySearch(lowSurrogates, utf16);
        return at >= 0 ? at : -at - 1;
    }
}
