package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.readingcorpus.exporter.xlsx.DocumentColumn;
import org.readingcorpus.exporter.xlsx.ReviewColumn;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.model.ReviewState;

/**
 * Each kind of bad review sheet: refused with the sheet and row of every problem, exit 3, and no
 * reviewed corpus written; with --skip-invalid the valid rows go in and the rest are listed.
 */
class BadReviewSheetTest {

    @TempDir
    static Path dir;

    static Path corpusXml;
    static Path reviewXlsx;

    @BeforeAll
    static void annotateTheSeeds() {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        Path annotated = dir.resolve("annotated");
        assertEquals(ExitCode.OK, CliRun.of("annotate", texts.toString(), "--out", annotated.toString(), "-q").exit());
        corpusXml = annotated.resolve("corpus.xml");
        reviewXlsx = annotated.resolve("review.xlsx");
    }

    interface SheetEdit {
        void apply(XSSFWorkbook workbook) throws IOException;
    }

    static Path edited(String name, SheetEdit edit) throws IOException {
        Path target = dir.resolve(name + ".xlsx");
        try (InputStream in = Files.newInputStream(reviewXlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            edit.apply(workbook);
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return target;
    }

    /** The row number (as shown) of a row added below the last one: it depends on how many attributions the annotator finds. */
    static int appendedRow() throws IOException {
        try (InputStream in = Files.newInputStream(reviewXlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return review(workbook).getLastRowNum() + 2;
        }
    }

    static Sheet review(XSSFWorkbook workbook) {
        return workbook.getSheet("Review");
    }

    /** Row 2 (the first attribution) accepted by Ann; the rest of the edit makes the sheet bad. */
    static SheetEdit withAcceptedFirstRow(SheetEdit bad) {
        return workbook -> {
            ReviewLoopTest.put(review(workbook).getRow(1), ReviewColumn.DECISION.ordinal(), "accept");
            ReviewLoopTest.put(review(workbook).getRow(1), ReviewColumn.REVIEWER.ordinal(), "Ann");
            bad.apply(workbook);
        };
    }

    static void set(XSSFWorkbook workbook, int row, ReviewColumn column, String value) {
        ReviewLoopTest.put(review(workbook).getRow(row - 1), column.ordinal(), value);
    }

    static Stream<Arguments> badSheets() {
        return Stream.of(
                Arguments.of("unknown decision", (SheetEdit) w -> {
                    set(w, 3, ReviewColumn.DECISION, "acept");
                    set(w, 3, ReviewColumn.REVIEWER, "Ann");
                }, "sheet Review, row 3: decision \"acept\" is not one of: accept, reject"),
                Arguments.of("unknown attribution id", (SheetEdit) w -> set(w, 3, ReviewColumn.ATTRIBUTION_ID, "a999"),
                        "sheet Review, row 3: document 000_91b4c53eb3d063fd has no attribution a999"),
                Arguments.of("row deleted", (SheetEdit) w -> {
                    Sheet s = review(w);
                    s.removeRow(s.getRow(3));
                }, "attribution a3 of document 000_91b4c53eb3d063fd has no row (deleted?)"),
                Arguments.of("copied row", (SheetEdit) w -> {
                    Sheet s = review(w);
                    var copy = s.createRow(s.getLastRowNum() + 1);
                    for (int c = 0; c < ReviewColumn.values().length; c++) {
                        ReviewLoopTest.put(copy, c, ReviewLoopTest.text(s.getRow(1), c));
                    }
                }, "row {appended}: attribution a1 of document 000_91b4c53eb3d063fd is already on sheet Review, row 2"),
                Arguments.of("text changed since export", (SheetEdit) w -> ReviewLoopTest.put(
                        w.getSheet("Documents").getRow(1), DocumentColumn.CHECKSUM.ordinal(), "0".repeat(64)),
                        "sheet Documents, row 2: the text of document 000_91b4c53eb3d063fd has changed since the sheet"),
                Arguments.of("another run's row", (SheetEdit) w -> set(w, 4, ReviewColumn.FINGERPRINT, "0123456789abcdef"),
                        "sheet Review, row 4: attribution a3 of document 000_91b4c53eb3d063fd is not the one the row was"),
                Arguments.of("wrong speaker without a name", (SheetEdit) w -> {
                    set(w, 3, ReviewColumn.DECISION, "wrong speaker");
                    set(w, 3, ReviewColumn.REVIEWER, "Ann");
                }, "sheet Review, row 3: \"wrong speaker\" needs the right one in Correct speaker"),
                Arguments.of("a speaker without wrong speaker", (SheetEdit) w -> {
                    set(w, 3, ReviewColumn.DECISION, "reject");
                    set(w, 3, ReviewColumn.CORRECT_SPEAKER, "Ann Lee");
                    set(w, 3, ReviewColumn.REVIEWER, "Ann");
                }, "sheet Review, row 3: Correct speaker is filled in but the decision is \"reject\""),
                Arguments.of("no reviewer", (SheetEdit) w -> set(w, 3, ReviewColumn.DECISION, "reject"),
                        "sheet Review, row 3: no Reviewer"),
                Arguments.of("unknown speaker type", (SheetEdit) w -> {
                    set(w, 3, ReviewColumn.DECISION, "wrong speaker");
                    set(w, 3, ReviewColumn.CORRECT_SPEAKER, "Ann Lee");
                    set(w, 3, ReviewColumn.NEW_SPEAKER_TYPE, "robot");
                    set(w, 3, ReviewColumn.REVIEWER, "Ann");
                }, "sheet Review, row 3: new speaker type \"robot\" is not one of: person, organization, media outlet"),
                Arguments.of("a row typed in by hand", (SheetEdit) w -> {
                    var row = review(w).createRow(review(w).getLastRowNum() + 1);
                    ReviewLoopTest.put(row, ReviewColumn.CONTENT.ordinal(), "a quote I found");
                    ReviewLoopTest.put(row, ReviewColumn.DECISION.ordinal(), "accept");
                }, "sheet Review, row {appended}: the row has no Document"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSheets")
    void refusesTheWholeSheetAndNamesSheetAndRow(String name, SheetEdit edit, String expected) throws IOException {
        Path sheet = edited(name.replace(' ', '-'), withAcceptedFirstRow(edit));
        Path out = dir.resolve(name.replace(' ', '-') + ".xml");
        CliRun run = CliRun.of("review", "import", sheet.toString(), "--corpus", corpusXml.toString(), "--out", out.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exit(), run.err());
        assertTrue(run.err().contains(expected.replace("{appended}", String.valueOf(appendedRow()))), run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertFalse(Files.exists(out), "all or nothing");
        assertNoStackTrace(run);
    }

    @Test
    void skipInvalidAppliesTheValidRowsAndListsTheOthers() throws Exception {
        Path sheet = edited("skip", withAcceptedFirstRow(w -> {
            set(w, 3, ReviewColumn.DECISION, "acept");
            set(w, 3, ReviewColumn.REVIEWER, "Ann");
        }));
        Path out = dir.resolve("skip.xml");
        CliRun run = CliRun.of("review", "import", sheet.toString(), "--corpus", corpusXml.toString(), "--out",
                out.toString(), "--skip-invalid");
        assertEquals(ExitCode.SKIPPED, run.exit(), run.err());
        assertTrue(run.err().contains("skipped: " + sheet + ": sheet Review, row 3: decision \"acept\""), run.err());
        var first = new CorpusXmlReader().readAll(out).documents().get(0).attributionsInTextOrder();
        assertEquals(ReviewState.ACCEPTED, first.get(0).review().state());
        assertEquals(ReviewState.PENDING, first.get(1).review().state());
    }

    static Stream<Arguments> unusableFiles() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.xlsx"), "not a workbook\n");
        Path xls = Files.write(dir.resolve("old.xlsx"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0,
            (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0, 0, 0, 0, 0});
        Path renamedColumn = edited("renamed-column", w -> ReviewLoopTest.put(review(w).getRow(0),
                ReviewColumn.DECISION.ordinal(), "Verdict"));
        Path noDocuments = edited("no-documents", w -> w.removeSheetAt(w.getSheetIndex("Documents")));
        Path noReview = edited("no-review", w -> w.setSheetName(w.getSheetIndex("Review"), "Reviewed"));
        return Stream.of(
                Arguments.of(text, "is not an .xlsx workbook"),
                Arguments.of(xls, "is not an .xlsx workbook (an Excel 97-2003 .xls must be saved as .xlsx)"),
                Arguments.of(renamedColumn, "sheet Review: column \"Decision\" is missing (renamed or deleted?)"),
                Arguments.of(noDocuments, "has no Documents sheet"),
                Arguments.of(noReview, "has no Review sheet"),
                Arguments.of(zipBomb(), "a zip bomb?"),
                Arguments.of(withExternalEntity(), "a sheet is not well-formed XML"),
                Arguments.of(dir.resolve("missing.xlsx"), "no such file"));
    }

    @ParameterizedTest
    @MethodSource("unusableFiles")
    void refusesAFileThatIsNoReviewWorkbookInOneLine(Path sheet, String expected) {
        Path out = dir.resolve("unusable.xml");
        CliRun run = CliRun.of("review", "import", sheet.toString(), "--corpus", corpusXml.toString(), "--out", out.toString());
        assertEquals(ExitCode.BAD_INPUT, run.exit(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("corpus: " + sheet + ": "), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(Files.exists(out));
        assertFalse(run.err().contains("root:"), "no file content leaks: " + run.err());
    }

    /** The review sheet with 50 MB of spaces in its XML: it compresses a thousandfold. */
    static Path zipBomb() throws IOException {
        return rewritten("bomb", "xl/worksheets/sheet1.xml", xml -> xml.replace("<sheetData>",
                "<sheetData>" + " ".repeat(50_000_000)));
    }

    /** A sheet that asks for a local file through an external entity. */
    static Path withExternalEntity() throws IOException {
        return rewritten("xxe", "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>")
                .replaceFirst("<t>Attribution ID</t>", "<t>&e;</t>"));
    }

    static Path rewritten(String name, String part, java.util.function.UnaryOperator<String> change) throws IOException {
        Path target = dir.resolve(name + ".xlsx");
        try (ZipFile in = new ZipFile(reviewXlsx.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] bytes;
                try (InputStream entry = in.getInputStream(e)) {
                    bytes = entry.readAllBytes();
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(part)) {
                    bytes = change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                out.write(bytes);
                out.closeEntry();
            }
        }
        return target;
    }

    static void assertNoStackTrace(CliRun run) {
        List<String> traces = run.err().lines().filter(l -> l.strip().startsWith("at ")).toList();
        assertTrue(traces.isEmpty(), run.err());
    }
}
