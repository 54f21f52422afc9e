package org.readingcorpus.exporter.xlsx;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Review;
import org.readingcorpus.model.ReviewState;
import org.readingcorpus.model.Speaker;
import org.readingcorpus.model.SpeakerRegistry;
import org.readingcorpus.model.SpeakerType;

/**
 * Applies the decisions on one document's rows. A corrected speaker is found among the document's
 * speakers by name or alias (case, accents and punctuation aside), or added as a new speaker. What
 * a decision takes away, the proposed speaker, is kept in the review.
 */
final class ReviewApplier {

    private final AnnotatedDocument document;
    private final Instant time;
    private final Map<String, Content> contents = new LinkedHashMap<>();
    private final List<Speaker> speakers;
    private final Map<String, Attribution> attributions = new LinkedHashMap<>();
    private final Set<String> usedIds = new HashSet<>();
    private int added;

    ReviewApplier(AnnotatedDocument document, Instant time) {
        this.document = document;
        this.time = time;
        document.contents().forEach(c -> contents.put(c.id(), c));
        this.speakers = new ArrayList<>(document.speakers());
        document.attributions().forEach(a -> attributions.put(a.id(), a));
        speakers.forEach(s -> usedIds.add(s.id()));
        document.contents().forEach(c -> usedIds.add(c.id()));
        document.cues().forEach(c -> usedIds.add(c.id()));
        document.sourceMentions().forEach(m -> usedIds.add(m.id()));
        document.attributions().forEach(a -> usedIds.add(a.id()));
    }

    /** Records a comment without a decision; the state stays as it was. */
    void comment(Attribution a, ReviewedWorkbook.ReviewRow row) {
        Review old = a.review();
        record(a, a, new Review(old.state(), row.reviewer(), time, row.comment(), old.proposedSpeakerId()));
    }

    /**
     * Gives {@code changed} its new review, unless nothing but the time would change: importing the
     * same decisions again (a sheet exported from a reviewed corpus) keeps when they were made.
     */
    private void record(Attribution original, Attribution changed, Review review) {
        Review old = original.review();
        boolean same = old.state() == review.state() && Objects.equals(old.reviewer(), review.reviewer())
                && Objects.equals(old.comment(), review.comment())
                && Objects.equals(old.proposedSpeakerId(), review.proposedSpeakerId())
                && Objects.equals(original.speakerId(), changed.speakerId());
        attributions.put(original.id(), same ? original : changed.withReview(review));
    }

    /** Applies the row's decision; returns why it cannot be applied, or null. */
    String decide(Attribution a, ReviewedWorkbook.ReviewRow row) {
        ReviewDecision decision = row.decision().orElseThrow();
        String comment = row.comment().isBlank() ? null : row.comment();
        String proposed = a.review().proposedSpeakerId() != null ? a.review().proposedSpeakerId() : a.speakerId();
        Content content = contents.get(a.contentId());
        switch (decision) {
            case ACCEPT, REJECT, WRONG_SPAN -> record(a, a,
                    new Review(decision.state(), row.reviewer(), time, comment, a.review().proposedSpeakerId()));
            case NOT_A_QUOTE -> {
                contents.put(content.id(), new Content(content.id(), content.fragments(), ContentKind.SCARE_QUOTE));
                record(a, a.withSpeaker(null), new Review(ReviewState.NOT_A_QUOTE, row.reviewer(), time, comment, proposed));
            }
            case WRONG_SPEAKER -> {
                Speaker speaker = speakerNamed(row.correctSpeaker(), row.newSpeakerType().orElse(SpeakerType.PERSON));
                if (speaker.id().equals(proposed)) {
                    return "the correct speaker \"" + row.correctSpeaker() + "\" is the one the annotator proposed;"
                            + " choose \"" + ReviewDecision.ACCEPT.label() + "\"";
                }
                if (!content.kind().isSpeech()) {
                    // the reviewer says these quote marks hold somebody's words after all
                    contents.put(content.id(), new Content(content.id(), content.fragments(), ContentKind.DIRECT));
                }
                record(a, a.withSpeaker(speaker.id()), new Review(ReviewState.CORRECTED, row.reviewer(), time, comment, proposed));
            }
        }
        return null;
    }

    private Speaker speakerNamed(String name, SpeakerType typeIfNew) {
        String key = SpeakerRegistry.nameKey(name);
        Optional<Speaker> known = speakers.stream()
                .filter(s -> SpeakerRegistry.nameKey(s.canonicalName()).equals(key))
                .findFirst()
                .or(() -> speakers.stream()
                        .filter(s -> s.aliases().stream().anyMatch(alias -> SpeakerRegistry.nameKey(alias).equals(key)))
                        .findFirst());
        if (known.isPresent()) {
            return known.get();
        }
        String id;
        do {
            id = "rs" + (++added);
        } while (!usedIds.add(id));
        Speaker speaker = new Speaker(id, name, List.of(name), typeIfNew);
        speakers.add(speaker);
        return speaker;
    }

    int newSpeakers() {
        return speakers.size() - document.speakers().size();
    }

    AnnotatedDocument result() {
        return new AnnotatedDocument(document.document(), List.copyOf(contents.values()), document.cues(),
                document.sourceMentions(), speakers, List.copyOf(attributions.values()));
    }
}
