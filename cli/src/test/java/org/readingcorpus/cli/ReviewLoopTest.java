package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.exporter.xlsx.ReviewColumn;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Corpus;
import org.readingcorpus.model.ReviewState;
import org.readingcorpus.model.Speaker;
import org.readingcorpus.model.SpeakerType;

/**
 * The review loop end to end: annotate the seed articles, review the sheet the way a reviewer
 * would (edited with POI, saved), import it, and check the reviewed corpus, its next export and a
 * second import of that export.
 */
class ReviewLoopTest {

    @TempDir
    Path dir;

    Path corpusXml;
    Path reviewXlsx;
    Corpus corpus;

    @BeforeEach
    void annotateTheSeeds() throws Exception {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        Path annotated = dir.resolve("annotated");
        assertEquals(ExitCode.OK, CliRun.of("annotate", texts.toString(), "--out", annotated.toString(), "-q").exit());
        corpusXml = annotated.resolve("corpus.xml");
        reviewXlsx = annotated.resolve("review.xlsx");
        corpus = new CorpusXmlReader().readAll(corpusXml);
    }

    /** A reviewer's sheet: a cell to write by row (1-based as shown) and column. */
    record Edit(int row, ReviewColumn column, String value) {
    }

    Path reviewed(String name, List<Edit> edits) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = Files.newInputStream(reviewXlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Review");
            for (Edit e : edits) {
                put(sheet.getRow(e.row() - 1), e.column().ordinal(), e.value());
            }
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    /** The sheet row (1-based) of an attribution: the export orders documents, then text position. */
    int rowOf(AnnotatedDocument document, Attribution attribution) {
        int row = 2;
        for (AnnotatedDocument d : corpus.documents()) {
            for (Attribution a : d.attributionsInTextOrder()) {
                if (d == document && a.id().equals(attribution.id())) {
                    return row;
                }
                row++;
            }
        }
        throw new AssertionError("no row for " + attribution.id());
    }

    @Test
    void appliesEveryKindOfDecisionAndShowsThemInTheNextExport() throws Exception {
        AnnotatedDocument doc = corpus.documents().stream()
                .filter(d -> d.speakers().stream().filter(s -> s.type() != SpeakerType.ANONYMOUS).count() >= 2
                        && d.attributions().stream().filter(a -> a.speakerId() != null).count() >= 6)
                .findFirst().orElseThrow();
        List<Attribution> spoken = doc.attributionsInTextOrder().stream().filter(a -> a.speakerId() != null).toList();
        Attribution accepted = spoken.get(0);
        Attribution rejected = spoken.get(1);
        Attribution corrected = spoken.get(2);
        Attribution newSpeaker = spoken.get(3);
        Attribution notAQuote = spoken.get(4);
        Attribution wrongSpan = spoken.get(5);
        Speaker other = doc.speakers().stream()
                .filter(s -> !s.id().equals(corrected.speakerId()) && s.type() != SpeakerType.ANONYMOUS)
                .findFirst().orElseThrow();
        Path sheet = reviewed("reviewed.xlsx", List.of(
                new Edit(rowOf(doc, accepted), ReviewColumn.DECISION, "accept"),
                new Edit(rowOf(doc, accepted), ReviewColumn.REVIEWER, "Ann"),
                new Edit(rowOf(doc, rejected), ReviewColumn.DECISION, "Reject"),
                new Edit(rowOf(doc, rejected), ReviewColumn.COMMENT, "=nobody says this"),
                new Edit(rowOf(doc, corrected), ReviewColumn.DECISION, "wrong speaker"),
                new Edit(rowOf(doc, corrected), ReviewColumn.CORRECT_SPEAKER, other.canonicalName().toUpperCase()),
                new Edit(rowOf(doc, newSpeaker), ReviewColumn.DECISION, "wrong speaker"),
                new Edit(rowOf(doc, newSpeaker), ReviewColumn.CORRECT_SPEAKER, "Kyiv Independent"),
                new Edit(rowOf(doc, newSpeaker), ReviewColumn.NEW_SPEAKER_TYPE, "media outlet"),
                new Edit(rowOf(doc, notAQuote), ReviewColumn.DECISION, "not a quote"),
                new Edit(rowOf(doc, wrongSpan), ReviewColumn.DECISION, "wrong span"),
                new Edit(rowOf(doc, wrongSpan), ReviewColumn.COMMENT, "the source is longer")));
        Path out = dir.resolve("reviewed.xml");
        CliRun run = CliRun.of("review", "import", sheet.toString(), "--corpus", corpusXml.toString(), "--out",
                out.toString(), "--reviewer", "Bo");
        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("applied 6 decisions"), run.err());
        assertTrue(run.err().contains("1 new speaker"), run.err());

        Corpus back = new CorpusXmlReader().readAll(out);
        AnnotatedDocument after = back.documents().stream().filter(d -> d.id().equals(doc.id())).findFirst().orElseThrow();
        Map<String, Attribution> byId = new HashMap<>();
        after.attributions().forEach(a -> byId.put(a.id(), a));

        Attribution a = byId.get(accepted.id());
        assertEquals(ReviewState.ACCEPTED, a.review().state());
        assertEquals("Ann", a.review().reviewer());
        assertNotNull(a.review().time());
        assertEquals(accepted.speakerId(), a.speakerId());

        a = byId.get(rejected.id());
        assertEquals(ReviewState.REJECTED, a.review().state());
        assertEquals("Bo", a.review().reviewer(), "--reviewer fills an empty Reviewer cell");
        assertEquals("=nobody says this", a.review().comment(), "a formula-looking comment stays text");

        a = byId.get(corrected.id());
        assertEquals(ReviewState.CORRECTED, a.review().state());
        assertEquals(other.id(), a.speakerId(), "the name, in any case, finds the document's speaker");
        assertEquals(corrected.speakerId(), a.review().proposedSpeakerId());

        a = byId.get(newSpeaker.id());
        Speaker added = after.speaker(a.speakerId()).orElseThrow();
        assertEquals("Kyiv Independent", added.canonicalName());
        assertEquals(SpeakerType.MEDIA_OUTLET, added.type());
        assertEquals(newSpeaker.speakerId(), a.review().proposedSpeakerId());
        assertTrue(back.registry().stream().anyMatch(e -> e.name().equals("Kyiv Independent")), "in the registry");

        a = byId.get(notAQuote.id());
        assertEquals(ReviewState.NOT_A_QUOTE, a.review().state());
        assertNull(a.speakerId());
        assertEquals(ContentKind.SCARE_QUOTE, after.content(a.contentId()).kind());
        assertEquals(notAQuote.speakerId(), a.review().proposedSpeakerId());

        a = byId.get(wrongSpan.id());
        assertEquals(ReviewState.SPAN_FLAGGED, a.review().state());
        assertEquals("the source is longer", a.review().comment());

        long untouched = back.documents().stream().flatMap(d -> d.attributions().stream())
                .filter(x -> x.review().state() == ReviewState.PENDING).count();
        assertEquals(corpus.documents().stream().mapToLong(d -> d.attributions().size()).sum() - 6, untouched);

        // the next export shows the review, and importing it again changes nothing
        Path again = dir.resolve("again");
        assertEquals(ExitCode.OK, CliRun.of("convert", out.toString(), "--to", "xlsx", "--out", again.toString(), "-q").exit());
        try (XSSFWorkbook workbook = new XSSFWorkbook(again.resolve("review.xlsx").toFile())) {
            Sheet review = workbook.getSheet("Review");
            Row row = review.getRow(rowOf(doc, corrected) - 1);
            assertEquals("wrong speaker", row.getCell(ReviewColumn.DECISION.ordinal()).getStringCellValue());
            assertEquals(other.canonicalName(), row.getCell(ReviewColumn.CORRECT_SPEAKER.ordinal()).getStringCellValue());
            assertEquals(doc.speaker(corrected.speakerId()).orElseThrow().canonicalName(),
                    row.getCell(ReviewColumn.SPEAKER.ordinal()).getStringCellValue(), "the proposal stays visible");
            assertEquals("accept", review.getRow(rowOf(doc, accepted) - 1)
                    .getCell(ReviewColumn.DECISION.ordinal()).getStringCellValue());
        }
        Path twice = dir.resolve("twice.xml");
        run = CliRun.of("review", "import", again.resolve("review.xlsx").toString(), "--corpus", out.toString(),
                "--out", twice.toString());
        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        Corpus second = new CorpusXmlReader().readAll(twice);
        for (int i = 0; i < back.documents().size(); i++) {
            assertEquals(back.documents().get(i), second.documents().get(i), "a second import of the same decisions");
        }
    }

