package org.readingcorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.readingcorpus.annotator.RuleBasedAnnotator;
import org.readingcorpus.exporter.CorpusFormatException;
import org.readingcorpus.exporter.xlsx.ReviewImport;
import org.readingcorpus.exporter.xlsx.ReviewWorkbookWriter;
import org.readingcorpus.exporter.xlsx.ReviewedWorkbook;
import org.readingcorpus.exporter.xlsx.WorkbookFileException;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.exporter.xml.CorpusXmlWriter;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.CorpusHeader;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.Review;
import org.readingcorpus.model.ReviewState;

/**
 * The review loop at size: a corpus of at least N attributions (the annotated texts cycled with
 * fresh ids) exported to review.xlsx from corpus.xml, a reviewed sheet with a decision on most
 * rows, and its import back into the corpus. Reports time and peak heap per step.
 */
final class ReviewBench {

    private final PrintWriter out;
    private final PrintWriter err;

    ReviewBench(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void run(List<Document> texts, int attributions) throws UserError {
        RuleBasedAnnotator annotator = new RuleBasedAnnotator();
        List<AnnotatedDocument> annotated = new ArrayList<>();
        for (Document d : texts) {
            AnnotatedDocument a = annotator.annotate(d);
            if (!a.attributions().isEmpty()) {
                annotated.add(a);
            }
        }
        if (annotated.isEmpty()) {
            throw new UserError(ExitCode.BAD_INPUT, "the texts have no attribution to review");
        }
        Path dir;
        try {
            dir = Files.createTempDirectory("corpus-review-bench");
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot make a temporary folder: " + e.getMessage());
        }
        Path corpus = dir.resolve("corpus.xml");
        Path reviewedCorpus = dir.resolve("reviewed-corpus.xml");
        Path sheet = dir.resolve("review.xlsx");
        Path reviewedSheet = dir.resolve("reviewed.xlsx");
        Path result = dir.resolve("reviewed.xml");
        try {
            err.printf("review bench: a corpus of %d attributions in %s…%n", attributions, dir);
            err.flush();
            int documents = 0;
            int written = 0;
            CorpusHeader header = new CorpusHeader("bench", RuleBasedAnnotator.VERSION, Map.of());
            try (CorpusXmlWriter pending = new CorpusXmlWriter(corpus, header);
                    CorpusXmlWriter reviewed = new CorpusXmlWriter(reviewedCorpus, header)) {
                for (int i = 0; written < attributions; i++) {
                    AnnotatedDocument d = XmlBench.renamed(annotated.get(i % annotated.size()), "d" + i);
                    pending.write(d);
                    reviewed.write(decided(d));
                    written += d.attributions().size();
                    documents++;
                }
                pending.finish();
                reviewed.finish();
            }
            // what reviewers hand back: the same rows, most of them decided
            try (ReviewWorkbookWriter writer = new ReviewWorkbookWriter(reviewedSheet)) {
                new CorpusXmlReader().read(reviewedCorpus, writer::write);
                writer.finish();
            }

            HeapPeaks.reset();
            long start = System.nanoTime();
            try (ReviewWorkbookWriter writer = new ReviewWorkbookWriter(sheet)) {
                new CorpusXmlReader().read(corpus, writer::write);
                writer.finish();
            }
            double export = seconds(start);
            long exportPeak = HeapPeaks.peak();

            HeapPeaks.reset();
            start = System.nanoTime();
            ReviewedWorkbook decisions = ReviewedWorkbook.read(reviewedSheet, null);
            ReviewImport.Outcome outcome = ReviewImport.apply(decisions, corpus, result, Instant.now(), false);
            double importSeconds = seconds(start);
            long importPeak = HeapPeaks.peak();
            if (!outcome.written()) {
                throw new UserError(ExitCode.FAILURE, "the bench's own sheet did not import: " + outcome.problems().get(0));
            }

            out.printf("%d attributions in %d documents; corpus.xml %.0f MB, review.xlsx %.0f MB%n%n", written,
                    documents, Files.size(corpus) / 1e6, Files.size(sheet) / 1e6);
            out.println("| step | seconds | rows/s | peak heap MB |");
            out.println("| --- | ---: | ---: | ---: |");
            row("export: corpus.xml → review.xlsx", export, written, exportPeak);
            row("import: review.xlsx + corpus.xml → reviewed.xml (" + outcome.appliedTotal() + " decisions)",
                    importSeconds, written, importPeak);
            out.printf("%nheap limit of this JVM: %d MB%n", Runtime.getRuntime().maxMemory() / 1_000_000);
            out.flush();
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, "the review bench failed: " + e.getMessage());
        } catch (CorpusFormatException | WorkbookFileException e) {
            throw new UserError(ExitCode.FAILURE, "the review bench's own files do not read back: " + e.getMessage());
        } finally {
            deleteTree(dir);
        }
    }

    /** Decisions that keep the rows' fingerprints: three in four rows accepted, rejected or flagged, with comments. */
    private static AnnotatedDocument decided(AnnotatedDocument d) {
        List<Attribution> decided = new ArrayList<>();
        int n = 0;
        for (Attribution a : d.attributions()) {
            ReviewState state = switch (n++ % 4) {
                case 0, 1 -> ReviewState.ACCEPTED;
                case 2 -> ReviewState.REJECTED;
                default -> ReviewState.PENDING;
            };
            decided.add(state == ReviewState.PENDING ? a
                    : a.withReview(new Review(state, "bench", Instant.EPOCH, state == ReviewState.REJECTED ? "a headline" : null)));
        }
        return d.withAttributions(decided);
    }

    private void row(String step, double seconds, int rows, long peak) {
        out.printf("| %s | %.1f | %.0f | %d |%n", step, seconds, rows / seconds, peak / 1_000_000);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a temporary folder left behind is not worth failing a finished benchmark
        }
    }
}
