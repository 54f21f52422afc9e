package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java metric gives the reference script's numbers on PolNeAR dev (skipped without ../shared). */
class EvalCommandTest {

    @TempDir
    Path dir;

    @Test
    void agreesWithTheReferenceScriptOnPolnearDev() throws Exception {
        Path shared = Path.of(System.getProperty("shared.dir", "../../shared"));
        Path dev = shared.resolve("polnear/dev");
        Path script = shared.resolve("tools/score_attr.py");
        assumeTrue(Files.isDirectory(dev) && Files.isRegularFile(script), "PolNeAR is not beside the project");
        assumeTrue(new ProcessBuilder("python3", "--version").start().waitFor() == 0, "python3 is not installed");

        EvalCommand eval = new EvalCommand();
        eval.gold = dev;
        eval.systemOut = dir;
        AttributionScorer.Counts counts = new AttributionScorer.Counts();
        eval.evaluate(counts, new AttributionScorer.Errors());
        Map<String, AttributionScorer.Prf> java = AttributionScorer.report(counts);

        Process python = new ProcessBuilder("python3", script.toString(), dev.toString(), dir.toString(), "--json")
                .redirectErrorStream(true).start();
        String json = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, python.waitFor(), json);
        for (String row : new String[] {"content_soft", "attribution", "source_exact", "cue_exact", "content_exact"}) {
            Matcher m = Pattern.compile("\"" + row + "\": \\{\"p\": ([0-9.e-]+), \"r\": ([0-9.e-]+), \"f\": ([0-9.e-]+)\\}")
                    .matcher(json);
            assertEquals(true, m.find(), row + " in " + json);
            AttributionScorer.Prf prf = java.get(row);
            assertEquals(Double.parseDouble(m.group(1)), prf.p(), 1e-9, row + " P");
            assertEquals(Double.parseDouble(m.group(2)), prf.r(), 1e-9, row + " R");
            assertEquals(Double.parseDouble(m.group(3)), prf.f(), 1e-9, row + " F1");
        }
        // the confidence model was fitted on train; on dev its confidences still mean what they say
        for (Calibration.Bin bin : eval.calibration.bins()) {
            if (bin.proposals() >= 50) {
                double middle = bin.low() + 0.05;
                assertEquals(middle, bin.agreed(), 0.15, "proposals at confidence " + bin.low() + "–" + (bin.low() + 0.1)
                        + " agree " + bin.agreed() + " of the time");
            }
        }
    }
}
