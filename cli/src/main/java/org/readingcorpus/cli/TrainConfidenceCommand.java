package org.readingcorpus.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.readingcorpus.annotator.ConfidenceModel;
import org.readingcorpus.annotator.Lexicons;
import org.readingcorpus.annotator.RuleBasedAnnotator;
import org.readingcorpus.exporter.AtomicFile;
import org.readingcorpus.exporter.brat.BratAttribution;
import org.readingcorpus.exporter.brat.BratReader;
import org.readingcorpus.exporter.text.TextReader;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.Ids;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.TextOffsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corpus train-confidence --gold DIR --out FILE}: fits the confidence model on gold
 * attributions. Each speaking attribution the rules propose is an example, agreed when its content
 * matches a gold content as the metric counts a match (word-token F1 of at least 0.5).
 */
@Command(name = "train-confidence", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Fits the annotator's confidence model on gold attributions (PolNeAR's layout).",
            "",
            "Annotates GOLD/text/*.txt with the rules alone and learns, from GOLD/attributions/*.ann, how often each "
                    + "kind of proposal agrees with the annotators. The shipped weights come from",
            "  corpus train-confidence --gold ../shared/polnear/train \\",
            "      --out annotator/src/main/resources/org/readingcorpus/annotator/confidence-model.tsv"})
public final class TrainConfidenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "A folder with text/ and attributions/.")
    Path gold;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the weights.")
    Path out;

    @Option(names = "--min-count", defaultValue = "3", paramLabel = "N",
            description = "Leave out features seen fewer than N times (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--iterations", defaultValue = "400", paramLabel = "N",
            description = "Gradient steps (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--l2", defaultValue = "10.0", paramLabel = "X",
            description = "L2 penalty: this times half the squared weights is added to the summed log loss (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--withhold-below", defaultValue = "0.40", paramLabel = "P",
            description = "The confidence below which the annotator leaves a proposal out, written with the weights "
                    + "(default: ${DEFAULT-VALUE}, the best on PolNeAR dev).")
    double withholdBelow;

    @Override
    public Integer call() throws UserError, IOException {
        if (!(withholdBelow >= 0.0 && withholdBelow <= 1.0)) {
            throw new UserError(ExitCode.USAGE, "--withhold-below must lie between 0 and 1, not " + withholdBelow);
        }
        GoldFolder folder = GoldFolder.open(gold);
        RuleBasedAnnotator rules = new RuleBasedAnnotator(Lexicons.standard(), ConfidenceModel.RULES_ONLY);
        BratReader reader = new BratReader();
        List<ConfidenceModel.Example> examples = new ArrayList<>();
        for (Map.Entry<String, Path> e : folder.annotations().entrySet()) {
            String text = new TextReader().read(folder.text(e.getKey())).text();
            AnnotatedDocument annotated = rules.annotate(new Document(Ids.fromName(e.getKey()), DocumentMetadata.EMPTY, text));
            List<Set<Integer>> goldContents = goldContents(text, reader.read(e.getValue()));
            for (Attribution a : annotated.attributions()) {
                if (annotated.content(a.contentId()).kind().isSpeech()) {
                    Set<Integer> tokens = AttributionScorer.tokens(text, annotated.content(a.contentId()).fragments());
                    boolean agreed = Calibration.agrees(tokens, goldContents);
                    examples.add(new ConfidenceModel.Example(ConfidenceModel.features(annotated, a), agreed));
                }
            }
        }
        if (examples.isEmpty()) {
            throw new UserError(ExitCode.BAD_INPUT, gold + ": the rules proposed nothing to learn from");
        }
        ConfidenceModel model = ConfidenceModel.train(examples, minCount, l2, iterations).withholdingBelow(withholdBelow);
        AtomicFile.write(out, stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            model.write(w);
            w.flush();
        });
        report(spec.commandLine().getOut(), model, examples);
        return ExitCode.OK;
    }

    static List<Set<Integer>> goldContents(String text, List<BratAttribution> gold) {
        TextOffsets offsets = TextOffsets.of(text);
        List<Set<Integer>> out = new ArrayList<>();
        for (BratAttribution g : gold) {
            List<Span> fragments = new ArrayList<>();
            for (Span s : g.content()) {
                int length = offsets.codePointLength();
                fragments.add(offsets.toUtf16(new Span(Math.min(s.begin(), length), Math.min(s.end(), length))));
            }
            out.add(AttributionScorer.tokens(text, fragments));
        }
        return out;
    }

    /** How the fitted probabilities compare with how often proposals agreed, by tenths. */
    private static void report(PrintWriter out, ConfidenceModel model, List<ConfidenceModel.Example> examples) {
        Calibration calibration = new Calibration();
        examples.forEach(e -> calibration.add(model.probability(e.features()), e.agreed()));
        long total = examples.stream().filter(ConfidenceModel.Example::agreed).count();
        out.printf("%d proposals, %d agreed with the annotators (%.1f%%); on these, the fitted model:%n",
                examples.size(), total, 100.0 * total / examples.size());
        calibration.print(out);
    }
}
