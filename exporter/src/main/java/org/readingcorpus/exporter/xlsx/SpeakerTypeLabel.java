package org.readingcorpus.exporter.xlsx;

import java.util.Arrays;
import java.util.Optional;
import org.readingcorpus.model.SpeakerType;

/** Speaker types as a reviewer reads and types them: "media outlet" for MEDIA_OUTLET. */
final class SpeakerTypeLabel {

    private SpeakerTypeLabel() {
    }

    static String of(SpeakerType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    /** The types a reviewer can give a new speaker. */
    static String[] choices() {
        return Arrays.stream(SpeakerType.values()).filter(t -> t != SpeakerType.UNKNOWN)
                .map(SpeakerTypeLabel::of).toArray(String[]::new);
    }

    static Optional<SpeakerType> parse(String typed) {
        String key = ReviewDecision.normalise(typed);
        return Arrays.stream(SpeakerType.values()).filter(t -> ReviewDecision.normalise(t.name()).equals(key)).findFirst();
    }
}
