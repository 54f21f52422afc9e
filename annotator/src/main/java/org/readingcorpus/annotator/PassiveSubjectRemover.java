package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.readingcorpus.model.CueKind;

/**
 * A reporting verb in the passive has for subject who was spoken about or to, not who spoke:
 * "Roof is accused of killing nine people", "He was asked whether …", "Duterte has been called the
 * “Trump of the East”". Linkers that take the words before a cue for its source name the wrong
 * person there, so this stage takes the source away and leaves the speaker unnamed, as PolNeAR
 * does (train: of 95 such sources, 78 where the annotators name nobody, 17 right, all of them
 * with a participle below that keeps its subject the one who holds the view). Runs after the
 * linkers and before speakers are resolved.
 */
public final class PassiveSubjectRemover implements AnnotationStage {

    /**
     * Participles whose subject still speaks or holds the view: "is quoted as saying", "could be
     * heard grousing", "is expected to announce", "are worried about", "is opposed to".
     */
    private static final Set<String> SUBJECT_SPEAKS = Set.of("quoted", "heard", "overheard", "recorded", "caught",
            "expected", "set", "scheduled", "supposed", "poised", "prepared", "determined", "committed", "opposed",
            "divided", "split", "united", "concerned", "worried", "convinced", "unconvinced", "thrilled", "assured",
            "reassured", "focused", "pleased", "disappointed", "surprised", "satisfied", "delighted", "encouraged",
            "frustrated", "troubled", "alarmed", "angered", "outraged", "offended", "interested", "excited",
            "inclined", "resigned", "dismayed", "shocked", "stunned", "puzzled", "confused", "known", "seen");
    private static final int MAX_ADVERBS = 2;

    private final Lexicons lexicons;

    public PassiveSubjectRemover(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public void process(Analysis analysis) {
        List<Proposal> proposals = analysis.proposals();
        for (int i = 0; i < proposals.size(); i++) {
            Proposal p = proposals.get(i);
            if (p.cueKind() == CueKind.VERB && p.cue() != null && p.source() != null && p.source().end() <= p.cue().begin()) {
                int index = i;
                passiveParticiple(analysis, p).ifPresent(participle -> analysis.replaceProposal(index,
                        p.withoutSource("\"" + participle.text() + "\" is passive: its subject was spoken of, not the speaker")));
            }
        }
    }

    /** The participle that makes the cue passive: "is accused", "has been repeatedly criticized". */
    private Optional<Token> passiveParticiple(Analysis analysis, Proposal p) {
        List<Token> tokens = analysis.tokens();
        int first = analysis.tokenIndexAt(p.cue().begin());
        for (int i = first; i < tokens.size() && tokens.get(i).end() <= p.cue().end(); i++) {
            if (!Clauses.BE_FORMS.contains(tokens.get(i).lower())) {
                continue;
            }
            int verb = i + 1;
            while (verb < tokens.size() && verb - i <= MAX_ADVERBS && isAdverb(tokens.get(verb))) {
                verb++;
            }
            if (verb < tokens.size() && tokens.get(verb).end() <= p.cue().end() && isPassiveReport(tokens.get(verb))) {
                return Optional.of(tokens.get(verb));
            }
        }
        return Optional.empty();
    }

    private boolean isPassiveReport(Token t) {
        Lexicons.VerbForm form = lexicons.verbForm(t.lower());
        return form != null && !form.participle() && !t.lower().equals(form.lemma()) && !t.lower().endsWith("s")
                && !SUBJECT_SPEAKS.contains(t.lower()) && lexicons.stanceAdjectiveOpeners(t.lower()).isEmpty();
    }

    private static boolean isAdverb(Token t) {
        return t.isAny("not", "also", "often", "still", "now", "long", "never", "since", "once", "again", "already", "ever",
                "even", "just", "first", "later", "then")
                || t.isWord() && !t.isCapitalized() && t.lower().endsWith("ly") && t.lower().length() > 4;
    }
}
