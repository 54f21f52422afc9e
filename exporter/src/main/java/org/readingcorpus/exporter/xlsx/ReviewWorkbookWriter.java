package org.readingcorpus.exporter.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.readingcorpus.exporter.AtomicFile;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.Speaker;

/**
 * Writes review.xlsx one document at a time with POI's streaming workbook, so only a window of
 * rows is in memory. One row per attribution, ordered by document and position, with the
 * reviewer's columns (Decision as a dropdown) beside what the annotator proposed. A corpus with
 * more attributions than a sheet has rows goes on in "Review 2", "Review 3" and so on.
 */
public final class ReviewWorkbookWriter implements AutoCloseable {

    /** Excel's limit on the characters of one cell. */
    public static final int MAX_CELL = 32_767;
    public static final String CUT_MARKER = " … [cut: the full text is in corpus.xml]";
    private static final int ROW_WINDOW = 200;
    private static final double LOW_CONFIDENCE = 0.6;

    private final AtomicFile file;
    private final SXSSFWorkbook workbook;
    private final int rowsPerSheet;
    private SXSSFSheet review;
    private int sheets = 1;
    private final CellStyle wrapped;
    private final CellStyle lowConfidence;
    private final CellStyle reviewerCell;
    private final CellStyle header;
    private int nextRow = 1;

