package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The bench runs and prints its tables; what it measures is for docs/PERFORMANCE.md, never asserted. */
class BenchCommandTest {

    @Test
    void printsThroughputStagesAndLengthTables() {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        CliRun run = CliRun.of("bench", "--texts", texts.toString(), "--megabytes", "1", "--threads", "2");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("| annotator | 1 |") && run.out().contains("| annotator | 2 |"), run.out());
        assertTrue(run.out().contains("| annotator, generated text | 1 |"), run.out());
        assertTrue(run.out().contains("| SpeakerResolver |") && run.out().contains("| 100x |"), run.out());
    }

    @Test
    void measuresWritingAndReadingCorpusXml() {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        CliRun run = CliRun.of("bench", "--texts", texts.toString(), "--xml", "1");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("| write (JAXB per document) |") && run.out().contains("| plain StAX copy |"),
                run.out());
    }

    @Test
    void measuresTheReviewLoop() {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        CliRun run = CliRun.of("bench", "--texts", texts.toString(), "--review", "300");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.out().contains("| export: corpus.xml → review.xlsx |"), run.out());
        assertTrue(run.out().matches("(?s).*\\| import: .*\\(\\d+ decisions\\) \\|.*"), run.out());
    }

    @Test
    void refusesAFolderWithoutTexts() {
        CliRun run = CliRun.of("bench", "--texts", Path.of(System.getProperty("user.dir")).toString(), "--megabytes", "1");
        assertEquals(ExitCode.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("no .txt file"), run.err());
    }
}
