package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.model.Corpus;

class ConvertCommandTest {

    @TempDir
    Path dir;

    private Path annotated;

    @BeforeEach
    void annotateTheSeeds() {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        annotated = dir.resolve("annotated");
        assertEquals(ExitCode.OK, CliRun.of("annotate", texts.toString(), "--out", annotated.toString(), "-q").exit());
    }

    @Test
    void writesFromCorpusXmlTheSameBratFilesAsTheAnnotateRun() throws IOException {
        Path out = dir.resolve("from-xml");
        CliRun run = CliRun.of("convert", annotated.resolve("corpus.xml").toString(), "--to", "brat", "--out",
                out.toString(), "-q");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertEquals(contents(annotated.resolve("brat")), contents(out.resolve("brat")));
        assertTrue(!Files.exists(out.resolve("corpus.xml")) && !Files.exists(out.resolve("review.xlsx")), "only brat");
    }

    @Test
    void writesTheReadingViewFromCorpusXml() throws IOException {
        Path out = dir.resolve("site");
        CliRun run = CliRun.of("convert", annotated.resolve("corpus.xml").toString(), "--to", "html", "--out",
                out.toString(), "-q");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        Corpus corpus;
        try {
            corpus = new CorpusXmlReader().readAll(annotated.resolve("corpus.xml"));
        } catch (org.readingcorpus.exporter.CorpusFormatException e) {
            throw new AssertionError(e);
        }
        for (var document : corpus.documents()) {
            String page = Files.readString(out.resolve("html").resolve(document.id() + ".html"));
            assertTrue(page.contains("<script src=\"reader.js\"></script>"), document.id());
        }
        String index = Files.readString(out.resolve("html/index.html"));
        for (var document : corpus.documents()) {
            assertTrue(index.contains("href=\"" + document.id() + ".html\""), document.id());
        }
        assertTrue(Files.exists(out.resolve("html/reader.css")) && Files.exists(out.resolve("html/reader.js")));
    }

    @Test
    void bringsBratFilesBackIntoACorpusWithTheSameSpans() throws Exception {
        Path out = dir.resolve("from-brat");
        CliRun run = CliRun.of("convert", annotated.resolve("brat").toString(), "--to", "xml,brat,xlsx", "--out",
                out.toString(), "-q");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        Corpus back = new CorpusXmlReader().readAll(out.resolve("corpus.xml"));
        Corpus original = new CorpusXmlReader().readAll(annotated.resolve("corpus.xml"));
        assertEquals(original.documents().size(), back.documents().size());
        for (int i = 0; i < back.documents().size(); i++) {
            var o = original.documents().get(i);
            var b = back.documents().get(i);
            assertEquals(o.text(), b.text());
            List<String> speech = o.contents().stream().filter(c -> c.kind().isSpeech())
                    .map(c -> c.fragments().toString()).toList();
            assertEquals(speech, b.contents().stream().map(c -> c.fragments().toString()).toList(), o.id());
        }
        assertEquals(spanLines(annotated.resolve("brat")), spanLines(out.resolve("brat")));
    }

    @Test
    void writesOneTeiFilePerDocument() throws IOException {
        Path out = dir.resolve("tei-out");
        CliRun run = CliRun.of("convert", annotated.resolve("corpus.xml").toString(), "--to", "tei", "--out",
                out.toString(), "-q");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        try (Stream<Path> files = Files.list(out.resolve("tei"))) {
            assertEquals(5, files.filter(p -> p.toString().endsWith(".xml")).count());
        }
        assertTrue(Files.readString(out.resolve("tei/001_cc85c02ca42a962c.xml")).contains("<said who=\"#"));
    }

    @Test
    void answersBadInputInOneLine() throws IOException {
        CliRun missing = CliRun.of("convert", dir.resolve("nowhere.xml").toString(), "--to", "brat", "--out",
                dir.resolve("o").toString());
        assertEquals(ExitCode.BAD_INPUT, missing.exit());
        assertTrue(missing.err().contains("nowhere.xml: no such file or folder"), missing.err());

        Path lonely = Files.createDirectory(dir.resolve("lonely"));
        Files.writeString(lonely.resolve("a.ann"), "T1\tSource 0 3\tAnn\n");
        CliRun noText = CliRun.of("convert", lonely.toString(), "--to", "xml", "--out", dir.resolve("o2").toString());
        assertEquals(ExitCode.BAD_INPUT, noText.exit());
        assertTrue(noText.err().contains("a.ann: no .txt of the same name beside it"), noText.err());

        Path broken = Files.writeString(dir.resolve("broken.xml"), "<corpus><oops></corpus>");
        CliRun invalid = CliRun.of("convert", broken.toString(), "--to", "brat", "--out", dir.resolve("o3").toString());
        assertEquals(ExitCode.BAD_INPUT, invalid.exit());
        assertTrue(invalid.err().contains("broken.xml:1:"), invalid.err());
        assertEquals(1, invalid.err().lines().count(), invalid.err());
        assertTrue(!Files.exists(dir.resolve("o3/brat")), "nothing half-written");

        CliRun badFormat = CliRun.of("convert", broken.toString(), "--to", "pdf", "--out", dir.resolve("o4").toString());
        assertEquals(ExitCode.USAGE, badFormat.exit());
    }

    private static List<String> contents(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.sorted().toList()) {
                out.add(p.getFileName() + "\n" + Files.readString(p));
            }
        }
        return out;
    }

    /** The role spans of every .ann file (type and offsets), sorted: what must survive a round trip. */
    private static List<String> spanLines(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
                Files.readAllLines(p).stream().filter(l -> l.startsWith("T")).map(l -> p.getFileName() + " " + l.split("\t")[1])
                        .filter(l -> !l.contains(" Attribution")).sorted().forEach(out::add);
            }
        }
        return out;
    }
}
