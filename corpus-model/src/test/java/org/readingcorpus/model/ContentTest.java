package org.readingcorpus.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentTest {

    @Test
    void spansFromTheFirstFragmentToTheLastAndJoinsTheirTexts() {
        String text = "\"We win,\" she said. \"Soon.\"";
        Content c = new Content("c1", List.of(new Span(0, 9), new Span(20, 27)), ContentKind.DIRECT);
        assertEquals(new Span(0, 27), c.span());
        assertEquals("\"We win,\" … \"Soon.\"", c.coveredText(text, " … "));
        assertEquals(new Span(3, 5), new Content("c2", new Span(3, 5), ContentKind.INDIRECT).span());
    }

    @Test
    void refusesFragmentsThatAreEmptyOutOfOrderTouchingOrMissing() {
        List<List<Span>> bad = List.of(
                List.of(),
                List.of(new Span(2, 2)),
                List.of(new Span(5, 9), new Span(0, 3)),
                List.of(new Span(0, 5), new Span(5, 9)),
                List.of(new Span(0, 6), new Span(5, 9)));
        for (List<Span> fragments : bad) {
            assertThrows(IllegalArgumentException.class, () -> new Content("c1", fragments, ContentKind.DIRECT),
                    fragments.toString());
        }
    }
}
