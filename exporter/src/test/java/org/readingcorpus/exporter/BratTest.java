package org.readingcorpus.exporter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.exporter.brat.BratAttribution;
import org.readingcorpus.exporter.brat.BratReader;
import org.readingcorpus.exporter.brat.BratWriter;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.TextOffsets;

class BratTest {

    @TempDir
    Path dir;

    @Test
    void writesPolnearSchemeThatParsesBackToTheSameSpans() throws Exception {
        AnnotatedDocument doc = SampleDocuments.withEmojiAndCrlf();
        BratWriter writer = new BratWriter();
        writer.write(doc, dir);
        writer.writeConfiguration(dir);
        assertTrue(Files.exists(dir.resolve("annotation.conf")) && Files.exists(dir.resolve("visual.conf")));
        String text = Files.readString(dir.resolve("doc-1.txt"), StandardCharsets.UTF_8);
        assertEquals(doc.text(), text);
        List<String> ann = Files.readAllLines(dir.resolve("doc-1.ann"), StandardCharsets.UTF_8);
        assertTrue(ann.contains("N1\tReference T1 corpus:s1\tAnn Lee"), ann.toString());
        assertTrue(ann.stream().anyMatch(l -> l.matches("E1\tAttribution:T\\d+ Content:T\\d+ Cue:T\\d+ Source:T\\d+")));

        // every text-bound span covers exactly the text it states (code point offsets)
        int[] cps = text.codePoints().toArray();
        for (String line : ann) {
            if (line.startsWith("T")) {
                String[] parts = line.split("\t");
                List<String> covered = new java.util.ArrayList<>();
                for (String fragment : parts[1].substring(parts[1].indexOf(' ') + 1).split(";")) {
                    String[] be = fragment.split(" ");
                    covered.add(new String(cps, Integer.parseInt(be[0]), Integer.parseInt(be[1]) - Integer.parseInt(be[0])));
                }
                assertEquals(parts[2], String.join(" ", covered), line);
            }
        }
        List<BratAttribution> back = new BratReader().read(dir.resolve("doc-1.ann"));
        assertEquals(1, back.size(), "the scare quote has no attribution in brat");
        TextOffsets offsets = TextOffsets.of(text);
        BratAttribution a = back.get(0);
        assertEquals(doc.content("c1").fragments().stream().map(offsets::toCodePoints).toList(), a.content(),
                "a quote split by its cue is one content of two fragments");
        assertEquals(List.of(offsets.toCodePoints(SampleDocuments.span("said"))), a.cue());
        assertEquals(List.of(offsets.toCodePoints(SampleDocuments.span("Ann Lee"))), a.source());
        assertEquals(List.of("Ann Lee"), a.speakerNames());
    }

    @Test
    void readsMultiFragmentSpansAndNumberedRoles() {
        List<BratAttribution> parsed = new BratReader().parse(List.of(
                "T1\tContent 0 5;7 9\tabcde hi",
                "T2\tSource 10 12\tXY",
                "T3\tDiscard 0 1\tx",
                "E1\tAttribution-no-source:T1 Content:T1 Source2:T2",
                "#1\tAnnotatorNotes T1\toptional"));
        assertEquals(1, parsed.size());
        assertEquals(List.of(new Span(0, 5), new Span(7, 9)), parsed.get(0).content());
        assertEquals(List.of(new Span(10, 12)), parsed.get(0).source());
        assertTrue(parsed.get(0).optional());
    }
}
