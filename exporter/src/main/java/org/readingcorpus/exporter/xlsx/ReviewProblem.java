package org.readingcorpus.exporter.xlsx;

/** One thing wrong with a reviewed sheet, where a reviewer can find it: sheet and row (0 when the whole sheet). */
public record ReviewProblem(String sheet, int row, String message) {

    @Override
    public String toString() {
        return "sheet " + sheet + (row > 0 ? ", row " + row : "") + ": " + message;
    }
}
