package org.readingcorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpanTest {

    static Stream<Arguments> relations() {
        // a, b, a.contains(b), a.overlaps(b), a.precedes(b)
        return Stream.of(
                Arguments.of(span(0, 5), span(1, 3), true, true, false),
                Arguments.of(span(0, 5), span(0, 5), true, true, false),
                Arguments.of(span(1, 3), span(0, 5), false, true, false),
                Arguments.of(span(0, 5), span(3, 8), false, true, false),
                Arguments.of(span(0, 5), span(5, 8), false, false, true),
                Arguments.of(span(0, 5), span(6, 8), false, false, true),
                Arguments.of(span(6, 8), span(0, 5), false, false, false),
                // empty spans: contained at the edges and inside, overlap nothing
                Arguments.of(span(0, 5), span(0, 0), true, false, false),
                Arguments.of(span(0, 5), span(5, 5), true, false, true),
                Arguments.of(span(0, 5), span(2, 2), true, false, false),
                Arguments.of(span(2, 2), span(2, 2), true, false, true),
                Arguments.of(span(2, 2), span(0, 5), false, false, false),
                Arguments.of(span(2, 2), span(2, 5), false, false, true),
                Arguments.of(span(0, 5), span(6, 6), false, false, true));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @MethodSource("relations")
    void relationsHoldAsNamed(Span a, Span b, boolean contains, boolean overlaps, boolean precedes) {
        assertEquals(contains, a.contains(b), "contains");
        assertEquals(overlaps, a.overlaps(b), "overlaps");
        assertEquals(overlaps, b.overlaps(a), "overlaps is symmetric");
        assertEquals(precedes, a.precedes(b), "precedes");
    }

    @Test
    void refusesInvalidOffsetsWithTheValues() {
        var negative = assertThrows(IllegalArgumentException.class, () -> span(-1, 3));
        assertTrue(negative.getMessage().contains("-1"));
        var reversed = assertThrows(IllegalArgumentException.class, () -> span(5, 3));
        assertTrue(reversed.getMessage().contains("5") && reversed.getMessage().contains("3"));
    }

    @Test
    void coveredTextChecksTheText() {
        assertEquals("ell", span(1, 4).coveredText("hello"));
        assertEquals("", span(5, 5).coveredText("hello"));
        var outside = assertThrows(IllegalArgumentException.class, () -> span(3, 9).coveredText("hello"));
        assertTrue(outside.getMessage().contains("[3, 9)"));
    }

    @Test
    void ordersByBeginThenLongerFirst() {
        assertTrue(span(0, 9).compareTo(span(0, 3)) < 0);
        assertTrue(span(0, 3).compareTo(span(1, 2)) < 0);
        assertEquals(span(0, 9), span(2, 9).union(span(0, 4)));
    }

    private static Span span(int begin, int end) {
        return new Span(begin, end);
    }
}
