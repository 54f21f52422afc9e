package org.readingcorpus.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's decision on an attribution; reviewer, time and comment are absent while pending.
 * When the decision took the proposed speaker away (a correction, "not a quote"), {@code
 * proposedSpeakerId} keeps the speaker the annotator had proposed, so nothing is lost.
 */
public record Review(ReviewState state, String reviewer, Instant time, String comment, String proposedSpeakerId) {

    public static final Review PENDING = new Review(ReviewState.PENDING, null, null, null, null);

    public Review {
        Objects.requireNonNull(state, "review state");
        if (state != ReviewState.PENDING && (reviewer == null || reviewer.isBlank())) {
            throw new IllegalArgumentException("a " + state + " review needs a reviewer");
        }
        if (proposedSpeakerId != null) {
            Ids.require(proposedSpeakerId, "proposed speaker");
        }
    }

    public Review(ReviewState state, String reviewer, Instant time, String comment) {
        this(state, reviewer, time, comment, null);
    }
}
