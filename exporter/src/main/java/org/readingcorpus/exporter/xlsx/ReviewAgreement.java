package org.readingcorpus.exporter.xlsx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.readingcorpus.exporter.AtomicFile;
import org.readingcorpus.exporter.xlsx.ReviewedWorkbook.ReviewRow;
import org.readingcorpus.model.SpeakerRegistry;

/**
 * How far two reviewers of the same sheet agree: per decision, Cohen's kappa over the rows both
 * decided, and on the speakers they gave where both said "wrong speaker". The rows where they
 * differ go to a spreadsheet for adjudication.
 */
public final class ReviewAgreement {

    /** How often one decision was chosen by each reviewer and by both on the same row. */
    public record DecisionCounts(ReviewDecision decision, int byA, int byB, int byBoth) {
        /** Specific (positive) agreement: 2·both / (A + B); NaN when neither chose it. */
        public double specificAgreement() {
            return byA + byB == 0 ? Double.NaN : 2.0 * byBoth / (byA + byB);
        }
    }

    /** A row the reviewers answered differently, or one answered and the other left blank. */
    public record Disagreement(ReviewRow a, ReviewRow b) {
    }

    public record Result(int rowsA, int rowsB, int common, int bothDecided, int agreed, double kappa,
            List<DecisionCounts> perDecision, int bothCorrectedSpeaker, int sameSpeaker,
            List<Disagreement> disagreements, int onlyInA, int onlyInB) {

        public double observedAgreement() {
            return bothDecided == 0 ? Double.NaN : (double) agreed / bothDecided;
        }
    }

    private ReviewAgreement() {
    }

    public static Result compare(ReviewedWorkbook a, ReviewedWorkbook b) {
        Map<ReviewDecision, int[]> counts = new EnumMap<>(ReviewDecision.class);
        Arrays.stream(ReviewDecision.values()).forEach(d -> counts.put(d, new int[3]));
        List<Disagreement> disagreements = new ArrayList<>();
        int common = 0;
        int bothDecided = 0;
        int agreed = 0;
        int bothCorrected = 0;
        int sameSpeaker = 0;
        for (ReviewRow rowA : a.rows()) {
            Optional<ReviewRow> match = b.row(rowA.documentId(), rowA.attributionId());
            if (match.isEmpty()) {
                continue;
            }
            ReviewRow rowB = match.get();
            common++;
            if (rowA.decision().isEmpty() && rowB.decision().isEmpty()) {
                continue;
            }
            if (rowA.decision().isEmpty() || rowB.decision().isEmpty()) {
                disagreements.add(new Disagreement(rowA, rowB));
                continue;
            }
            ReviewDecision da = rowA.decision().get();
            ReviewDecision db = rowB.decision().get();
            bothDecided++;
            counts.get(da)[0]++;
            counts.get(db)[1]++;
            boolean same = da == db;
            if (same) {
                agreed++;
                counts.get(da)[2]++;
            }
            if (same && da == ReviewDecision.WRONG_SPEAKER) {
                bothCorrected++;
                boolean sameName = SpeakerRegistry.nameKey(rowA.correctSpeaker())
                        .equals(SpeakerRegistry.nameKey(rowB.correctSpeaker()));
                if (sameName) {
                    sameSpeaker++;
                } else {
                    disagreements.add(new Disagreement(rowA, rowB));
                }
            } else if (!same) {
                disagreements.add(new Disagreement(rowA, rowB));
            }
        }
        List<DecisionCounts> perDecision = new ArrayList<>();
        counts.forEach((d, c) -> perDecision.add(new DecisionCounts(d, c[0], c[1], c[2])));
        return new Result(a.rows().size(), b.rows().size(), common, bothDecided, agreed,
                kappa(perDecision, bothDecided, agreed), perDecision, bothCorrected, sameSpeaker, disagreements,
                a.rows().size() - common, b.rows().size() - common);
    }

    /** Cohen's kappa: (observed − chance) / (1 − chance); NaN when chance agreement is certain. */
    static double kappa(List<DecisionCounts> perDecision, int n, int agreed) {
        if (n == 0) {
            return Double.NaN;
        }
        double observed = (double) agreed / n;
        double chance = 0;
        for (DecisionCounts c : perDecision) {
            chance += ((double) c.byA() / n) * ((double) c.byB() / n);
        }
        return chance >= 1.0 ? Double.NaN : (observed - chance) / (1.0 - chance);
    }

    private static final String[] HEADERS = {"Document", "Attribution ID", "Content", "Proposed speaker",
        "Decision A", "Correct speaker A", "Comment A", "Reviewer A",
        "Decision B", "Correct speaker B", "Comment B", "Reviewer B",
        "Adjudication", "Adjudicated speaker", "Note"};
    private static final int[] WIDTHS = {18, 13, 50, 22, 14, 22, 26, 12, 14, 22, 26, 12, 15, 22, 30};
    private static final int ADJUDICATION = 12;

    /** Writes the disagreements, one row each, with empty adjudication columns and the decision dropdown. */
    public static void writeDisagreements(Result result, Path target) throws IOException {
        try (AtomicFile file = new AtomicFile(target)) {
            SXSSFWorkbook workbook = new SXSSFWorkbook(200);
            try {
                ReviewStyles styles = new ReviewStyles(workbook);
                SXSSFSheet sheet = workbook.createSheet("Disagreements");
                Row header = sheet.createRow(0);
                for (int i = 0; i < HEADERS.length; i++) {
                    Cell cell = header.createCell(i);
                    cell.setCellValue(HEADERS[i]);
                    cell.setCellStyle(styles.header);
                    sheet.setColumnWidth(i, WIDTHS[i] * 256);
                }
                int r = 1;
                for (Disagreement d : result.disagreements()) {
                    Row row = sheet.createRow(r++);
                    String[] values = {d.a().documentId(), d.a().attributionId(), d.a().shownContent(),
                        d.a().shownSpeaker(), label(d.a()), d.a().correctSpeaker(), d.a().comment(), d.a().reviewer(),
                        label(d.b()), d.b().correctSpeaker(), d.b().comment(), d.b().reviewer(), "", "", ""};
                    for (int i = 0; i < values.length; i++) {
                        Cell cell = row.createCell(i);
                        cell.setCellValue(ReviewWorkbookWriter.fitCell(values[i]));
                        cell.setCellStyle(i >= ADJUDICATION ? styles.reviewer : styles.machine);
                    }
                }
                int last = Math.max(1, r - 1);
                DataValidationHelper helper = sheet.getDataValidationHelper();
                String[] labels = Arrays.stream(ReviewDecision.values()).map(ReviewDecision::label).toArray(String[]::new);
                DataValidation choice = helper.createValidation(helper.createExplicitListConstraint(labels),
                        new CellRangeAddressList(1, last, ADJUDICATION, ADJUDICATION));
                choice.setShowErrorBox(true);
                sheet.addValidationData(choice);
                sheet.createFreezePane(2, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, last, 0, HEADERS.length - 1));
                workbook.write(file.stream());
                file.commit();
            } finally {
                workbook.close();
                workbook.dispose();
            }
        }
    }

    private static String label(ReviewRow row) {
        return row.decision().map(ReviewDecision::label).orElse("(none)");
    }
}
