package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.exporter.xlsx.ReviewColumn;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.model.ReviewState;

/**
 * review.xlsx in a real spreadsheet program: LibreOffice (headless) opens it, prints it to PDF and
 * CSV, and saves it again as .xlsx, as a reviewer's LibreOffice would (shared strings, its own
 * styles); that file must import without a problem. Skips where LibreOffice is not installed
 * (.ci/run installs it).
 */
class LibreOfficeReviewTest {

    @TempDir
    static Path dir;

    static Path soffice;
    static Path corpusXml;
    static Path reviewXlsx;

    @BeforeAll
    static void findLibreOfficeAndAnnotate() {
        soffice = onPath("soffice");
        Assumptions.assumeTrue(soffice != null,
                "LibreOffice is not installed (apt-get install libreoffice-calc-nogui; .ci/run installs it)");
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        Path annotated = dir.resolve("annotated");
        assertEquals(ExitCode.OK, CliRun.of("annotate", texts.toString(), "--out", annotated.toString(), "-q").exit());
        corpusXml = annotated.resolve("corpus.xml");
        reviewXlsx = annotated.resolve("review.xlsx");
    }

    static Path onPath(String program) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(folder, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Runs LibreOffice's converter; its own profile keeps it from touching the user's. */
    static Path convert(Path in, String filter, String outName, Path outDir) throws Exception {
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless",
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--convert-to", filter, "--outdir",
                outDir.toString(), in.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish");
        Path out = outDir.resolve(outName);
        assertTrue(Files.exists(out), "LibreOffice wrote nothing: " + output);
        return out;
    }

    @Test
    void printsTheReviewSheetToPdf() throws Exception {
        Path pdf = convert(reviewXlsx, "pdf", "review.pdf", dir.resolve("pdf"));
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(bytes.length > 10_000, "a real document, not an empty page: " + bytes.length);
    }

    @Test
    void readsEveryRowOfTheReviewSheet() throws Exception {
        // 44,34,76,1,,0,false,true,false,false,false,-1: comma, quote, UTF-8, every sheet to its own file
        Path review = convert(reviewXlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                "review-Review.csv", dir.resolve("csv"));
        String csv = Files.readString(review, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("Attribution ID,Document,Paragraph,Content,Kind,Cue,Source mention,Speaker,"
                + "Speaker type,Confidence,Rule,Why,Decision,Correct speaker,New speaker type,Comment,Reviewer,Fingerprint"),
                csv.lines().findFirst().orElse(""));
        var corpus = new CorpusXmlReader().readAll(corpusXml);
        for (var document : corpus.documents()) {
            for (var attribution : document.attributions()) {
                assertTrue(csv.contains(attribution.id() + "," + document.id() + ","), attribution.id());
            }
        }
    }

    @Test
    void aSheetSavedByLibreOfficeImports() throws Exception {
        Path edited = dir.resolve("edited").resolve("review.xlsx");
        Files.createDirectories(edited.getParent());
        try (InputStream in = Files.newInputStream(reviewXlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var row = workbook.getSheet("Review").getRow(1);
            ReviewLoopTest.put(row, ReviewColumn.DECISION.ordinal(), "reject");
            ReviewLoopTest.put(row, ReviewColumn.COMMENT.ordinal(), "a headline, not a statement");
            ReviewLoopTest.put(row, ReviewColumn.REVIEWER.ordinal(), "Ann");
            try (OutputStream out = Files.newOutputStream(edited)) {
                workbook.write(out);
            }
        }
        Path saved = convert(edited, "xlsx:Calc MS Excel 2007 XML", "review.xlsx", dir.resolve("saved"));
        Path out = dir.resolve("reviewed.xml");
        CliRun run = CliRun.of("review", "import", saved.toString(), "--corpus", corpusXml.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.exit(), run.err());
        assertTrue(run.err().contains("applied 1 decisions, 1 reject"), run.err());
        var first = new CorpusXmlReader().readAll(out).documents().get(0).attributionsInTextOrder().get(0);
        assertEquals(ReviewState.REJECTED, first.review().state());
        assertEquals("a headline, not a statement", first.review().comment());
    }

}
