package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.List;
import org.readingcorpus.model.Span;

/** Splits the text into paragraphs: one per non-blank line, blanks at either edge left out. */
public final class ParagraphSplitter implements AnnotationStage {

    @Override
    public void process(Analysis analysis) {
        analysis.setParagraphs(split(analysis.text()));
    }

    static List<Span> split(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            boolean lineEnd = i == n || text.charAt(i) == '\n' || text.charAt(i) == '\r';
            if (lineEnd) {
                addTrimmed(text, lineStart, i, paragraphs);
                lineStart = i + 1;
            }
        }
        return paragraphs;
    }

    private static void addTrimmed(String text, int begin, int end, List<Span> out) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (begin < end) {
            out.add(new Span(begin, end));
        }
    }
}
