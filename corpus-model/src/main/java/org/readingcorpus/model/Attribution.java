package org.readingcorpus.model;

import java.util.Objects;

/**
 * Ties a content to the cue that signals it, the mention that names its source and the speaker
 * that mention resolves to. Cue, source mention and speaker may be absent ({@code null}): a
 * quote can continue an earlier speaker's words without any of them in its sentence.
 */
public record Attribution(
        String id,
        String contentId,
        String cueId,
        String sourceMentionId,
        String speakerId,
        double confidence,
        Provenance provenance,
        Review review) {

    public Attribution {
        Ids.require(id, "attribution");
        Ids.require(contentId, "content of attribution " + id);
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("attribution " + id + " has confidence " + confidence + ", not in [0, 1]");
        }
        Objects.requireNonNull(provenance, "provenance of attribution " + id);
        Objects.requireNonNull(review, "review of attribution " + id);
    }

    public Attribution withReview(Review newReview) {
        return new Attribution(id, contentId, cueId, sourceMentionId, speakerId, confidence, provenance, newReview);
    }

    public Attribution withConfidence(double newConfidence) {
        return new Attribution(id, contentId, cueId, sourceMentionId, speakerId, newConfidence, provenance, review);
    }

    public Attribution withSpeaker(String newSpeakerId) {
        return new Attribution(id, contentId, cueId, sourceMentionId, newSpeakerId, confidence, provenance, review);
    }
}
