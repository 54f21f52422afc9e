package org.readingcorpus.cli;

import org.readingcorpus.annotator.ConfidenceModel;
import org.readingcorpus.annotator.Lexicons;
import org.readingcorpus.annotator.RuleBasedAnnotator;
import picocli.CommandLine.Option;

/** The options that choose how the annotator runs, shared by the commands that annotate. */
final class AnnotatorOptions {

    @Option(names = "--min-confidence", paramLabel = "P",
            description = "Leave out proposals whose confidence is below P; 0 keeps them all. Default: the threshold"
                    + " stored with the shipped confidence model. Scare quotes are always kept.")
    Double minConfidence;

    /** The annotator these options describe; a threshold outside [0, 1] is the user's mistake. */
    RuleBasedAnnotator annotator() throws UserError {
        ConfidenceModel model = ConfidenceModel.standard();
        if (minConfidence != null) {
            if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
                throw new UserError(ExitCode.USAGE, "--min-confidence must lie between 0 and 1, not " + minConfidence);
            }
            model = model.withholdingBelow(minConfidence);
        }
        return new RuleBasedAnnotator(Lexicons.standard(), model);
    }

    /** The threshold in force, for the corpus header. */
    double threshold() {
        return minConfidence != null ? minConfidence : ConfidenceModel.standard().withholdBelow();
    }
}
