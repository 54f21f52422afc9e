package org.readingcorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextOffsetsTest {

    @Test
    void countsCodePointsPastCharactersOutsideTheBmp() {
        String text = "a😀b𝄞c “d”";
        TextOffsets offsets = TextOffsets.of(text);
        assertEquals(text.codePointCount(0, text.length()), offsets.codePointLength());
        int b = text.indexOf('b');
        assertEquals(2, offsets.toCodePoint(b));
        assertEquals(b, offsets.toUtf16(2));
        int c = text.indexOf('c');
        assertEquals(4, offsets.toCodePoint(c));
        assertEquals(c, offsets.toUtf16(4));
        assertEquals(new Span(4, 5), offsets.toCodePoints(new Span(c, c + 1)));
    }

    @Test
    void refusesAnOffsetInsideASurrogatePair() {
        TextOffsets offsets = TextOffsets.of("a😀b");
        var e = assertThrows(IllegalArgumentException.class, () -> offsets.toCodePoint(2));
        assertEquals("offset 2 splits a surrogate pair", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> offsets.toUtf16(4));
    }

    @Test
    void convertsBothWaysOnRandomText() {
        Random random = new Random(7);
        for (int round = 0; round < 50; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                int choice = random.nextInt(4);
                sb.appendCodePoint(choice == 0 ? 0x1F600 + random.nextInt(50) : choice == 1 ? 'é' : 'a' + random.nextInt(26));
            }
            String text = sb.toString();
            TextOffsets offsets = TextOffsets.of(text);
            int codePoint = 0;
            for (int utf16 = 0; utf16 <= text.length(); utf16 = text.offsetByCodePoints(utf16, 1)) {
                assertEquals(codePoint, offsets.toCodePoint(utf16));
                assertEquals(utf16, offsets.toUtf16(codePoint));
                codePoint++;
                if (utf16 == text.length()) {
                    break;
                }
            }
        }
    }
}