    @Test
    void agreementBetweenTwoReviewersCountsKappaAndWritesTheDisagreements() throws Exception {
        AnnotatedDocument doc = corpus.documents().get(0);
        List<Attribution> rows = doc.attributionsInTextOrder();
        Path a = reviewed("a.xlsx", List.of(
                new Edit(rowOf(doc, rows.get(0)), ReviewColumn.DECISION, "accept"),
                new Edit(rowOf(doc, rows.get(1)), ReviewColumn.DECISION, "accept"),
                new Edit(rowOf(doc, rows.get(2)), ReviewColumn.DECISION, "reject"),
                new Edit(rowOf(doc, rows.get(3)), ReviewColumn.DECISION, "reject")));
        Path b = reviewed("b.xlsx", List.of(
                new Edit(rowOf(doc, rows.get(0)), ReviewColumn.DECISION, "accept"),
                new Edit(rowOf(doc, rows.get(1)), ReviewColumn.DECISION, "reject"),
                new Edit(rowOf(doc, rows.get(2)), ReviewColumn.DECISION, "reject"),
                new Edit(rowOf(doc, rows.get(3)), ReviewColumn.DECISION, "reject")));
        Path out = dir.resolve("disagreements.xlsx");
        CliRun run = CliRun.of("review", "agree", a.toString(), b.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        // observed 3/4; chance (2/4·1/4 + 2/4·3/4) = 1/2; kappa = (0.75 − 0.5) / 0.5
        assertTrue(run.out().contains("Cohen's kappa: 0.500"), run.out() + run.err());
        assertTrue(run.out().contains("decided by both: 4, same decision: 3 (75.0%)"), run.out() + run.err());
        assertTrue(run.out().contains("1 disagreements written"), run.out() + run.err());
        try (XSSFWorkbook workbook = new XSSFWorkbook(out.toFile())) {
            Row row = workbook.getSheet("Disagreements").getRow(1);
            assertEquals(rows.get(1).id(), row.getCell(1).getStringCellValue());
            assertEquals("accept", row.getCell(4).getStringCellValue());
            assertEquals("reject", row.getCell(8).getStringCellValue());
        }
    }

    @Test
    void aReorderedSheetAndMovedColumnsLoseNothing() throws Exception {
        AnnotatedDocument doc = corpus.documents().get(1);
        Attribution first = doc.attributionsInTextOrder().get(0);
        Path sheet = dir.resolve("shuffled.xlsx");
        try (InputStream in = Files.newInputStream(reviewXlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet review = workbook.getSheet("Review");
            Row row = review.getRow(rowOf(doc, first) - 1);
            put(row, ReviewColumn.DECISION.ordinal(), "accept");
            put(row, ReviewColumn.REVIEWER.ordinal(), "Ann");
            swapRows(review, rowOf(doc, first) - 1, rowOf(doc, first));
            swapColumns(review, ReviewColumn.COMMENT.ordinal(), ReviewColumn.REVIEWER.ordinal());
            put(review.getRow(0), ReviewColumn.values().length + 2, "My notes");
            try (OutputStream out = Files.newOutputStream(sheet)) {
                workbook.write(out);
            }
        }
        Path out = dir.resolve("reviewed.xml");
        CliRun run = CliRun.of("review", "import", sheet.toString(), "--corpus", corpusXml.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("not in the order they were exported in"), run.err());
        assertTrue(run.err().contains("columns moved"), run.err());
        assertTrue(run.err().contains("columns added by hand are not read: \"My notes\""), run.err());
        Attribution after = new CorpusXmlReader().readAll(out).documents().get(1).attributions().stream()
                .filter(a -> a.id().equals(first.id())).findFirst().orElseThrow();
        assertEquals(ReviewState.ACCEPTED, after.review().state(), run.err());
        assertEquals("Ann", after.review().reviewer());
    }

    /**
     * Types a value into a cell as a spreadsheet program does: a new cell in its place. (Setting a
     * POI inline-string cell writes a value that POI and Excel then ignore.)
     */
    static void put(Row row, int column, String value) {
        var old = row.getCell(column);
        var style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        var cell = row.createCell(column);
        if (style != null) {
            cell.setCellStyle(style);
        }
        cell.setCellValue(value);
    }

    static String text(Row row, int column) {
        var cell = row.getCell(column);
        return cell == null ? "" : cell.toString();
    }

    /** Swaps the text of two rows, as sorting would (0-based rows). */
    static void swapRows(Sheet sheet, int x, int y) {
        Row a = sheet.getRow(x);
        Row b = sheet.getRow(y);
        for (int c = 0; c < ReviewColumn.values().length; c++) {
            String va = text(a, c);
            String vb = text(b, c);
            put(a, c, vb);
            put(b, c, va);
        }
    }

    static void swapColumns(Sheet sheet, int x, int y) {
        for (Row row : sheet) {
            String va = text(row, x);
            String vb = text(row, y);
            put(row, x, vb);
            put(row, y, va);
        }
    }
}
