package org.readingcorpus.exporter.xlsx;

import java.util.Locale;
import java.util.Optional;
import org.readingcorpus.model.ReviewState;

/** What a reviewer can decide about a proposed attribution, as written in the Decision column. */
public enum ReviewDecision {
    ACCEPT("accept", ReviewState.ACCEPTED, "The content, its source and its speaker are right."),
    REJECT("reject", ReviewState.REJECTED, "There is no attribution here: nobody is reported as saying this."),
    WRONG_SPEAKER("wrong speaker", ReviewState.CORRECTED,
            "The content is right but the speaker is not: choose the right one in Correct speaker, or type a new"
                    + " name (and its type in New speaker type)."),
    WRONG_SPAN("wrong span", ReviewState.SPAN_FLAGGED,
            "The attribution is real but the content, cue or source covers the wrong words: say which in Comment."),
    NOT_A_QUOTE("not a quote", ReviewState.NOT_A_QUOTE,
            "Quote marks around a term, a title or irony: nobody speaks. The content becomes a scare quote.");

    private final String label;
    private final ReviewState state;
    private final String meaning;

    ReviewDecision(String label, ReviewState state, String meaning) {
        this.label = label;
        this.state = state;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** The review state the decision gives an attribution. */
    public ReviewState state() {
        return state;
    }

    /** The decision as typed, ignoring case, spacing, hyphens and underscores. */
    public static Optional<ReviewDecision> parse(String typed) {
        String key = normalise(typed);
        for (ReviewDecision d : values()) {
            if (normalise(d.label).equals(key) || normalise(d.name()).equals(key)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    /** The decision that shows a state again in a sheet; none while pending. */
    public static Optional<ReviewDecision> of(ReviewState state) {
        for (ReviewDecision d : values()) {
            if (d.state == state) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    static String normalise(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", " ");
    }
}
