package org.readingcorpus.model;

import java.time.Instant;
import java.util.Objects;

/** A reviewer's decision on an attribution; reviewer, time and comment are absent while pending. */
public record Review(ReviewState state, String reviewer, Instant time, String comment) {

    public static final Review PENDING = new Review(ReviewState.PENDING, null, null, null);

    public Review {
        Objects.requireNonNull(state, "review state");
        if (state != ReviewState.PENDING && (reviewer == null || reviewer.isBlank())) {
            throw new IllegalArgumentException("a " + state + " review needs a reviewer");
        }
    }
}