    public ReviewWorkbookWriter(Path target) throws IOException {
        this(target, SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** A writer that starts a new Review sheet after {@code rowsPerSheet} rows, header included. */
    ReviewWorkbookWriter(Path target, int rowsPerSheet) throws IOException {
        if (rowsPerSheet < 2) {
            throw new IllegalArgumentException("a sheet needs room for its header and a row: " + rowsPerSheet);
        }
        this.rowsPerSheet = rowsPerSheet;
        this.file = new AtomicFile(target);
        this.workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        this.review = workbook.createSheet("Review");
        this.wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        this.lowConfidence = workbook.createCellStyle();
        lowConfidence.cloneStyleFrom(wrapped);
        lowConfidence.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
        lowConfidence.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        this.reviewerCell = workbook.createCellStyle();
        reviewerCell.cloneStyleFrom(wrapped);
        reviewerCell.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        reviewerCell.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        reviewerCell.setBorderLeft(BorderStyle.THIN);
        this.header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        writeHeader();
    }

    /** How far the context of a row reaches beyond its content, in characters. */
    public static final int CONTEXT_REACH = 600;

    public void write(AnnotatedDocument document) {
        String text = document.text();
        for (Attribution a : document.attributionsInTextOrder()) {
            Content content = document.content(a.contentId());
            if (nextRow == rowsPerSheet) {
                finishSheet();
                review = workbook.createSheet("Review " + ++sheets);
                writeHeader();
                nextRow = 1;
            }
            Row row = review.createRow(nextRow++);
            CellStyle style = a.confidence() < LOW_CONFIDENCE ? lowConfidence : wrapped;
            Speaker speaker = document.speaker(a.speakerId()).orElse(null);
            set(row, ReviewColumn.ATTRIBUTION_ID, a.id(), style);
            set(row, ReviewColumn.DOCUMENT, document.id(), style);
            set(row, ReviewColumn.CONTEXT, paragraphAround(text, content.span()), style);
            set(row, ReviewColumn.CONTENT, content.coveredText(text, " \u2026 "), style);
            set(row, ReviewColumn.KIND, content.kind().name(), style);
            set(row, ReviewColumn.CUE, document.cue(a.cueId()).map(c -> c.span().coveredText(text)).orElse(""), style);
            set(row, ReviewColumn.SOURCE_MENTION,
                    document.sourceMention(a.sourceMentionId()).map(m -> m.span().coveredText(text)).orElse(""), style);
            set(row, ReviewColumn.SPEAKER, speaker == null ? "" : speaker.canonicalName(), style);
            set(row, ReviewColumn.SPEAKER_TYPE, speaker == null ? "" : speaker.type().name(), style);
            Cell confidence = row.createCell(ReviewColumn.CONFIDENCE.ordinal());
            confidence.setCellValue(a.confidence());
            confidence.setCellStyle(style);
            set(row, ReviewColumn.RULE, a.provenance().rule().name(), style);
            set(row, ReviewColumn.EVIDENCE, a.provenance().evidence(), style);
            set(row, ReviewColumn.DECISION, "", reviewerCell);
            set(row, ReviewColumn.CORRECT_SPEAKER, "", reviewerCell);
            set(row, ReviewColumn.COMMENT, a.review().comment() == null ? "" : a.review().comment(), reviewerCell);
            set(row, ReviewColumn.REVIEWER, a.review().reviewer() == null ? "" : a.review().reviewer(), reviewerCell);
        }
    }

    /** Adds the dropdown and filter over the rows written, and moves the file into place. */
    public void finish() throws IOException {
        finishSheet();
        writeInstructions();
        workbook.write(file.stream());
        file.commit();
    }

    private void finishSheet() {
        int lastRow = Math.max(nextRow - 1, 1);
        DataValidationHelper helper = review.getDataValidationHelper();
        String[] labels = Arrays.stream(ReviewDecision.values()).map(ReviewDecision::label).toArray(String[]::new);
        DataValidationConstraint decisions = helper.createExplicitListConstraint(labels);
        DataValidation validation = helper.createValidation(decisions,
                new CellRangeAddressList(1, lastRow, ReviewColumn.DECISION.ordinal(), ReviewColumn.DECISION.ordinal()));
        validation.setShowErrorBox(true);
        validation.createErrorBox("Decision", "Choose one of: " + String.join(", ", labels));
        review.addValidationData(validation);
        review.setAutoFilter(new CellRangeAddress(0, lastRow, 0, ReviewColumn.values().length - 1));
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            workbook.dispose();
            file.close();
        }
    }

    private void writeHeader() {
        Row row = review.createRow(0);
        for (ReviewColumn column : ReviewColumn.values()) {
            Cell cell = row.createCell(column.ordinal());
            cell.setCellValue(column.header());
            cell.setCellStyle(header);
            review.setColumnWidth(column.ordinal(), column.width() * 256);
        }
        review.createFreezePane(1, 1);
    }

    private void writeInstructions() {
        SXSSFSheet sheet = workbook.createSheet("Instructions");
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 90 * 256);
        String[][] lines = {
            {"How to review", "Each row of the Review sheet is one attribution the annotator proposes. Read the "
                    + "paragraph, then choose a Decision; add a Correct speaker, a Comment and your name where useful."},
            {"Orange rows", "The annotator is not sure (confidence below " + LOW_CONFIDENCE + "): look at these first."},
        };
        int r = 0;
        for (String[] line : lines) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line[0]);
            Cell cell = row.createCell(1);
            cell.setCellValue(line[1]);
            cell.setCellStyle(wrapped);
        }
        for (ReviewDecision decision : ReviewDecision.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(decision.label());
            Cell cell = row.createCell(1);
            cell.setCellValue(decision.meaning());
            cell.setCellStyle(wrapped);
        }
    }

    /** Text cells only: POI stores a string as text, so "=…" is never a formula. */
    private static void set(Row row, ReviewColumn column, String value, CellStyle style) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellValue(fitCell(value));
        cell.setCellStyle(style);
    }

    static String fitCell(String value) {
        if (value.length() <= MAX_CELL) {
            return value;
        }
        int keep = MAX_CELL - CUT_MARKER.length();
        if (Character.isHighSurrogate(value.charAt(keep - 1))) {
            keep--;
        }
        return value.substring(0, keep) + CUT_MARKER;
    }

    /**
     * The paragraph (line) holding the span, for context, reaching at most {@value #CONTEXT_REACH}
     * characters beyond it on either side ("…" marks a cut). The bound keeps the cost of a row
     * independent of how long the line is: a scraped page can be one line.
     */
    public static String paragraphAround(String text, Span span) {
        int floor = Math.max(0, span.begin() - CONTEXT_REACH);
        int begin = span.begin();
        while (begin > floor && text.charAt(begin - 1) != '\n' && text.charAt(begin - 1) != '\r') {
            begin--;
        }
        int ceiling = Math.min(text.length(), span.end() + CONTEXT_REACH);
        int end = span.end();
        while (end < ceiling && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        if (begin > 0 && Character.isLowSurrogate(text.charAt(begin))) {
            begin++;
        }
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        boolean cutBefore = begin == floor && begin > 0 && !isLineEnd(text.charAt(begin - 1));
        boolean cutAfter = end == ceiling && end < text.length() && !isLineEnd(text.charAt(end));
        return (cutBefore ? "\u2026" : "") + text.substring(begin, end).strip() + (cutAfter ? "\u2026" : "");
    }

    private static boolean isLineEnd(char c) {
        return c == '\n' || c == '\r';
    }
}
