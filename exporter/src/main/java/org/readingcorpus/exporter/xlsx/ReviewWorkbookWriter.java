package org.readingcorpus.exporter.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.readingcorpus.exporter.AtomicFile;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CorpusProfile;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.ReviewState;
import org.readingcorpus.model.SourceProfile;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.Speaker;
import org.readingcorpus.model.SpeakerRegistry;
import org.readingcorpus.model.SpeakerType;

/**
 * Writes review.xlsx one document at a time with POI's streaming workbook, so only a window of
 * rows is in memory. The Review sheet has one row per attribution, ordered by document and
 * position: the paragraph with the quote in bold and the source in colour, what the annotator
 * proposed (locked), and the reviewer's columns (unlocked, with dropdowns). Speakers, Documents
 * and Instructions sheets follow. A corpus with more attributions than a sheet has rows goes on in
 * "Review 2", "Review 3" and so on. A corpus that was reviewed shows its decisions again.
 */
public final class ReviewWorkbookWriter implements AutoCloseable {

    /** Excel's limit on the characters of one cell. */
    public static final int MAX_CELL = 32_767;
    public static final String CUT_MARKER = " … [cut: the full text is in corpus.xml]";
    /** How far the context of a row reaches beyond its content, in characters. */
    public static final int CONTEXT_REACH = ParagraphContext.REACH;
    public static final String REVIEW = "Review";
    public static final String SPEAKERS = "Speakers";
    public static final String DOCUMENTS = "Documents";
    /** Who each article lets speak: its source profile, and the corpus's. */
    public static final String SOURCES = "Sources";
    private static final List<String> SOURCE_HEADERS = List.of("Document", "Title", "Attributions", "Direct", "Mixed",
            "Indirect", "Scare quotes", "Named people", "Organisations", "Media outlets", "Anonymous",
            "No speaker found", "Words", "Words attributed", "Share attributed", "Outlets cited");
    private static final int[] SOURCE_WIDTHS = {18, 36, 12, 8, 8, 9, 9, 10, 12, 10, 11, 10, 9, 10, 10, 40};
    /** Names and verbs kept per speaker for the Speakers sheet. */
    private static final int WORDS_KEPT = 12;
    public static final String INSTRUCTIONS = "Instructions";
    /** Hidden: each document's speakers, for the Correct speaker dropdown. */
    static final String LISTS = "Lists";
    static final double LOW_CONFIDENCE = 0.6;
    private static final int ROW_WINDOW = 200;
    /** Deflate level of the .xlsx: 3 cut an eighth of the write time against the default 6, for a seventh more bytes. */
    private static final int ARCHIVE_LEVEL = 3;
    private static final int MAX_LINES_SHOWN = 10;
    private static final float LINE_HEIGHT = 14.5f;
    /** Characters of running text per unit of column width (the width of a "0"). */
    private static final double CHARACTERS_PER_WIDTH = 1.15;

    private final AtomicFile file;
    private final SXSSFWorkbook workbook;
    private final ReviewStyles styles;
    private final int rowsPerSheet;
    private final List<String> reviewSheets = new ArrayList<>();
    private SXSSFSheet review;
    private int nextRow;
    private final SXSSFSheet documents;
    private int nextDocumentRow = 1;
    private final SXSSFSheet lists;
    private int nextListRow;
    private final SXSSFSheet sources;
    private int nextSourceRow = 1;
    private final CorpusProfile corpusProfile = new CorpusProfile();
    private final Map<String, SpeakerTotals> speakers = new LinkedHashMap<>();

    /** One speaker of the corpus as the Speakers sheet counts it: same type and name key across documents. */
    private static final class SpeakerTotals {
        final String name;
        final SpeakerType type;
        final Set<String> aliases = new LinkedHashSet<>();
        final Set<String> documents = new LinkedHashSet<>();
        final Set<String> namedAs = new LinkedHashSet<>();
        final Set<String> cues = new LinkedHashSet<>();
        int attributions;

