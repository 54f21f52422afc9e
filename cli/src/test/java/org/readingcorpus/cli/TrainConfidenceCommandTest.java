package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.annotator.ConfidenceModel;

/** {@code corpus train-confidence} on a small gold folder written here: one proposal in three is not gold. */
class TrainConfidenceCommandTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Ann Lee said the talks will start soon.\n\n"
            + "The weather was fine all week, the forecaster added.\n\n"
            + "\u201cWe will win the war,\u201d said Bob Ray.\n";

    @Test
    void learnsFromGoldAndWritesWeightsThatLoad() throws Exception {
        Path gold = dir.resolve("gold");
        Files.createDirectories(gold.resolve("text"));
        Files.createDirectories(gold.resolve("attributions"));
        Files.writeString(gold.resolve("text/a.txt"), TEXT);
        int talks = TEXT.indexOf("the talks");
        int quote = TEXT.indexOf('\u201c');
        int quoteEnd = TEXT.indexOf('\u201d') + 1;
        Files.writeString(gold.resolve("attributions/a_1f2e.ann"), String.join("\n",
                "T1\tSource 0 7\tAnn Lee",
                "T2\tCue 8 12\tsaid",
                "T3\tContent " + talks + " " + (talks + 25) + "\tthe talks will start soon",
                "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1",
                "T4\tContent " + quote + " " + quoteEnd + "\t" + TEXT.substring(quote, quoteEnd),
                "E2\tAttribution-no-source:T4 Content:T4",
                ""));
        Path weights = dir.resolve("model.tsv");
        CliRun run = CliRun.of("train-confidence", "--gold", gold.toString(), "--out", weights.toString(),
                "--min-count", "1");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("3 proposals, 2 agreed with the annotators"), run.out());
        ConfidenceModel model;
        try (BufferedReader in = Files.newBufferedReader(weights)) {
            model = ConfidenceModel.read(in);
        }
        // the forecaster's clause is the one proposal gold does not have: it ends up the least likely
        double said = model.probability(List.of("rule=SOURCE_CUE_THAT_CLAUSE", "cue=said"));
        double added = model.probability(List.of("rule=CLAUSE_THEN_CUE", "cue=added"));
        assertTrue(added < said, added + " < " + said);
    }

    @Test
    void refusesAFolderWithoutGold() {
        CliRun run = CliRun.of("train-confidence", "--gold", dir.toString(), "--out", dir.resolve("m.tsv").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("expected the folders text/ and attributions/"), run.err());
        assertTrue(Files.notExists(dir.resolve("m.tsv")));
    }
}
