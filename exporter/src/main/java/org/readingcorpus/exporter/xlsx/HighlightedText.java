package org.readingcorpus.exporter.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.readingcorpus.model.Span;

/**
 * A paragraph with its quote, source and cue marked, as a cell value. POI's own rich string keeps
 * its runs as XML beans and cost more than the rest of a row together; this one keeps plain runs,
 * which {@link RichTextSheetDataWriter} writes out. Immutable once built; POI's font methods are
 * not for it.
 */
final class HighlightedText implements RichTextString {

    /** How a run is marked; the order is the priority where marks overlap. */
    enum Mark {
        QUOTE("<rPr><b/><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr>"),
        SOURCE("<rPr><i/><color rgb=\"FF1F4E9A\"/><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr>"),
        CUE("<rPr><u/><sz val=\"11\"/><rFont val=\"Calibri\"/></rPr>");

        /** The run properties (ECMA-376 CT_RPrElt) that show the mark: bold, blue italics, underline. */
        final String runProperties;

        Mark(String runProperties) {
            this.runProperties = runProperties;
        }
    }

    /** A stretch of the text, marked or not ({@code mark} null). */
    record Run(int begin, int end, Mark mark) {
    }

    /** A span to mark, before the runs are cut. */
    record Marked(Span span, Mark mark) {
    }

    private final String text;
    private final List<Run> runs;

    HighlightedText(String text, List<Marked> marks) {
        this.text = text;
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Marked m : marks) {
            cuts.add(Math.min(m.span().begin(), text.length()));
            cuts.add(Math.min(m.span().end(), text.length()));
        }
        List<Run> cut = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            Mark strongest = null;
            for (Marked m : marks) {
                if (m.span().begin() <= from && to <= m.span().end()
                        && (strongest == null || m.mark().ordinal() > strongest.ordinal())) {
                    strongest = m.mark();
                }
            }
            cut.add(new Run(from, to, strongest));
        }
        this.runs = List.copyOf(cut);
    }

    List<Run> runs() {
        return runs;
    }

    @Override
    public String getString() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public int numFormattingRuns() {
        return runs.size();
    }

    @Override
    public int getIndexOfFormattingRun(int index) {
        return runs.get(index).begin();
    }

    @Override
    public void applyFont(int startIndex, int endIndex, short fontIndex) {
        throw new UnsupportedOperationException("marks are given when the text is made");
    }

    @Override
    public void applyFont(int startIndex, int endIndex, Font font) {
        throw new UnsupportedOperationException("marks are given when the text is made");
    }

    @Override
    public void applyFont(Font font) {
        throw new UnsupportedOperationException("marks are given when the text is made");
    }

    @Override
    public void clearFormatting() {
        throw new UnsupportedOperationException("marks are given when the text is made");
    }

    @Override
    public void applyFont(short fontIndex) {
        throw new UnsupportedOperationException("marks are given when the text is made");
    }
}
