package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.model.Corpus;

class AnnotateCommandTest {

    @TempDir
    Path dir;

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void annotatesTheSeedTextsIntoAllThreeOutputs() throws Exception {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        Path out = dir.resolve("out");
        CliRun run = run("annotate", texts.toString(), "--out", out.toString(), "--quiet");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        Corpus corpus = new CorpusXmlReader().readAll(out.resolve("corpus.xml"));
        assertEquals(5, corpus.documents().size());
        int attributions = corpus.documents().stream().mapToInt(d -> d.attributions().size()).sum();
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve("review.xlsx").toFile())) {
            assertEquals(attributions, workbook.getSheet("Review").getLastRowNum());
        }
        for (var d : corpus.documents()) {
            assertEquals(d.text(), Files.readString(out.resolve("brat").resolve(d.id() + ".txt")));
            assertTrue(Files.exists(out.resolve("brat").resolve(d.id() + ".ann")));
        }
        assertTrue(Files.exists(out.resolve("brat/annotation.conf")));
    }

    @Test
    void writesTheSameBytesWhateverTheNumberOfThreads() throws Exception {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        List<byte[]> corpora = new java.util.ArrayList<>();
        for (String threads : List.of("1", "2", "7")) {
            Path out = dir.resolve("out" + threads);
            assertEquals(ExitCode.OK, run("annotate", texts.toString(), "--out", out.toString(), "--threads", threads, "-q")
                    .exit());
            corpora.add(Files.readAllBytes(out.resolve("corpus.xml")));
        }
        assertTrue(java.util.Arrays.equals(corpora.get(0), corpora.get(1)) && java.util.Arrays.equals(corpora.get(0),
                corpora.get(2)));
        assertEquals(ExitCode.USAGE, run("annotate", texts.toString(), "--out", dir.resolve("o").toString(), "--threads",
                "0").exit());
    }

    @Test
    void withholdsProposalsBelowTheChosenConfidenceAndSaysWhichInTheHeader() throws Exception {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        List<Integer> counts = new java.util.ArrayList<>();
        for (String threshold : List.of("0", "default", "0.9")) {
            Path out = dir.resolve("out-" + threshold);
            List<String> args = new java.util.ArrayList<>(List.of("annotate", texts.toString(), "--out", out.toString(), "-q"));
            if (!threshold.equals("default")) {
                args.addAll(List.of("--min-confidence", threshold));
            }
            assertEquals(ExitCode.OK, run(args.toArray(String[]::new)).exit());
            Corpus corpus = new CorpusXmlReader().readAll(out.resolve("corpus.xml"));
            double applied = Double.parseDouble(corpus.header().settings().get("min-confidence"));
            for (var d : corpus.documents()) {
                for (var a : d.attributions()) {
                    assertTrue(!d.content(a.contentId()).kind().isSpeech() || a.confidence() >= applied, a.toString());
                }
                assertEquals(d.contents().size(), d.attributions().size(), "a withheld proposal leaves no content behind");
            }
            counts.add(corpus.documents().stream().mapToInt(d -> d.attributions().size()).sum());
        }
        assertTrue(counts.get(0) >= counts.get(1) && counts.get(1) > counts.get(2), counts.toString());
        CliRun bad = run("annotate", texts.toString(), "--out", dir.resolve("o").toString(), "--min-confidence", "1.5");
        assertEquals(ExitCode.USAGE, bad.exit());
        assertTrue(bad.err().contains("--min-confidence must lie between 0 and 1, not 1.5"), bad.err());
        assertFalse(Files.exists(dir.resolve("o/corpus.xml")));
    }

    @Test
    void refusesAMissingPath() {
        CliRun run = run("annotate", dir.resolve("nowhere").toString(), "--out", dir.resolve("o").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("nowhere: no such file or folder"), run.err());
        assertEquals(1, run.err().lines().count(), "one line, no stack trace");
    }

    @Test
    void refusesAFolderWithoutTexts() throws Exception {
        Files.writeString(dir.resolve("notes.md"), "hello");
        CliRun run = run("annotate", dir.toString(), "--out", dir.resolve("o").toString());
        assertEquals(ExitCode.BAD_INPUT, run.exit());
        assertTrue(run.err().contains("no .txt file found"), run.err());
    }

    @Test
    void skipsATextThatIsNotUtf8AndSaysWhere() throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.write(in.resolve("cp1252.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9, ' ', 'o', 'k'});
        Files.writeString(in.resolve("good.txt"), "\"We will win,\" said Ann Lee.");
        CliRun run = run("annotate", in.toString(), "--out", dir.resolve("o").toString(), "--quiet");
        assertEquals(ExitCode.SKIPPED, run.exit(), run.err());
        assertTrue(run.err().contains("cp1252.txt: not valid UTF-8 at byte 3"), run.err());
        Corpus corpus = new CorpusXmlReader().readAll(dir.resolve("o/corpus.xml"));
        assertEquals(1, corpus.documents().size());

        CliRun failFast = run("annotate", in.toString(), "--out", dir.resolve("o2").toString(), "--fail-fast");
        assertEquals(ExitCode.BAD_INPUT, failFast.exit());
        assertFalse(Files.exists(dir.resolve("o2/corpus.xml")), "no half-written output");
    }

    @Test
    void keepsAnEarlierRunUnlessForced() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "\"We will win,\" said Ann Lee.");
        Path out = dir.resolve("o");
        assertEquals(ExitCode.OK, run("annotate", dir.resolve("a.txt").toString(), "--out", out.toString(), "-q").exit());
        byte[] before = Files.readAllBytes(out.resolve("corpus.xml"));
        CliRun again = run("annotate", dir.resolve("a.txt").toString(), "--out", out.toString());
        assertEquals(ExitCode.OUTPUT, again.exit());
        assertTrue(again.err().contains("--force"), again.err());
        assertEquals(ExitCode.OK, run("annotate", dir.resolve("a.txt").toString(), "--out", out.toString(), "--force",
                "-q").exit());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(out.resolve("corpus.xml"))), "same input, same bytes");
    }

    @Test
    void explainsItselfAndRejectsUnknownOptions() {
        CliRun help = run("annotate", "--help");
        assertEquals(ExitCode.OK, help.exit());
        assertTrue(help.out().contains("--out=DIR") && help.out().contains("--force"), help.out());
        assertTrue(run("--help").out().contains("Exit codes"));
        CliRun bad = run("annotate", "x", "--out", "o", "--frobnicate");
        assertEquals(ExitCode.USAGE, bad.exit());
        assertTrue(bad.err().contains("--frobnicate"), bad.err());
    }
}
