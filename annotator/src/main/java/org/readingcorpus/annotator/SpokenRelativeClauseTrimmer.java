package org.readingcorpus.annotator;

import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.Span;

/**
 * A relative clause in a source whose verb reports speech is a statement of its own, not part of
 * who the speaker is: in "… said Army Capt. Christian Pardo, who said he would not vote for either"
 * and "Mr. Leenders, who told reporters that a third … were Trump supporters, said …" PolNeAR's
 * source ends before the comma and the clause is annotated apart (train: 8 of 10 such sources).
 * A clause that describes ("Biden, who served as a senator for 36 years") stays. Runs after the
 * linkers.
 */
public final class SpokenRelativeClauseTrimmer implements AnnotationStage {

    private static final int MAX_WORDS_BEFORE_VERB = 2;
    /** "who spoke on the condition of anonymity", "who observed voting": how they came to know, not what they said. */
    private static final Set<String> NOT_A_STATEMENT = Set.of("speak", "observe");

    @Override
    public void process(Analysis analysis) {
        BitSet speechVerbs = new BitSet();
        for (CueMatch cue : analysis.cues()) {
            if (cue.kind() == CueKind.VERB && cue.strong() && !NOT_A_STATEMENT.contains(cue.lemma())) {
                speechVerbs.set(cue.firstToken());
            }
        }
        SourceTrims.endBeforeComma(analysis, (a, source) -> spokenClause(a, source, speechVerbs),
                kept -> "the relative clause after \"" + kept + "\" says something of its own");
    }

    /** The comma before a "who" whose verb, within a couple of words, reports speech, inside the source. */
    private static Optional<Token> spokenClause(Analysis analysis, Span source, BitSet speechVerbs) {
        List<Token> tokens = analysis.tokens();
        int first = analysis.tokenIndexAt(source.begin());
        for (int k = first + 1; k + 2 < tokens.size() && tokens.get(k + 2).end() <= source.end(); k++) {
            int verb = speechVerbs.nextSetBit(k + 2);
            if (tokens.get(k).is(",") && tokens.get(k + 1).is("who") && verb >= 0 && verb - (k + 2) <= MAX_WORDS_BEFORE_VERB
                    && tokens.get(verb).end() <= source.end()) {
                return Optional.of(tokens.get(k));
            }
        }
        return Optional.empty();
    }
}
