package org.readingcorpus.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

/**
 * How often proposals agree with the annotators at each confidence, by tenths: a calibrated
 * confidence of 0.8 agrees about eight times in ten. A proposal agrees when its content matches a
 * gold content as the metric counts a match (word-token F1 of at least 0.5).
 */
final class Calibration {

    static final double MATCH = 0.5;

    private final int[] proposals = new int[10];
    private final int[] agreed = new int[10];

    static boolean agrees(Set<Integer> content, List<Set<Integer>> goldContents) {
        return goldContents.stream().anyMatch(g -> AttributionScorer.f1(g, content) >= MATCH);
    }

    void add(double confidence, boolean agrees) {
        int bin = Math.min(9, (int) (confidence * 10));
        proposals[bin]++;
        agreed[bin] += agrees ? 1 : 0;
    }

    /** One tenth of the scale: proposals whose confidence lies in [low, low + 0.1), and how many agreed. */
    record Bin(double low, int proposals, double agreed) {
    }

    List<Bin> bins() {
        List<Bin> out = new java.util.ArrayList<>();
        for (int b = 0; b < 10; b++) {
            if (proposals[b] > 0) {
                out.add(new Bin(b / 10.0, proposals[b], (double) agreed[b] / proposals[b]));
            }
        }
        return out;
    }

    void print(PrintWriter out) {
        out.println("| confidence | proposals | agreed |");
        out.println("| --- | ---: | ---: |");
        for (int b = 0; b < 10; b++) {
            if (proposals[b] > 0) {
                out.printf("| %.1f–%.1f | %d | %.2f |%n", b / 10.0, (b + 1) / 10.0, proposals[b],
                        (double) agreed[b] / proposals[b]);
            }
        }
    }
}
