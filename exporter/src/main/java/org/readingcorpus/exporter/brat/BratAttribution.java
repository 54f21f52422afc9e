package org.readingcorpus.exporter.brat;

import java.util.List;
import org.readingcorpus.model.Span;

/**
 * One attribution event as a brat file states it: the fragments (code point offsets) of each role,
 * the speaker names of its normalization lines, and whether annotators marked it optional.
 */
public record BratAttribution(List<Span> content, List<Span> cue, List<Span> source, List<String> speakerNames,
        boolean optional) {

    public BratAttribution {
        content = List.copyOf(content);
        cue = List.copyOf(cue);
        source = List.copyOf(source);
        speakerNames = List.copyOf(speakerNames);
    }
}
