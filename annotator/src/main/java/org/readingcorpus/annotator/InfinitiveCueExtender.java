package org.readingcorpus.annotator;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Span;

/**
 * A reporting verb in the infinitive takes its "to" into the cue, as PolNeAR marks it: "went on CNN
 * to declare Clinton the winner", "the only contender to have pledged …" (train: 200 of 257 such
 * cues). Runs after the linkers, which look for the verb's subject right before the verb itself.
 */
public final class InfinitiveCueExtender implements AnnotationStage {

    @Override
    public void process(Analysis analysis) {
        // looked up per proposal, so built once
        Map<Integer, String> verbLemmaAt = analysis.cues().stream().filter(c -> c.kind() == CueKind.VERB)
                .collect(Collectors.toMap(CueMatch::firstToken, CueMatch::lemma, (a, b) -> a));
        List<Proposal> proposals = analysis.proposals();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            if (p.cueKind() != CueKind.VERB || p.cue() == null) {
                continue;
            }
            int index = i;
            infinitiveTo(analysis, verbLemmaAt, p.cue())
                    .filter(to -> !overlapsOwnSpans(p, to))
                    .ifPresent(to -> analysis.replaceProposal(index, p.withCue(to.union(p.cue()))));
        }
    }

    /**
     * The "to" right before the cue when the cue opens with the verb's base form ("to declare", "to
     * have said"), with the predicate that governs the infinitive when PolNeAR's cue takes it in
     * too: "was quick to point out", "is trying to show", "seemed to mock", "has to show".
     */
    private static Optional<Span> infinitiveTo(Analysis analysis, Map<Integer, String> verbLemmaAt, Span cue) {
        List<Token> tokens = analysis.tokens();
        int first = analysis.tokenIndexAt(cue.begin());
        int floor = analysis.sentenceFirstToken(cue.begin());
        if (first < 1 || tokens.get(first).begin() != cue.begin() || !tokens.get(first - 1).is("to") || floor > first - 1) {
            return Optional.empty();
        }
        Token verb = tokens.get(first);
        if (!verb.isAny("have", "be") && !verb.lower().equals(verbLemmaAt.get(first))) {
            return Optional.empty();
        }
        int to = first - 1;
        int governor = to - 1 >= floor && tokens.get(to - 1).is("not") ? to - 2 : to - 1;
        int begin = to;
        if (governor >= floor && Clauses.RAISING_PREDICATES.contains(tokens.get(governor).lower())) {
            begin = CueFinder.withAuxiliaries(tokens, governor, floor);
        }
        return Optional.of(new Span(tokens.get(begin).begin(), tokens.get(to).end()));
    }

    /** Whether the words the cue would take in are the proposal's source or content already. */
    private static boolean overlapsOwnSpans(Proposal p, Span extension) {
        return p.source() != null && p.source().overlaps(extension) || p.fragments().stream().anyMatch(f -> f.overlaps(extension));
    }
}
