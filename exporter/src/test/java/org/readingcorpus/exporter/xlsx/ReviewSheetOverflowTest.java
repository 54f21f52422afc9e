package org.readingcorpus.exporter.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.Provenance;
import org.readingcorpus.model.Review;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/** More attributions than a sheet has rows: nothing is lost, the rows go on in the next sheet. */
class ReviewSheetOverflowTest {

    @TempDir
    Path dir;

    @Test
    void continuesInANewReviewSheetWhenOneIsFull() throws Exception {
        String text = "\"a\" \"b\" \"c\" \"d\" \"e\"";
        List<Content> contents = new ArrayList<>();
        List<Attribution> attributions = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            contents.add(new Content("c" + i, new Span(4 * i, 4 * i + 3), ContentKind.DIRECT));
            attributions.add(new Attribution("a" + i, "c" + i, null, null, null, 0.9,
                    new Provenance(Rule.IMPORTED, ""), Review.PENDING));
        }
        AnnotatedDocument doc = new AnnotatedDocument(new Document("d", DocumentMetadata.EMPTY, text), contents,
                List.of(), List.of(), List.of(), attributions);
        Path file = dir.resolve("review.xlsx");
        try (ReviewWorkbookWriter writer = new ReviewWorkbookWriter(file, 3)) {
            writer.write(doc);
            writer.finish();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            List<String> ids = new ArrayList<>();
            for (String name : List.of("Review", "Review 2", "Review 3")) {
                var sheet = workbook.getSheet(name);
                assertEquals(ReviewColumn.ATTRIBUTION_ID.header(), sheet.getRow(0).getCell(0).getStringCellValue(), name);
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    ids.add(sheet.getRow(r).getCell(ReviewColumn.ATTRIBUTION_ID.ordinal()).getStringCellValue());
                }
            }
            assertEquals(List.of("a0", "a1", "a2", "a3", "a4"), ids);
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertEquals(List.of("Review", "Review 2", "Review 3", "Speakers", "Sources", "Documents", "Instructions", "Lists"), sheets);
        }
    }
}
