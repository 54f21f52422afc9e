package org.readingcorpus.exporter.brat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.readingcorpus.exporter.CorpusFormatException;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Span;

/** brat files come back into the model: PolNeAR's gold loads, and writing it out gives the same spans. */
class BratImportTest {

    @TempDir
    Path dir;

    @Test
    void readsContentsWithFragmentsCuesSourcesAndSpeakers() throws Exception {
        String text = "\"We will win,\" Ann Lee said. \"And soon.\"\nOfficials said the talks would go on.";
        Files.writeString(dir.resolve("a.txt"), text);
        Files.writeString(dir.resolve("a.ann"), String.join("\n",
                "T1\tSource 15 22\tAnn Lee",
                "T2\tCue 23 27\tsaid",
                "T3\tContent 0 14;29 40\t\"We will win,\" \"And soon.\"",
                "T4\tAttribution 23 27\tsaid",
                "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
                "N1\tReference T1 wiki:Ann_Lee\tAnn Lee",
                "T5\tContent 56 77\tthe talks would go on",
                "T6\tCue 51 55\tsaid",
                "T7\tAttribution 51 55\tsaid",
                "T8\tSource 41 50\tOfficials",
                "E2\tAttribution:T7 Content:T5 Cue:T6 Source:T8",
                "T9\tDiscard 0 1\t\""));
        BratImporter.Imported imported = new BratImporter().read(dir.resolve("a.txt"), dir.resolve("a.ann"));
        AnnotatedDocument d = imported.document();
        assertEquals(List.of(), imported.notes());
        assertEquals(2, d.attributions().size());
        var quote = d.content(d.attributions().get(0).contentId());
        assertEquals(List.of(new Span(0, 14), new Span(29, 40)), quote.fragments());
        assertEquals(ContentKind.DIRECT, quote.kind());
        assertEquals(ContentKind.INDIRECT, d.content(d.attributions().get(1).contentId()).kind());
        assertEquals("Ann Lee", d.speaker(d.attributions().get(0).speakerId()).orElseThrow().canonicalName());
        assertEquals("Officials", d.sourceMention(d.attributions().get(1).sourceMentionId()).orElseThrow().span()
                .coveredText(text));
    }

    @Test
    void refusesSpansThatDoNotMatchTheText() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Ann Lee said so.");
        Files.writeString(dir.resolve("a.ann"), "T1\tSource 0 7\tBob Ray\n");
        var e = assertThrows(CorpusFormatException.class,
                () -> new BratImporter().read(dir.resolve("a.txt"), dir.resolve("a.ann")));
        assertTrue(e.getMessage().contains("a.ann:1:1: the span says \"Bob Ray\" but the text there is \"Ann Lee\""),
                e.getMessage());
        Files.writeString(dir.resolve("a.ann"), "T1\tSource 10 70\tx\n");
        var outside = assertThrows(CorpusFormatException.class,
                () -> new BratImporter().read(dir.resolve("a.txt"), dir.resolve("a.ann")));
        assertTrue(outside.getMessage().contains("reaches past the end of the text"), outside.getMessage());
    }

    /** Every PolNeAR dev document: imported, written, read again; the role spans are the same sets. */
    @Test
    void polnearGoldRoundTripsThroughTheModel() throws Exception {
        Path gold = Path.of(System.getProperty("shared.dir", "../../shared"), "polnear", "dev");
        assumeTrue(Files.isDirectory(gold), "PolNeAR is not beside the project (" + gold + "); skipped");
        List<Path> anns;
        try (Stream<Path> files = Files.list(gold.resolve("attributions"))) {
            anns = files.sorted().toList();
        }
        Set<String> seen = new HashSet<>();
        int documents = 0;
        int identical = 0;
        List<String> differing = new ArrayList<>();
        BratWriter writer = new BratWriter();
        for (Path ann : anns) {
            String name = ann.getFileName().toString();
            String base = name.substring(0, name.lastIndexOf('_'));
            if (!seen.add(base)) {
                continue; // the first annotator only, as the metric does
            }
            documents++;
            Path txt = gold.resolve("text").resolve(base + ".txt");
            BratImporter.Imported imported = new BratImporter().read(txt, ann);
            String written = writer.annotations(imported.document());
            String original = Files.readString(ann, StandardCharsets.UTF_8);
            String text = imported.document().text();
            if (roleSpans(original, text).equals(roleSpans(written, text))) {
                identical++;
            } else if (imported.notes().isEmpty()) {
                differing.add(base);
            }
        }
        assertEquals(List.of(), differing, "documents whose spans changed without a note");
        assertTrue(identical >= documents * 0.9, identical + " of " + documents + " identical");
    }

    /**
     * The role spans of a .ann file as a sorted set of "Role begin end"; fragments that only a line
     * break separates count as one, since brat writers differ on splitting at line breaks.
     */
    private static Set<String> roleSpans(String ann, String text) {
        int[] cps = text.codePoints().toArray();
        Set<String> out = new TreeSet<>();
        BratReader.Parsed parsed = new BratReader().parseFile(ann.lines().toList());
        for (BratReader.Event e : parsed.events()) {
            for (String role : List.of("Content", "Cue", "Source")) {
                List<String> refs = e.roles().getOrDefault(role, List.of());
                if (refs.isEmpty()) {
                    continue;
                }
                List<Span> fragments = new ArrayList<>(parsed.spans().get(refs.get(0)).fragments());
                fragments.sort(null);
                Span run = null;
                for (Span f : fragments) {
                    if (run != null && onlyLineBreaks(cps, run.end(), f.begin())) {
                        run = run.union(f);
                        continue;
                    }
                    if (run != null) {
                        out.add(role + " " + run.begin() + " " + run.end());
                    }
                    run = f;
                }
                out.add(role + " " + run.begin() + " " + run.end());
            }
        }
        return out;
    }

    private static boolean onlyLineBreaks(int[] cps, int from, int to) {
        for (int i = from; i < to; i++) {
            if (cps[i] != '\n' && cps[i] != '\r') {
                return false;
            }
        }
        return from <= to;
    }
}
