package org.readingcorpus.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.readingcorpus.exporter.xlsx.DocumentColumn;
import org.readingcorpus.exporter.xlsx.Fingerprints;
import org.readingcorpus.exporter.xlsx.ReviewColumn;
import org.readingcorpus.exporter.xlsx.ReviewWorkbookWriter;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;

class ReviewWorkbookTest {

    @TempDir
    Path dir;

    @Test
    void writesOneRowPerAttributionThatPoiReadsBack() throws Exception {
        AnnotatedDocument doc = SampleDocuments.withEmojiAndCrlf();
        Path file = dir.resolve("review.xlsx");
        try (ReviewWorkbookWriter writer = new ReviewWorkbookWriter(file)) {
            writer.write(doc);
            writer.finish();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            Sheet review = workbook.getSheet("Review");
            assertEquals(2, review.getLastRowNum(), "a header and two attributions");
            Row header = review.getRow(0);
            for (ReviewColumn c : ReviewColumn.values()) {
                assertEquals(c.header(), header.getCell(c.ordinal()).getStringCellValue());
            }
            Row first = review.getRow(1);
            assertEquals("a1", cell(first, ReviewColumn.ATTRIBUTION_ID));
            assertEquals("doc-1", cell(first, ReviewColumn.DOCUMENT));
            assertEquals("\"We will win 𝄞 <soon> & more,\" … \"Soon.\"", cell(first, ReviewColumn.CONTENT));
            assertEquals("said", cell(first, ReviewColumn.CUE));
            assertEquals("Ann Lee", cell(first, ReviewColumn.SPEAKER));
            assertEquals("person", cell(first, ReviewColumn.SPEAKER_TYPE));
            assertEquals(0.95, first.getCell(ReviewColumn.CONFIDENCE.ordinal()).getNumericCellValue());
            assertEquals("QUOTE_THEN_CUE_THEN_SOURCE", cell(first, ReviewColumn.RULE));
            assertEquals("SCARE_QUOTE", cell(review.getRow(2), ReviewColumn.KIND));
            assertEquals(3, review.getDataValidations().size(), "dropdowns: decision, speaker, new speaker type");
            assertTrue(workbook.getSheet("Instructions") != null);

            // the paragraph shows the quote in bold and the source in italics, as rich text
            XSSFRichTextString context = (XSSFRichTextString) first.getCell(ReviewColumn.CONTEXT.ordinal())
                    .getRichStringCellValue();
            String shown = context.getString();
            int quote = shown.indexOf("We will win");
            assertTrue(context.getFontAtIndex(quote).getBold(), "quote in bold: " + shown);
            assertTrue(context.getFontAtIndex(shown.indexOf("Ann Lee")).getItalic(), "source in italics");
            assertFalse(context.getFontAtIndex(shown.indexOf("said")).getBold(), "the cue is not part of the quote");

            // machine columns locked, reviewer columns open, the sheet protected without a password
            assertTrue(((XSSFSheet) review).isSheetLocked());
            assertTrue(first.getCell(ReviewColumn.CONTENT.ordinal()).getCellStyle().getLocked());
            assertFalse(first.getCell(ReviewColumn.DECISION.ordinal()).getCellStyle().getLocked());
            assertTrue(review.isColumnHidden(ReviewColumn.FINGERPRINT.ordinal()));
            assertEquals(1, review.getPaneInformation().getHorizontalSplitPosition(), "header frozen");

            Sheet speakers = workbook.getSheet("Speakers");
            assertEquals("Ann Lee", speakers.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1, (int) speakers.getRow(1).getCell(3).getNumericCellValue(), "attributions");
            Sheet documents = workbook.getSheet("Documents");
            assertEquals(Fingerprints.textChecksum(doc.text()),
                    documents.getRow(1).getCell(DocumentColumn.CHECKSUM.ordinal()).getStringCellValue());
            assertTrue(workbook.isSheetHidden(workbook.getSheetIndex("Lists")));

            // the source profile: one row per article, then the corpus
            Sheet sources = workbook.getSheet("Sources");
            assertEquals("doc-1", sources.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1, (int) sources.getRow(1).getCell(2).getNumericCellValue(), "one attribution, the scare quote aside");
            assertEquals(1, (int) sources.getRow(1).getCell(7).getNumericCellValue(), "to a named person");
            assertEquals("Whole corpus", sources.getRow(3).getCell(0).getStringCellValue());
            assertEquals("said", speakers.getRow(1).getCell(6).getStringCellValue(), "reported with");
        }
    }

    @Test
    void storesFormulaLookingTextAsTextAndCutsOverlongCells() throws Exception {
        String longText = "=SUM(A1:A2) " + "x".repeat(40_000);
        AnnotatedDocument doc = AnnotatedDocument.unannotated(new Document("f", DocumentMetadata.EMPTY, longText));
        var content = new org.readingcorpus.model.Content("c1", new org.readingcorpus.model.Span(0, longText.length()),
                org.readingcorpus.model.ContentKind.INDIRECT);
        var attribution = new org.readingcorpus.model.Attribution("a1", "c1", null, null, null, 0.5,
                new org.readingcorpus.model.Provenance(org.readingcorpus.model.Rule.IMPORTED, ""),
                org.readingcorpus.model.Review.PENDING);
        doc = new AnnotatedDocument(doc.document(), List.of(content), List.of(), List.of(), List.of(), List.of(attribution));
        Path file = dir.resolve("long.xlsx");
        try (ReviewWorkbookWriter writer = new ReviewWorkbookWriter(file)) {
            writer.write(doc);
            writer.finish();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            var cell = workbook.getSheet("Review").getRow(1).getCell(ReviewColumn.CONTENT.ordinal());
            assertEquals(CellType.STRING, cell.getCellType());
            assertEquals(ReviewWorkbookWriter.MAX_CELL, cell.getStringCellValue().length());
            assertTrue(cell.getStringCellValue().startsWith("=SUM(A1:A2)"));
            assertTrue(cell.getStringCellValue().endsWith(ReviewWorkbookWriter.CUT_MARKER));
        }
    }

    @Test
    void showsTheLineAroundAQuoteCutToAReachOnLongLines() {
        String line = "First line.\nAnn said \"we will win\" today.\nLast line.";
        int at = line.indexOf("\"we");
        assertEquals("Ann said \"we will win\" today.",
                ReviewWorkbookWriter.paragraphAround(line, new org.readingcorpus.model.Span(at, at + 13)));
        String pad = "word ".repeat(1_000);
        String huge = pad + "\"we will win\"" + pad;
        int q = pad.length();
        String context = ReviewWorkbookWriter.paragraphAround(huge, new org.readingcorpus.model.Span(q, q + 13));
        assertTrue(context.startsWith("\u2026") && context.endsWith("\u2026"), context);
        assertTrue(context.contains("\"we will win\""));
        assertTrue(context.length() <= 13 + 2 * ReviewWorkbookWriter.CONTEXT_REACH + 2, "bounded: " + context.length());
    }

    private static String cell(Row row, ReviewColumn column) {
        return row.getCell(column.ordinal()).getStringCellValue();
    }
}