        SpeakerTotals(String name, SpeakerType type) {
            this.name = name;
            this.type = type;
        }
    }

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
        this.workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false) {
            @Override
            protected SheetDataWriter createSheetDataWriter() throws IOException {
                return new RichTextSheetDataWriter();
            }

            /** A quicker compression of the finished workbook: most of the writer thread's time went to it. */
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
                zip.setLevel(ARCHIVE_LEVEL);
                return zip;
            }
        };
        this.styles = new ReviewStyles(workbook);
        startReviewSheet();
        this.documents = workbook.createSheet(DOCUMENTS);
        writeHeader(documents, Arrays.stream(DocumentColumn.values()).map(DocumentColumn::header).toList(),
                Arrays.stream(DocumentColumn.values()).mapToInt(DocumentColumn::width).toArray());
        documents.createFreezePane(1, 1);
        documents.setColumnHidden(DocumentColumn.CHECKSUM.ordinal(), true);
        this.lists = workbook.createSheet(LISTS);
        this.sources = workbook.createSheet(SOURCES);
        writeHeader(sources, SOURCE_HEADERS, SOURCE_WIDTHS);
        sources.createFreezePane(1, 1);
    }

    public void write(AnnotatedDocument document) {
        write(document, SourceProfile.of(document));
    }

    /** As {@link #write(AnnotatedDocument)}, with the document's profile already counted by the caller. */
    public void write(AnnotatedDocument document, SourceProfile profile) {
        String text = document.text();
        Map<ContentKind, Integer> kinds = new java.util.EnumMap<>(ContentKind.class);
        int reviewed = 0;
        for (Attribution a : document.attributionsInTextOrder()) {
            Content content = document.content(a.contentId());
            kinds.merge(content.kind(), 1, Integer::sum);
            if (a.review().state() != ReviewState.PENDING) {
                reviewed++;
            }
            if (nextRow == rowsPerSheet) {
                finishReviewSheet();
                startReviewSheet();
            }
            writeRow(review.createRow(nextRow++), document, text, a, content);
            document.speaker(a.speakerId()).ifPresent(s -> totals(s).attributions++);
        }
        for (Speaker s : document.speakers()) {
            SpeakerTotals totals = totals(s);
            totals.documents.add(document.id());
            s.aliases().stream().filter(alias -> !alias.equals(totals.name)).forEach(totals.aliases::add);
        }
        writeDocumentRow(document, kinds, reviewed);
        writeSpeakerChoices(document);
        corpusProfile.add(profile);
        writeSourceRow(sources.createRow(nextSourceRow++), document.id(), title(document), profile.count(ContentKind.DIRECT),
                profile.count(ContentKind.MIXED), profile.count(ContentKind.INDIRECT), profile.count(ContentKind.SCARE_QUOTE),
                profile::count, profile.words(), profile.attributedWords(),
                profile.outlets().stream().map(o -> o.name() + " (" + o.attributions() + ")").toList());
        for (SourceProfile.SpeakerShare share : profile.speakers()) {
            document.speaker(share.speakerId()).ifPresent(s -> {
                SpeakerTotals totals = totals(s);
                share.presentedAs().stream().limit(WORDS_KEPT - totals.namedAs.size()).forEach(totals.namedAs::add);
                share.cues().stream().limit(WORDS_KEPT - totals.cues.size()).forEach(totals.cues::add);
            });
        }
    }

    private static String title(AnnotatedDocument document) {
        String title = document.document().metadata().title();
        return title == null ? "" : title;
    }

    private void writeSourceRow(Row row, String document, String title, int direct, int mixed, int indirect, int scare,
            java.util.function.ToIntFunction<SpeakerType> byType, int words, int attributedWords, List<String> outlets) {
        int c = 0;
        setText(row, c++, document, styles.machine);
        setText(row, c++, title, styles.machine);
        int attributions = 0;
        for (SpeakerType t : SpeakerType.values()) {
            attributions += byType.applyAsInt(t);
        }
        for (int n : new int[] {attributions, direct, mixed, indirect, scare, byType.applyAsInt(SpeakerType.PERSON),
            byType.applyAsInt(SpeakerType.ORGANIZATION), byType.applyAsInt(SpeakerType.MEDIA_OUTLET),
            byType.applyAsInt(SpeakerType.ANONYMOUS), byType.applyAsInt(SpeakerType.UNKNOWN), words, attributedWords}) {
            setNumber(row, c++, n);
        }
        Cell share = row.createCell(c++);
        share.setCellValue(words == 0 ? 0 : (double) attributedWords / words);
        share.setCellStyle(styles.percent);
        setText(row, c, String.join("; ", outlets), styles.machine);
    }

    private SpeakerTotals totals(Speaker s) {
        return speakers.computeIfAbsent(s.type() + " " + SpeakerRegistry.nameKey(s.canonicalName()),
                k -> new SpeakerTotals(s.canonicalName(), s.type()));
    }

    private void writeRow(Row row, AnnotatedDocument document, String text, Attribution a, Content content) {
        boolean doubtful = a.confidence() < LOW_CONFIDENCE;
        CellStyle style = doubtful ? styles.doubtful : styles.machine;
        Speaker speaker = document.speaker(a.speakerId()).orElse(null);
        var cue = document.cue(a.cueId());
        var mention = document.sourceMention(a.sourceMentionId());
        set(row, ReviewColumn.ATTRIBUTION_ID, a.id(), style);
        set(row, ReviewColumn.DOCUMENT, document.id(), style);
        Cell context = row.createCell(ReviewColumn.CONTEXT.ordinal());
        context.setCellValue(highlighted(text, content, cue.map(c -> c.span()).orElse(null),
                mention.map(m -> m.span()).orElse(null)));
        context.setCellStyle(doubtful ? styles.doubtfulContext : styles.context);
        String contentText = content.coveredText(text, " \u2026 ");
        set(row, ReviewColumn.CONTENT, contentText, style);
        set(row, ReviewColumn.KIND, content.kind().name(), style);
        set(row, ReviewColumn.CUE, cue.map(c -> c.span().coveredText(text)).orElse(""), style);
        set(row, ReviewColumn.SOURCE_MENTION, mention.map(m -> m.span().coveredText(text)).orElse(""), style);
        boolean corrected = a.review().state() == ReviewState.CORRECTED;
        Speaker shownSpeaker = corrected
                ? document.speaker(a.review().proposedSpeakerId()).orElse(speaker) : speaker;
        set(row, ReviewColumn.SPEAKER, shownSpeaker == null ? "" : shownSpeaker.canonicalName(), style);
        set(row, ReviewColumn.SPEAKER_TYPE, shownSpeaker == null ? "" : SpeakerTypeLabel.of(shownSpeaker.type()), style);
        Cell confidence = row.createCell(ReviewColumn.CONFIDENCE.ordinal());
        confidence.setCellValue(a.confidence());
        confidence.setCellStyle(doubtful ? styles.doubtfulNumber : styles.number);
        set(row, ReviewColumn.RULE, a.provenance().rule().name(), style);
        set(row, ReviewColumn.EVIDENCE, a.provenance().evidence(), style);
        set(row, ReviewColumn.DECISION, ReviewDecision.of(a.review().state()).map(ReviewDecision::label).orElse(""),
                styles.reviewer);
        set(row, ReviewColumn.CORRECT_SPEAKER, corrected && speaker != null ? speaker.canonicalName() : "", styles.reviewer);
        set(row, ReviewColumn.NEW_SPEAKER_TYPE, "", styles.reviewer);
        set(row, ReviewColumn.COMMENT, orEmpty(a.review().comment()), styles.reviewer);
        set(row, ReviewColumn.REVIEWER, orEmpty(a.review().reviewer()), styles.reviewer);
        set(row, ReviewColumn.FINGERPRINT, Fingerprints.attribution(document, a), style);
        row.setHeightInPoints(LINE_HEIGHT * linesShown(context.getStringCellValue(), contentText));
    }

    /** Enough lines for the taller of paragraph and content, wrapped at their widths, within a bound. */
    private static int linesShown(String context, String content) {
        int lines = Math.max(wrappedLines(context, ReviewColumn.CONTEXT.width()), wrappedLines(content, ReviewColumn.CONTENT.width()));
        return Math.max(1, Math.min(MAX_LINES_SHOWN, lines));
    }

    private static int wrappedLines(String text, int width) {
        return (int) Math.ceil(text.length() / (width * CHARACTERS_PER_WIDTH));
    }

    /** The paragraph with the content in bold, the source mention in blue italics and the cue underlined. */
    private static HighlightedText highlighted(String text, Content content, Span cue, Span mention) {
        ParagraphContext paragraph = ParagraphContext.around(text, content.span());
        String shown = fitCell(paragraph.shown());
        List<HighlightedText.Marked> marks = new ArrayList<>();
        for (Span fragment : content.fragments()) {
            marks.add(new HighlightedText.Marked(paragraph.shownPart(fragment), HighlightedText.Mark.QUOTE));
        }
        if (mention != null) {
            marks.add(new HighlightedText.Marked(paragraph.shownPart(mention), HighlightedText.Mark.SOURCE));
        }
        if (cue != null) {
            marks.add(new HighlightedText.Marked(paragraph.shownPart(cue), HighlightedText.Mark.CUE));
        }
        return new HighlightedText(shown, marks);
    }

    private void writeDocumentRow(AnnotatedDocument document, Map<ContentKind, Integer> kinds, int reviewed) {
        Row row = documents.createRow(nextDocumentRow++);
        DocumentMetadata m = document.document().metadata();
        CellStyle style = styles.machine;
        setText(row, DocumentColumn.DOCUMENT.ordinal(), document.id(), style);
        setText(row, DocumentColumn.TITLE.ordinal(), orEmpty(m.title()), style);
        setText(row, DocumentColumn.OUTLET.ordinal(), orEmpty(m.outlet()), style);
        setText(row, DocumentColumn.AUTHOR.ordinal(), orEmpty(m.author()), style);
        setText(row, DocumentColumn.PUBLISHED.ordinal(), m.publicationDate() == null ? "" : m.publicationDate().toString(), style);
        setText(row, DocumentColumn.URL.ordinal(), orEmpty(m.url()), style);
        setText(row, DocumentColumn.SOURCE_FILE.ordinal(), m.source() == null ? "" : m.source().file(), style);
        setNumber(row, DocumentColumn.CHARACTERS.ordinal(), document.text().codePointCount(0, document.text().length()));
        setNumber(row, DocumentColumn.ATTRIBUTIONS.ordinal(), document.attributions().size());
        setNumber(row, DocumentColumn.DIRECT.ordinal(), kinds.getOrDefault(ContentKind.DIRECT, 0));
        setNumber(row, DocumentColumn.MIXED.ordinal(), kinds.getOrDefault(ContentKind.MIXED, 0));
        setNumber(row, DocumentColumn.INDIRECT.ordinal(), kinds.getOrDefault(ContentKind.INDIRECT, 0));
        setNumber(row, DocumentColumn.SCARE_QUOTES.ordinal(), kinds.getOrDefault(ContentKind.SCARE_QUOTE, 0));
        setNumber(row, DocumentColumn.SPEAKERS.ordinal(), document.speakers().size());
        setNumber(row, DocumentColumn.REVIEWED.ordinal(), reviewed);
        setText(row, DocumentColumn.CHECKSUM.ordinal(), Fingerprints.textChecksum(document.text()), style);
    }

    /** The document's speakers, one row each, for the Correct speaker dropdown of its rows. */
    private void writeSpeakerChoices(AnnotatedDocument document) {
        if (document.attributions().isEmpty()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        document.speakers().forEach(s -> names.add(s.canonicalName()));
        if (names.isEmpty()) {
            names.add("");
        }
        for (String name : names) {
            Row row = lists.createRow(nextListRow++);
            row.createCell(0).setCellValue(document.id());
            row.createCell(1).setCellValue(fitCell(name));
        }
    }

    /** Adds the dropdowns, filters and the closing sheets, and moves the file into place. */
    public void finish() throws IOException {
        finishReviewSheet();
        documents.setAutoFilter(new CellRangeAddress(0, Math.max(1, nextDocumentRow - 1), 0, DocumentColumn.values().length - 1));
        sources.setAutoFilter(new CellRangeAddress(0, Math.max(1, nextSourceRow - 1), 0, SOURCE_HEADERS.size() - 1));
        // the corpus's totals below the filtered rows, so sorting the articles leaves them in place
        writeSourceRow(sources.createRow(nextSourceRow + 1), "Whole corpus", corpusProfile.documents() + " articles",
                corpusProfile.count(ContentKind.DIRECT), corpusProfile.count(ContentKind.MIXED),
                corpusProfile.count(ContentKind.INDIRECT), corpusProfile.count(ContentKind.SCARE_QUOTE), corpusProfile::count,
                corpusProfile.words(), corpusProfile.attributedWords(),
                corpusProfile.outlets().stream().map(o -> o.name() + " (" + o.documents() + " articles)").toList());
        protect(sources);
        protect(documents);
        writeSpeakers();
        writeInstructions();
        protect(lists);
        workbook.setSheetHidden(workbook.getSheetIndex(LISTS), true);
        List<String> order = new ArrayList<>(reviewSheets);
        order.addAll(List.of(SPEAKERS, SOURCES, DOCUMENTS, INSTRUCTIONS, LISTS));
        for (int i = 0; i < order.size(); i++) {
            workbook.setSheetOrder(order.get(i), i);
        }
        workbook.setActiveSheet(0);
        workbook.write(file.stream());
        file.commit();
    }

    private void startReviewSheet() {
        String name = reviewSheets.isEmpty() ? REVIEW : REVIEW + " " + (reviewSheets.size() + 1);
        reviewSheets.add(name);
        review = workbook.createSheet(name);
        writeHeader(review, Arrays.stream(ReviewColumn.values()).map(ReviewColumn::header).toList(),
                Arrays.stream(ReviewColumn.values()).mapToInt(ReviewColumn::width).toArray());
        review.setColumnHidden(ReviewColumn.FINGERPRINT.ordinal(), true);
        review.createFreezePane(1, 1);
        // printed (or converted to PDF) a row keeps its columns together: landscape, one page wide
        review.setFitToPage(true);
        review.getPrintSetup().setLandscape(true);
        review.getPrintSetup().setPaperSize(PrintSetup.A3_PAPERSIZE);
        review.getPrintSetup().setFitWidth((short) 1);
        review.getPrintSetup().setFitHeight((short) 0);
        review.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        nextRow = 1;
    }

    private void finishReviewSheet() {
        int lastRow = Math.max(nextRow - 1, 1);
        DataValidationHelper helper = review.getDataValidationHelper();
        String[] labels = Arrays.stream(ReviewDecision.values()).map(ReviewDecision::label).toArray(String[]::new);
        DataValidation decisions = helper.createValidation(helper.createExplicitListConstraint(labels),
                column(ReviewColumn.DECISION, lastRow));
        decisions.setShowErrorBox(true);
        decisions.createErrorBox("Decision", "Choose one of: " + String.join(", ", labels));
        review.addValidationData(decisions);

        // the document's own speakers: its rows of the hidden Lists sheet, found by the row's document id
        String document = "$" + ReviewColumn.DOCUMENT.letter() + "2";
        DataValidationConstraint documentSpeakers = helper.createFormulaListConstraint(
                "OFFSET(" + LISTS + "!$B$1,MATCH(" + document + "," + LISTS + "!$A:$A,0)-1,0,COUNTIF(" + LISTS
                        + "!$A:$A," + document + "),1)");
        DataValidation speakerChoice = helper.createValidation(documentSpeakers, column(ReviewColumn.CORRECT_SPEAKER, lastRow));
        speakerChoice.setShowErrorBox(false);
        speakerChoice.createPromptBox("Correct speaker", "Choose a speaker of this document, or type a new name"
                + " (and set New speaker type).");
        speakerChoice.setShowPromptBox(true);
        review.addValidationData(speakerChoice);

        DataValidation types = helper.createValidation(helper.createExplicitListConstraint(SpeakerTypeLabel.choices()),
                column(ReviewColumn.NEW_SPEAKER_TYPE, lastRow));
        types.setShowErrorBox(true);
        types.createErrorBox("New speaker type", "Choose one of: " + String.join(", ", SpeakerTypeLabel.choices()));
        review.addValidationData(types);

        review.setAutoFilter(new CellRangeAddress(0, lastRow, 0, ReviewColumn.values().length - 1));
        protect(review);
    }

    private static CellRangeAddressList column(ReviewColumn column, int lastRow) {
        return new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal());
    }

    /** Locked cells stay locked, without a password: a guard against slips, not a secret. */
    private static void protect(SXSSFSheet sheet) {
        sheet.lockAutoFilter(false);
        sheet.lockSort(false);
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        sheet.enableLocking();
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

    private void writeHeader(SXSSFSheet sheet, List<String> headers, int[] widths) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    private void writeSpeakers() {
        SXSSFSheet sheet = workbook.createSheet(SPEAKERS);
        List<String> headers = List.of("Speaker", "Type", "Aliases", "Attributions", "Documents", "Named as",
                "Reported with", "Appears in");
        writeHeader(sheet, headers, new int[] {30, 14, 30, 13, 11, 40, 24, 50});
        List<SpeakerTotals> ordered = new ArrayList<>(speakers.values());
        ordered.sort(Comparator.comparingInt((SpeakerTotals s) -> -s.attributions).thenComparing(s -> s.name));
        int r = 1;
        for (SpeakerTotals s : ordered) {
            Row row = sheet.createRow(r++);
            setText(row, 0, s.name, styles.machine);
            setText(row, 1, SpeakerTypeLabel.of(s.type), styles.machine);
            setText(row, 2, String.join("; ", s.aliases), styles.machine);
            setNumber(row, 3, s.attributions);
            setNumber(row, 4, s.documents.size());
            setText(row, 5, String.join("; ", s.namedAs), styles.machine);
            setText(row, 6, String.join(", ", s.cues), styles.machine);
            setText(row, 7, String.join(", ", s.documents), styles.machine);
        }
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, headers.size() - 1));
        protect(sheet);
    }

    private void writeInstructions() {
        SXSSFSheet sheet = workbook.createSheet(INSTRUCTIONS);
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"How to review", "Each row of the Review sheet is one attribution the annotator"
                + " proposes. Read the paragraph (the content in bold, the source in blue italics, the cue underlined),"
                + " then choose a Decision. Only the yellow columns can be edited."});
        lines.add(new String[] {"Orange rows", "The annotator is not sure (confidence below " + LOW_CONFIDENCE
                + "): look at these first. Sort or filter by Confidence with the header's filter button."});
        lines.add(new String[] {"Decisions", "Leave Decision empty for a row you have not reviewed: it stays pending."
                + " Emptying a decision imported before does not undo it: choose another one instead."});
        for (ReviewDecision decision : ReviewDecision.values()) {
            lines.add(new String[] {decision.label(), decision.meaning()});
        }
        lines.add(new String[] {"Correct speaker", "For \"wrong speaker\": a speaker of the document from the dropdown,"
                + " or a new name. A new speaker's type goes in New speaker type (person if left empty)."});
        lines.add(new String[] {"Comment, Reviewer", "Anything the next reader should know; your name or initials."
                + " Every decided row needs a reviewer (or give one for the whole sheet when importing)."});
        lines.add(new String[] {"Bringing it back", "corpus review import review.xlsx --corpus corpus.xml --out reviewed.xml"
                + " checks every row first and changes nothing if one is wrong (it lists them by sheet and row)."});
        lines.add(new String[] {"Do not", "Rename the sheets or the headers, or edit the locked columns: the import"
                + " checks that each row still matches the corpus it came from."});
        int r = 0;
        for (String[] line : lines) {
            Row row = sheet.createRow(r++);
            setText(row, 0, line[0], styles.header);
            setText(row, 1, line[1], styles.machine);
        }
        protect(sheet);
    }

    /** Text cells only: POI stores a string as text, so "=…" is never a formula. */
    private static void set(Row row, ReviewColumn column, String value, CellStyle style) {
        setText(row, column.ordinal(), value, style);
    }

    /** An empty value leaves the cell blank (styled): a program that edits it then writes a plain value. */
    private static void setText(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (!value.isEmpty()) {
            cell.setCellValue(fitCell(value));
        }
        cell.setCellStyle(style);
    }

    private void setNumber(Row row, int column, double value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(styles.machine);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
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

    /** The paragraph around {@code span} as the Review sheet shows it, without highlighting. */
    public static String paragraphAround(String text, Span span) {
        return ParagraphContext.around(text, span).shown();
    }
}
