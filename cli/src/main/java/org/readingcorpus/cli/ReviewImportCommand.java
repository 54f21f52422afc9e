package org.readingcorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.readingcorpus.exporter.CorpusFormatException;
import org.readingcorpus.exporter.xlsx.ReviewDecision;
import org.readingcorpus.exporter.xlsx.ReviewImport;
import org.readingcorpus.exporter.xlsx.ReviewProblem;
import org.readingcorpus.exporter.xlsx.ReviewedWorkbook;
import org.readingcorpus.exporter.xlsx.WorkbookFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corpus review import REVIEWED.xlsx --corpus corpus.xml --out reviewed.xml}. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Applies a reviewed review.xlsx to the corpus it came from.",
            "",
            "Every row is checked first: ids, decisions, speakers, reviewers, and that each document and "
                    + "attribution is still the one exported (checksums). When a row is wrong nothing is written "
                    + "and every problem is listed by sheet and row, unless --skip-invalid. Each decision is "
                    + "recorded with its reviewer, comment and the time the sheet was saved."})
final class ReviewImportCommand implements Callable<Integer> {

    /** Problems printed in full; beyond, a count. */
    static final int SHOWN_PROBLEMS = 50;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "REVIEWED.xlsx", description = "The review workbook with the reviewers' decisions.")
    Path reviewed;

    @Option(names = "--corpus", required = true, paramLabel = "CORPUS.xml",
            description = "The corpus.xml the workbook was exported from.")
    Path corpus;

    @Option(names = "--out", required = true, paramLabel = "REVIEWED.xml", description = "Where to write the reviewed corpus.")
    Path out;

    @Option(names = "--skip-invalid",
            description = "Apply the valid rows and leave the attributions of invalid ones as they were (listed).")
    boolean skipInvalid;

    @Option(names = "--reviewer", paramLabel = "NAME", description = "The reviewer of rows whose Reviewer cell is empty.")
    String reviewer;

    @Option(names = "--force", description = "Replace REVIEWED.xml if it exists.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but problems.")
    boolean quiet;

    @Override
    public Integer call() throws UserError {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(corpus)) {
            throw new UserError(ExitCode.BAD_INPUT, corpus + ": no such file");
        }
        if (Files.isDirectory(out)) {
            throw new UserError(ExitCode.OUTPUT, out + ": is a folder; --out names the reviewed corpus.xml to write");
        }
        if (Files.exists(out) && !force && !sameFile(out, corpus)) {
            throw new UserError(ExitCode.OUTPUT, out + ": exists; use --force to replace it");
        }
        ReviewedWorkbook sheet;
        try {
            sheet = ReviewedWorkbook.read(reviewed, blankToNull(reviewer));
        } catch (WorkbookFileException e) {
            throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
        }
        ReviewImport.Outcome outcome;
        try {
            outcome = ReviewImport.apply(sheet, corpus, out, savedAt(sheet), skipInvalid);
        } catch (CorpusFormatException e) {
            throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
        } catch (FileSystemException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot write " + e.getFile() + ": " + AnnotateCommand.reason(e));
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot write " + out + ": " + e.getMessage());
        }
        if (!quiet) {
            outcome.notices().forEach(n -> err.println("corpus: note: " + reviewed + ": " + n));
        }
        printProblems(err, outcome.problems());
        if (!outcome.written()) {
            throw new UserError(ExitCode.BAD_INPUT, reviewed + ": " + outcome.problems().size() + " row problem"
                    + (outcome.problems().size() == 1 ? "" : "s") + " (listed above); nothing was written. Fix them,"
                    + " or apply the valid rows with --skip-invalid");
        }
        if (!quiet) {
            err.println(summary(outcome));
        }
        return outcome.problems().isEmpty() ? ExitCode.OK : ExitCode.SKIPPED;
    }

    private void printProblems(PrintWriter err, List<ReviewProblem> problems) {
        String verb = skipInvalid ? "skipped" : "problem";
        problems.stream().limit(SHOWN_PROBLEMS).forEach(p -> err.println("corpus: " + verb + ": " + reviewed + ": " + p));
        if (problems.size() > SHOWN_PROBLEMS) {
            err.println("corpus: " + verb + ": … and " + (problems.size() - SHOWN_PROBLEMS) + " more");
        }
    }

    private String summary(ReviewImport.Outcome o) {
        StringBuilder s = new StringBuilder("applied " + o.appliedTotal() + " decisions");
        for (ReviewDecision d : ReviewDecision.values()) {
            int n = o.applied().getOrDefault(d, 0);
            if (n > 0) {
                s.append(", ").append(n).append(' ').append(d.label());
            }
        }
        if (o.newSpeakers() > 0) {
            s.append(" (").append(o.newSpeakers()).append(" new speaker").append(o.newSpeakers() == 1 ? "" : "s").append(')');
        }
        s.append("; ").append(o.undecided()).append(" rows without a decision stay as they were");
        if (o.commented() > 0) {
            s.append(" (").append(o.commented()).append(" with a comment, recorded)");
        }
        if (!o.problems().isEmpty()) {
            s.append("; ").append(o.problems().size()).append(" skipped");
        }
        return s.append(". Wrote ").append(out).toString();
    }

    /** The time the reviewers' work was saved: the workbook's own record, else the file's time. */
    private Instant savedAt(ReviewedWorkbook sheet) throws UserError {
        if (sheet.savedAt().isPresent()) {
            return sheet.savedAt().get();
        }
        try {
            return Files.getLastModifiedTime(reviewed).toInstant();
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, reviewed + ": " + e.getMessage());
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
