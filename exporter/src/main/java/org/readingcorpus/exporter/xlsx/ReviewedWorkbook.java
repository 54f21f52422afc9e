package org.readingcorpus.exporter.xlsx;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.readingcorpus.model.SpeakerType;

/**
 * The decisions of a reviewed review.xlsx, each row checked on its own: ids present, a decision
 * from the list, a speaker where the decision needs one, a reviewer. Whether a row still matches
 * the corpus is checked when it is applied ({@link ReviewImport}). Columns are found by header, so
 * moved columns are only noted; a missing one makes the sheet unusable.
 */
public final class ReviewedWorkbook {

    /** One reviewed row. {@code decision} is empty when the reviewer left it blank. */
    public record ReviewRow(String sheet, int row, int sequence, String documentId, String attributionId,
            String fingerprint, Optional<ReviewDecision> decision, String correctSpeaker,
            Optional<SpeakerType> newSpeakerType, String comment, String reviewer, String shownContent,
            String shownSpeaker) {

        /** The row says something: a decision, or at least a comment. */
        public boolean hasContent() {
            return decision.isPresent() || !comment.isBlank();
        }

        ReviewProblem problem(String message) {
            return new ReviewProblem(sheet, row, message);
        }
    }

    private static final Set<ReviewColumn> READ = Set.of(ReviewColumn.ATTRIBUTION_ID, ReviewColumn.DOCUMENT,
            ReviewColumn.FINGERPRINT, ReviewColumn.DECISION, ReviewColumn.CORRECT_SPEAKER,
            ReviewColumn.NEW_SPEAKER_TYPE, ReviewColumn.COMMENT, ReviewColumn.REVIEWER, ReviewColumn.CONTENT,
            ReviewColumn.SPEAKER);

    private final Map<String, ReviewRow> rows = new LinkedHashMap<>();
    /** Rows refused on their own, by key: their attributions are not "missing" too. */
    private final Set<String> refused = new java.util.HashSet<>();
    private final Map<String, String> checksums = new HashMap<>();
    private final Map<String, Integer> documentRows = new HashMap<>();
    private final List<ReviewProblem> problems = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    private Instant savedAt;

    private ReviewedWorkbook() {
    }

    /** When the workbook was last saved, as the program that saved it recorded. */
    public Optional<Instant> savedAt() {
        return Optional.ofNullable(savedAt);
    }

    /**
     * Reads {@code file}; {@code defaultReviewer} (may be null) stands for an empty Reviewer cell.
     *
     * @throws WorkbookFileException when the file is not a review workbook at all: not an .xlsx, no
     *     Review or Documents sheet, a required column missing
     */
    public static ReviewedWorkbook read(Path file, String defaultReviewer) throws WorkbookFileException {
        ReviewedWorkbook result = new ReviewedWorkbook();
        try (WorkbookTables tables = WorkbookTables.open(file)) {
            List<String> names = tables.sheetNames();
            List<String> reviewSheets = names.stream().filter(ReviewedWorkbook::isReviewSheet).toList();
            if (reviewSheets.isEmpty()) {
                throw new WorkbookFileException(file, "has no " + ReviewWorkbookWriter.REVIEW
                        + " sheet; is it a review.xlsx written by corpus? (sheets: " + String.join(", ", names) + ")");
            }
            if (!names.contains(ReviewWorkbookWriter.DOCUMENTS)) {
                throw new WorkbookFileException(file, "has no " + ReviewWorkbookWriter.DOCUMENTS
                        + " sheet: it holds the checksums the import needs");
            }
            result.savedAt = tables.savedAt().orElse(null);
            result.readDocuments(file, tables);
            int[] sequence = {0};
            for (String sheet : reviewSheets) {
                Set<String> wanted = READ.stream().map(ReviewColumn::header).collect(Collectors.toSet());
                tables.readTable(sheet, wanted, new WorkbookTables.TableHandler() {
                    @Override
                    public void header(Map<Integer, String> headers) throws WorkbookFileException {
                        result.checkHeader(file, sheet, headers);
                    }

                    @Override
                    public void row(WorkbookTables.TableRow row) {
                        if (!row.isBlank()) {
                            result.addRow(sheet, row, sequence[0]++, defaultReviewer);
                        }
                    }
                });
            }
        }
        return result;
    }

