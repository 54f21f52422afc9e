package org.readingcorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.readingcorpus.exporter.xlsx.ReviewAgreement;
import org.readingcorpus.exporter.xlsx.ReviewedWorkbook;
import org.readingcorpus.exporter.xlsx.WorkbookFileException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corpus review agree A.xlsx B.xlsx}: agreement between two reviewers of the same export. */
@Command(name = "agree", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Compares two reviewers of the same review.xlsx.",
            "",
            "Prints agreement per decision, Cohen's kappa over the rows both decided and agreement on the "
                    + "speakers both corrected, and writes the rows where they differ to a spreadsheet for "
                    + "adjudication."})
final class ReviewAgreeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A.xlsx", description = "The first reviewer's workbook.")
    Path a;

    @Parameters(index = "1", paramLabel = "B.xlsx", description = "The second reviewer's workbook.")
    Path b;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "disagreements.xlsx",
            description = "Where to write the disagreements (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @Override
    public Integer call() throws UserError {
        PrintWriter stdout = spec.commandLine().getOut();
        if (Files.exists(out) && !force) {
            throw new UserError(ExitCode.OUTPUT, out + ": exists; use --force to replace it");
        }
        ReviewAgreement.Result r = ReviewAgreement.compare(read(a), read(b));
        stdout.printf("rows: %d in A, %d in B, %d in both (%d only in A, %d only in B)%n",
                r.rowsA(), r.rowsB(), r.common(), r.onlyInA(), r.onlyInB());
        stdout.printf("decided by both: %d, same decision: %d (%s)%n", r.bothDecided(), r.agreed(),
                percent(r.observedAgreement()));
        stdout.printf("Cohen's kappa: %s%n", Double.isNaN(r.kappa()) ? "undefined (no rows, or one category only)"
                : String.format(Locale.ROOT, "%.3f", r.kappa()));
        stdout.printf("%-15s %6s %6s %6s %10s%n", "decision", "A", "B", "both", "agreement");
        for (ReviewAgreement.DecisionCounts c : r.perDecision()) {
            stdout.printf("%-15s %6d %6d %6d %10s%n", c.decision().label(), c.byA(), c.byB(), c.byBoth(),
                    percent(c.specificAgreement()));
        }
        stdout.printf("corrected speakers: both said \"wrong speaker\" on %d rows, named the same speaker on %d (%s)%n",
                r.bothCorrectedSpeaker(), r.sameSpeaker(),
                percent(r.bothCorrectedSpeaker() == 0 ? Double.NaN : (double) r.sameSpeaker() / r.bothCorrectedSpeaker()));
        try {
            ReviewAgreement.writeDisagreements(r, out);
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot write " + out + ": " + e.getMessage());
        }
        stdout.printf("%d disagreements written to %s%n", r.disagreements().size(), out);
        return ExitCode.OK;
    }

    /** A sheet's rows; an empty Reviewer cell stands for the file, and refused rows are reported, not compared. */
    private ReviewedWorkbook read(Path file) throws UserError {
        try {
            ReviewedWorkbook sheet = ReviewedWorkbook.read(file, file.getFileName().toString());
            PrintWriter err = spec.commandLine().getErr();
            sheet.problems().forEach(p -> err.println("corpus: note: " + file + ": " + p + "; the row is left out"));
            return sheet;
        } catch (WorkbookFileException e) {
            throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
        }
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
