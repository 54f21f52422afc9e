package org.readingcorpus.annotator;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.readingcorpus.model.SpeakerType;

/** The speakers of one document and which proposal each one speaks. */
public record ResolvedSpeakers(List<Entity> entities, Map<Proposal, Integer> speakerOf) {

    /** A speaker before it gets its id: every name the document gives it, the first canonical. */
    public record Entity(String canonicalName, List<String> aliases, SpeakerType type) {
    }

    public static final ResolvedSpeakers NONE = new ResolvedSpeakers(List.of(), Map.of());

    public ResolvedSpeakers {
        entities = List.copyOf(entities);
        speakerOf = java.util.Collections.unmodifiableMap(new IdentityHashMap<>(speakerOf));
    }

    /** The index into {@link #entities()} of the proposal's speaker, or -1. */
    public int speakerIndex(Proposal proposal) {
        Integer index = speakerOf.get(proposal);
        return index == null ? -1 : index;
    }
}
