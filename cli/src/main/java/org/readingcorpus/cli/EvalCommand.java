package org.readingcorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.readingcorpus.annotator.RuleBasedAnnotator;
import org.readingcorpus.exporter.AtomicFile;
import org.readingcorpus.exporter.brat.BratAttribution;
import org.readingcorpus.exporter.brat.BratReader;
import org.readingcorpus.exporter.brat.BratWriter;
import org.readingcorpus.exporter.text.TextReader;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.Ids;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corpus eval --gold DIR}: annotates DIR/text and scores it against DIR/attributions. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Scores the annotator against gold attributions (PolNeAR's layout).",
            "",
            "Annotates GOLD/text/*.txt and scores the result against GOLD/attributions/*.ann with the reference "
                    + "metric of shared/tools/score_attr.py: content soft and exact, attribution, role spans exact, "
                    + "cue and speaker accuracy, and error counts by category."})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A folder with text/ and attributions/.")
    Path gold;

    @Option(names = "--direct-only", description = "Score only attributions whose content holds a double quote mark.")
    boolean directOnly;

    @Option(names = "--system-out", paramLabel = "DIR", description = "Also write the system's .ann files here.")
    Path systemOut;

    @CommandLine.Mixin
    AnnotatorOptions annotatorOptions = new AnnotatorOptions();

    @Override
    public Integer call() throws UserError, IOException {
        AttributionScorer.Counts all = new AttributionScorer.Counts();
        AttributionScorer.Errors errors = new AttributionScorer.Errors();
        evaluate(all, errors);
        print(spec.commandLine().getOut(), all, errors);
        spec.commandLine().getOut().println("calibration (a proposal agrees when its content matches a gold one):");
        calibration.print(spec.commandLine().getOut());
        return ExitCode.OK;
    }

    final Calibration calibration = new Calibration();

    void evaluate(AttributionScorer.Counts all, AttributionScorer.Errors errors) throws UserError, IOException {
        GoldFolder folder = GoldFolder.open(gold);
        RuleBasedAnnotator annotator = annotatorOptions.annotator();
        BratWriter brat = new BratWriter();
        BratReader reader = new BratReader();
        AttributionScorer scorer = new AttributionScorer();
        for (Map.Entry<String, Path> e : folder.annotations().entrySet()) {
            Path textFile = folder.text(e.getKey());
            String text = new TextReader().read(textFile).text();
            AnnotatedDocument annotated = annotator.annotate(new Document(Ids.fromName(e.getKey()), DocumentMetadata.EMPTY, text));
            String ann = brat.annotations(annotated);
            if (systemOut != null) {
                AtomicFile.write(systemOut.resolve(e.getKey() + ".ann"), out -> out.write(ann.getBytes(StandardCharsets.UTF_8)));
            }
            List<BratAttribution> goldAttributions = reader.read(e.getValue());
            scorer.score(text, goldAttributions, reader.parse(List.of(ann.split("\n"))), directOnly, true, all, errors);
            List<Set<Integer>> goldContents = TrainConfidenceCommand.goldContents(text, goldAttributions);
            for (Attribution a : annotated.attributions()) {
                var content = annotated.content(a.contentId());
                if (content.kind().isSpeech() && (!directOnly || AttributionScorer.isDirect(text, content.fragments()))) {
                    calibration.add(a.confidence(),
                            Calibration.agrees(AttributionScorer.tokens(text, content.fragments()), goldContents));
                }
            }
        }
    }

    static void print(PrintWriter out, AttributionScorer.Counts c, AttributionScorer.Errors errors) {
        out.printf("%-20s %6s %6s %6s%n", "", "P", "R", "F1");
        AttributionScorer.report(c).forEach((name, prf) -> out.printf("%-20s %6.3f %6.3f %6.3f%n",
                name.equals("content_exact") ? "content_exact (role)" : name, prf.p(), prf.r(), prf.f()));
        out.printf("cue_acc_on_matched=%.3f speaker_acc=%s%n", ratio(c.get("cue_ok"), c.get("cue_gold")),
                c.get("speaker_gold") > 0 ? String.format("%.3f", ratio(c.get("speaker_ok"), c.get("speaker_gold"))) : "None");
        out.printf("counts docs=%.0f gold=%.0f sys=%.0f content_soft=%.0f attr_ok=%.0f%n", c.get("docs"), c.get("gold"),
                c.get("sys"), c.get("content_soft"), c.get("attr_ok"));
        out.println("errors " + errors.byCategory);
    }

    private static double ratio(double a, double b) {
        return b > 0 ? a / b : 0.0;
    }
}
