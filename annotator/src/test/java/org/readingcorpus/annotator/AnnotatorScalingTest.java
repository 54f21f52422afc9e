package org.readingcorpus.annotator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;

/**
 * Annotation time grows linearly with the text, whatever the text: each pathological shape is
 * annotated at 1x and 10x, and the time may grow by at most {@value #MAX_GROWTH} (linear work gives
 * about 10, quadratic work about 100). The bound is on the ratio, never on absolute time.
 */
class AnnotatorScalingTest {

    private static final double MAX_GROWTH = 30;
    private static final long MIN_BASE_NANOS = 50_000_000L;
    private static final RuleBasedAnnotator ANNOTATOR = new RuleBasedAnnotator();

    static Stream<Arguments> shapes() {
        return Stream.of(
                shape("straight quote marks in a row", 20_000, n -> "\"".repeat(n)),
                shape("mixed quote marks in a row", 4_000, n -> "“”«»„‘’'\"".repeat(n)),
                shape("quotes that never close", 2_000, n -> "“He said it would ".repeat(n)),
                shape("deeply nested quotes", 2_000, n -> "“a ‘b ".repeat(n) + "c’ d”".repeat(n)),
                shape("many short quotes, each with a cue", 3_000,
                        n -> "\"We will win,\" said Ann Lee. ".repeat(n)),
                shape("many speech-like quotes without cues", 5_000,
                        n -> "\"We will win this war in the spring of next year.\" ".repeat(n)),
                shape("many quotes reopened at new paragraphs", 2_000,
                        n -> "Ann Lee said: \"We will win this war,\n\n\"and we will win it soon.\"\n".repeat(n)),
                shape("one long paragraph of reported speech", 2_000,
                        n -> "The minister said that the talks would go on, according to officials. ".repeat(n)),
                shape("apostrophes and single marks", 5_000, n -> "it's 'a' '".repeat(n)));
    }

    private static Arguments shape(String name, int size, IntFunction<String> text) {
        return Arguments.of(name, size, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void growsLinearlyWithTheText(String name, int size, IntFunction<String> text) {
        time(text.apply(size)); // warm up the code paths this shape takes
        // grow the base until it takes long enough that timer and scheduler noise cannot decide the ratio
        int base = size;
        long small = time(text.apply(base));
        while (small < MIN_BASE_NANOS && base < size * 64) {
            base *= 2;
            small = time(text.apply(base));
        }
        double ratio = (double) time(text.apply(base * 10)) / small;
        assertTrue(ratio < MAX_GROWTH, name + ": 10x the text (" + base + " to " + base * 10 + " repeats) took "
                + String.format("%.1f", ratio) + "x the time");
    }

    /**
     * The fastest of five runs, in nanoseconds of this thread's CPU time: the annotator's own work.
     * Wall time also counted the collector's pauses, which grow with the live heap of a
     * multi-megabyte document and made the ratio of big texts swing between 20 and 36 from run to run.
     */
    private static long time(String text) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime();
            ANNOTATOR.annotate(new Document("d", DocumentMetadata.EMPTY, text));
            best = Math.min(best, (cpu ? threads.getCurrentThreadCpuTime() : System.nanoTime()) - start);
        }
        return best;
    }
}