    static boolean isReviewSheet(String name) {
        return name.equals(ReviewWorkbookWriter.REVIEW) || name.matches(ReviewWorkbookWriter.REVIEW + " [0-9]+");
    }

    /** Rows by {@link #key}, in sheet order. */
    public Collection<ReviewRow> rows() {
        return rows.values();
    }

    public Optional<ReviewRow> row(String documentId, String attributionId) {
        return Optional.ofNullable(rows.get(key(documentId, attributionId)));
    }

    /** Whether the row of an attribution was there but refused (and reported) on its own. */
    public boolean refused(String documentId, String attributionId) {
        return refused.contains(key(documentId, attributionId));
    }

    /** The text checksum the Documents sheet recorded for a document, if it lists it. */
    public Optional<String> checksum(String documentId) {
        return Optional.ofNullable(checksums.get(documentId));
    }

    /** The row of the Documents sheet that lists a document. */
    public int documentRow(String documentId) {
        return documentRows.getOrDefault(documentId, 0);
    }

    public Set<String> documentIds() {
        return checksums.keySet();
    }

    /** Rows that cannot be applied whatever the corpus says. */
    public List<ReviewProblem> problems() {
        return List.copyOf(problems);
    }

    /** Things worth saying that lose nothing: moved columns, extra columns. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    static String key(String documentId, String attributionId) {
        return documentId + '\u0000' + attributionId;
    }

    private void readDocuments(Path file, WorkbookTables tables) throws WorkbookFileException {
        String id = DocumentColumn.DOCUMENT.header();
        String checksum = DocumentColumn.CHECKSUM.header();
        tables.readTable(ReviewWorkbookWriter.DOCUMENTS, Set.of(id, checksum), new WorkbookTables.TableHandler() {
            @Override
            public void header(Map<Integer, String> headers) throws WorkbookFileException {
                for (String required : List.of(id, checksum)) {
                    if (!headers.containsValue(required)) {
                        throw new WorkbookFileException(file, "sheet " + ReviewWorkbookWriter.DOCUMENTS + ": column \""
                                + required + "\" is missing (renamed or deleted?)");
                    }
                }
            }

            @Override
            public void row(WorkbookTables.TableRow row) {
                if (!row.get(id).isBlank()) {
                    checksums.put(row.get(id).strip(), row.get(checksum).strip());
                    documentRows.put(row.get(id).strip(), row.number());
                }
            }
        });
    }

    private void checkHeader(Path file, String sheet, Map<Integer, String> headers) throws WorkbookFileException {
        for (ReviewColumn column : READ) {
            if (!headers.containsValue(column.header())) {
                throw new WorkbookFileException(file, "sheet " + sheet + ": column \"" + column.header()
                        + "\" is missing (renamed or deleted?)");
            }
        }
        List<String> moved = new ArrayList<>();
        headers.forEach((index, header) -> Arrays.stream(ReviewColumn.values())
                .filter(c -> c.header().equals(header) && c.ordinal() != index)
                .forEach(c -> moved.add("\"" + header + "\" from " + c.letter() + " to "
                        + org.apache.poi.ss.util.CellReference.convertNumToColString(index))));
        if (!moved.isEmpty()) {
            notices.add("sheet " + sheet + ": columns moved (" + String.join(", ", moved)
                    + "); they are read by their headers, nothing is lost");
        }
        List<String> extra = new ArrayList<>();
        headers.forEach((index, header) -> {
            if (!header.isEmpty() && Arrays.stream(ReviewColumn.values()).noneMatch(c -> c.header().equals(header))) {
                extra.add("\"" + header + "\" (" + org.apache.poi.ss.util.CellReference.convertNumToColString(index) + ")");
            }
        });
        if (!extra.isEmpty()) {
            notices.add("sheet " + sheet + ": columns added by hand are not read: " + String.join(", ", extra));
        }
    }

    private void addRow(String sheet, WorkbookTables.TableRow cells, int sequence, String defaultReviewer) {
        String documentId = cells.get(ReviewColumn.DOCUMENT.header()).strip();
        String attributionId = cells.get(ReviewColumn.ATTRIBUTION_ID.header()).strip();
        String decisionText = cells.get(ReviewColumn.DECISION.header()).strip();
        String correctSpeaker = cells.get(ReviewColumn.CORRECT_SPEAKER.header()).strip();
        String typeText = cells.get(ReviewColumn.NEW_SPEAKER_TYPE.header()).strip();
        String reviewer = cells.get(ReviewColumn.REVIEWER.header()).strip();
        if (reviewer.isEmpty() && defaultReviewer != null) {
            reviewer = defaultReviewer;
        }
        Optional<ReviewDecision> decision = decisionText.isEmpty() ? Optional.empty() : ReviewDecision.parse(decisionText);
        Optional<SpeakerType> type = typeText.isEmpty() ? Optional.empty() : SpeakerTypeLabel.parse(typeText);
        ReviewRow row = new ReviewRow(sheet, cells.number(), sequence, documentId, attributionId,
                cells.get(ReviewColumn.FINGERPRINT.header()).strip(), decision, correctSpeaker, type,
                cells.get(ReviewColumn.COMMENT.header()), reviewer, cells.get(ReviewColumn.CONTENT.header()),
                cells.get(ReviewColumn.SPEAKER.header()));
        String problem = check(row, decisionText, typeText);
        if (problem != null) {
            problems.add(row.problem(problem));
            refused.add(key(documentId, attributionId));
            return;
        }
        ReviewRow earlier = rows.putIfAbsent(key(documentId, attributionId), row);
        if (earlier != null) {
            problems.add(row.problem("attribution " + attributionId + " of document " + documentId
                    + " is already on sheet " + earlier.sheet() + ", row " + earlier.row() + " (a copied row?)"));
        }
    }

    private static String check(ReviewRow row, String decisionText, String typeText) {
        if (row.documentId().isEmpty() || row.attributionId().isEmpty()) {
            return "the row has no " + (row.documentId().isEmpty() ? ReviewColumn.DOCUMENT.header()
                    : ReviewColumn.ATTRIBUTION_ID.header()) + " (a row added by hand?)";
        }
        if (!decisionText.isEmpty() && row.decision().isEmpty()) {
            return "decision \"" + decisionText + "\" is not one of: " + Arrays.stream(ReviewDecision.values())
                    .map(ReviewDecision::label).collect(Collectors.joining(", "));
        }
        if (!typeText.isEmpty() && row.newSpeakerType().isEmpty()) {
            return "new speaker type \"" + typeText + "\" is not one of: " + String.join(", ", SpeakerTypeLabel.choices());
        }
        boolean wrongSpeaker = row.decision().filter(d -> d == ReviewDecision.WRONG_SPEAKER).isPresent();
        if (wrongSpeaker && row.correctSpeaker().isEmpty()) {
            return "\"" + ReviewDecision.WRONG_SPEAKER.label() + "\" needs the right one in "
                    + ReviewColumn.CORRECT_SPEAKER.header();
        }
        if (!wrongSpeaker && !row.correctSpeaker().isEmpty()) {
            return ReviewColumn.CORRECT_SPEAKER.header() + " is filled in but the decision is "
                    + row.decision().map(d -> "\"" + d.label() + "\"").orElse("empty") + ", not \""
                    + ReviewDecision.WRONG_SPEAKER.label() + "\"";
        }
        if (row.hasContent() && row.reviewer().isEmpty()) {
            return "no " + ReviewColumn.REVIEWER.header() + ": fill it in, or give one for the whole sheet with --reviewer";
        }
        return null;
    }
}
