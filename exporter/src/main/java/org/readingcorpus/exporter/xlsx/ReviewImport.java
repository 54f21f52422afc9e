package org.readingcorpus.exporter.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.readingcorpus.exporter.CorpusFormatException;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.exporter.xml.CorpusXmlWriter;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.CorpusHeader;

/**
 * Brings a reviewed sheet back into its corpus: streams corpus.xml, checks every row against the
 * document it names (text checksum, attribution fingerprint, no row missing), applies the
 * decisions and streams the reviewed corpus out. All or nothing: when any row is wrong the output
 * is not written, unless {@code skipInvalid}, which leaves those attributions as they were and
 * lists them.
 */
public final class ReviewImport {

    /** What an import did, or would have done. */
    public record Outcome(Map<ReviewDecision, Integer> applied, int newSpeakers, int commented, int undecided,
            List<ReviewProblem> problems, List<String> notices, boolean written) {

        public int appliedTotal() {
            return applied.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final ReviewedWorkbook sheet;
    private final Instant time;
    private final boolean skipInvalid;
    private final List<ReviewProblem> problems = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();
    private final Map<ReviewDecision, Integer> applied = new EnumMap<>(ReviewDecision.class);
    private final Set<String> seenDocuments = new HashSet<>();
    private final Set<String> matched = new HashSet<>();
    private int newSpeakers;
    private int commented;
    private int undecided;
    private int lastSequence = -1;
    private boolean reordered;

    private ReviewImport(ReviewedWorkbook sheet, Instant time, boolean skipInvalid) {
        this.sheet = sheet;
        this.time = time;
        this.skipInvalid = skipInvalid;
        problems.addAll(sheet.problems());
        notices.addAll(sheet.notices());
    }

    /**
     * Applies {@code sheet} to the corpus in {@code corpusXml} and writes the result to {@code
     * target}, stamping each decision with {@code time}. Nothing is written when a row is wrong
     * and {@code skipInvalid} is false; the outcome lists the problems either way.
     */
    public static Outcome apply(ReviewedWorkbook sheet, Path corpusXml, Path target, Instant time, boolean skipInvalid)
            throws CorpusFormatException, IOException {
        ReviewImport run = new ReviewImport(sheet, time, skipInvalid);
        CorpusXmlWriter[] writer = {null};
        try {
            new CorpusXmlReader().read(corpusXml,
                    header -> writer[0] = new CorpusXmlWriter(target, reviewed(header, time)),
                    document -> writer[0].write(run.review(document)));
            run.reportLeftovers();
            boolean write = run.problems.isEmpty() || skipInvalid;
            if (write) {
                writer[0].finish();
            }
            return run.outcome(write);
        } finally {
            if (writer[0] != null) {
                writer[0].close();
            }
        }
    }

    private static CorpusHeader reviewed(CorpusHeader header, Instant time) {
        Map<String, String> settings = new LinkedHashMap<>(header.settings());
        settings.put("review.imported", time.toString());
        return new CorpusHeader(header.annotator(), header.annotatorVersion(), settings);
    }

    private AnnotatedDocument review(AnnotatedDocument document) {
        seenDocuments.add(document.id());
        String recorded = sheet.checksum(document.id()).orElse(null);
        if (recorded == null) {
            problems.add(new ReviewProblem(ReviewWorkbookWriter.DOCUMENTS, 0, "document " + document.id()
                    + " of the corpus is not listed: was the sheet exported from another corpus?"));
            return document;
        }
        if (!recorded.equalsIgnoreCase(Fingerprints.textChecksum(document.text()))) {
            problems.add(new ReviewProblem(ReviewWorkbookWriter.DOCUMENTS, sheet.documentRow(document.id()),
                    "the text of document " + document.id() + " has changed since the sheet was exported (its checksum"
                            + " differs); none of its " + document.attributions().size() + " rows can be applied"));
            return document;
        }
        ReviewApplier applier = new ReviewApplier(document, time);
        for (Attribution a : document.attributionsInTextOrder()) {
            var row = sheet.row(document.id(), a.id());
            if (row.isEmpty()) {
                if (!sheet.refused(document.id(), a.id())) {
                    problems.add(new ReviewProblem(ReviewWorkbookWriter.REVIEW, 0, "attribution " + a.id()
                            + " of document " + document.id() + " has no row (deleted?)"));
                }
                continue;
            }
            ReviewedWorkbook.ReviewRow r = row.get();
            matched.add(ReviewedWorkbook.key(document.id(), a.id()));
            noteOrder(r);
            if (!r.fingerprint().equalsIgnoreCase(Fingerprints.attribution(document, a))) {
                problems.add(r.problem("attribution " + a.id() + " of document " + document.id() + " is not the one"
                        + " the row was exported from (the corpus was annotated again, or the row was edited)"));
                continue;
            }
            if (r.decision().isEmpty()) {
                undecided++;
                if (!r.comment().isBlank()) {
                    applier.comment(a, r);
                    commented++;
                }
                continue;
            }
            String refusal = applier.decide(a, r);
            if (refusal != null) {
                problems.add(r.problem(refusal));
            } else {
                applied.merge(r.decision().get(), 1, Integer::sum);
            }
        }
        newSpeakers += applier.newSpeakers();
        return applier.result();
    }

    private void noteOrder(ReviewedWorkbook.ReviewRow row) {
        if (row.sequence() < lastSequence && !reordered) {
            reordered = true;
            notices.add("sheet " + row.sheet() + ", row " + row.row() + ": the rows are not in the order they were"
                    + " exported in (sorted?); they are matched by attribution id, nothing is lost");
        }
        lastSequence = Math.max(lastSequence, row.sequence());
    }

    private void reportLeftovers() {
        for (ReviewedWorkbook.ReviewRow row : sheet.rows()) {
            if (!seenDocuments.contains(row.documentId())) {
                problems.add(row.problem("document " + row.documentId() + " is not in the corpus"));
            }
        }
        for (String document : sheet.documentIds()) {
            if (!seenDocuments.contains(document)) {
                problems.add(new ReviewProblem(ReviewWorkbookWriter.DOCUMENTS, sheet.documentRow(document),
                        "document " + document + " is not in the corpus"));
            }
        }
        // a row of a known document whose attribution the document does not have
        Set<String> rowKeys = new HashSet<>();
        sheet.rows().forEach(r -> rowKeys.add(ReviewedWorkbook.key(r.documentId(), r.attributionId())));
        rowKeys.removeAll(matched);
        for (ReviewedWorkbook.ReviewRow row : sheet.rows()) {
            String key = ReviewedWorkbook.key(row.documentId(), row.attributionId());
            if (rowKeys.contains(key) && seenDocuments.contains(row.documentId())) {
                problems.add(row.problem("document " + row.documentId() + " has no attribution " + row.attributionId()));
            }
        }
        problems.sort(java.util.Comparator.comparing(ReviewProblem::sheet).thenComparingInt(ReviewProblem::row));
    }

    private Outcome outcome(boolean written) {
        return new Outcome(Map.copyOf(applied), newSpeakers, commented, undecided, List.copyOf(problems),
                List.copyOf(notices), written);
    }
}
