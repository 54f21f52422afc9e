package org.readingcorpus.annotator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.Cue;
import org.readingcorpus.model.SourceMention;

/**
 * The statistical part of the annotator: a logistic regression that turns what a rule saw (which
 * rule fired, its cue word, the kind of source mention, the content's kind and length, the rule's
 * own confidence) into the probability that annotators would mark the same content. Trained on
 * PolNeAR train by {@code corpus train-confidence}; the weights ship as a resource file, so the
 * confidence a reviewer sorts by is calibrated: of proposals at 0.8, about eight in ten agree with
 * the annotators. Immutable and thread-safe.
 */
public final class ConfidenceModel {

    /** One proposal as the trainer sees it: its features and whether annotators marked it too. */
    public record Example(List<String> features, boolean agreed) {
        public Example {
            features = List.copyOf(features);
        }
    }

    /** Leaves every confidence as the rules set it; what the trainer annotates with. */
    public static final ConfidenceModel RULES_ONLY = new ConfidenceModel(Map.of(), 0.0, false);

    private static final String RESOURCE = "confidence-model.tsv";
    private static final String BIAS = "(bias)";
    private static final String[] TENTHS = {"0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"};

    private final Map<String, Double> weights;
    private final double bias;
    private final boolean active;

    private ConfidenceModel(Map<String, Double> weights, double bias, boolean active) {
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.active = active;
    }

    /** The weights shipped with the annotator. */
    public static ConfidenceModel standard() {
        return Shipped.MODEL;
    }

    /** Read on first use, so the trainer runs before any weights exist. */
    private static final class Shipped {
        static final ConfidenceModel MODEL = read();
    }

    /** The document with each speaking attribution's confidence from the model; scare quotes keep theirs. */
    public AnnotatedDocument rescore(AnnotatedDocument document) {
        if (!active) {
            return document;
        }
        List<Attribution> rescored = new ArrayList<>();
        for (Attribution a : document.attributions()) {
            rescored.add(rescore(a, document.text(), document.content(a.contentId()), document.cue(a.cueId()).orElse(null),
                    document.sourceMention(a.sourceMentionId()).orElse(null)));
        }
        return document.withAttributions(rescored);
    }

    /** The attribution with its confidence from the model, given its parts; a scare quote keeps its own. */
    Attribution rescore(Attribution a, String text, Content content, Cue cue, SourceMention mention) {
        return active && content.kind().isSpeech()
                ? a.withConfidence(round(probability(features(a, text, content, cue, mention)))) : a;
    }

    /** What the model knows of an attribution: the same words for training and for scoring. */
    public static List<String> features(AnnotatedDocument document, Attribution a) {
        return features(a, document.text(), document.content(a.contentId()), document.cue(a.cueId()).orElse(null),
                document.sourceMention(a.sourceMentionId()).orElse(null));
    }

    private static List<String> features(Attribution a, String text, Content content, Cue cue, SourceMention mention) {
        String rule = a.provenance().rule().name();
        String cueWord = cue == null ? "-" : lastWord(cue.span().coveredText(text));
        String mentionKind = mention == null ? "NONE" : mention.kind().name();
        String length = lengthBucket(content, text);
        String ruleConfidence = TENTHS[Math.min(10, (int) Math.floor(a.confidence() * 10))];
        return List.of("rule=" + rule, "cue=" + cueWord, "rule|cue=" + rule + "|" + cueWord, "kind=" + content.kind(),
                "mention=" + mentionKind, "rule|mention=" + rule + "|" + mentionKind, "length=" + length,
                "rule|length=" + rule + "|" + length, "fragments=" + Math.min(content.fragments().size(), 3),
                "ruleConfidence=" + ruleConfidence);
    }

    public double probability(List<String> features) {
        double z = bias;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /**
     * Fits the weights by gradient descent on the log loss with an L2 penalty, features that occur
     * fewer than {@code minCount} times left out; deterministic for the same examples.
     */
    public static ConfidenceModel train(List<Example> examples, int minCount, double l2, int iterations) {
        Map<String, Integer> counts = new HashMap<>();
        examples.forEach(e -> e.features().forEach(f -> counts.merge(f, 1, Integer::sum)));
        Map<String, Integer> index = new TreeMap<>();
        counts.forEach((f, n) -> {
            if (n >= minCount) {
                index.put(f, 0);
            }
        });
        List<String> names = new ArrayList<>(index.keySet());
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
        int[][] rows = new int[examples.size()][];
        for (int r = 0; r < rows.length; r++) {
            rows[r] = examples.get(r).features().stream().filter(index::containsKey).mapToInt(index::get).toArray();
        }
        double[] w = new double[names.size()];
        double b = 0.0;
        double rate = 1.0;
        for (int it = 0; it < iterations; it++) {
            double[] gradient = new double[w.length];
            double gradientBias = 0.0;
            for (int r = 0; r < rows.length; r++) {
                double z = b;
                for (int f : rows[r]) {
                    z += w[f];
                }
                double error = 1.0 / (1.0 + Math.exp(-z)) - (examples.get(r).agreed() ? 1.0 : 0.0);
                for (int f : rows[r]) {
                    gradient[f] += error;
                }
                gradientBias += error;
            }
            for (int f = 0; f < w.length; f++) {
                w[f] -= rate * (gradient[f] / rows.length + l2 * w[f]);
            }
            b -= rate * gradientBias / rows.length;
        }
        Map<String, Double> weights = new HashMap<>();
        for (int f = 0; f < w.length; f++) {
            weights.put(names.get(f), w[f]);
        }
        return new ConfidenceModel(weights, b, true);
    }

    /** The weights as the resource file holds them: "feature TAB weight", sorted, the bias first. */
    public void write(Writer out) throws IOException {
        out.write("# Confidence model: logistic-regression weights, written by `corpus train-confidence`.\n");
        out.write(BIAS + "\t" + format(bias) + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + format(e.getValue()) + "\n");
        }
    }

    /** Reads weights written by {@link #write}. */
    public static ConfidenceModel read(BufferedReader in) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        double bias = 0.0;
        int lineNumber = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int tab = line.lastIndexOf('\t');
            if (tab <= 0) {
                throw new IllegalArgumentException("confidence model, line " + lineNumber + ": no tab between feature and weight");
            }
            double weight = Double.parseDouble(line.substring(tab + 1));
            String feature = line.substring(0, tab);
            if (feature.equals(BIAS)) {
                bias = weight;
            } else {
                weights.put(feature, weight);
            }
        }
        return new ConfidenceModel(weights, bias, true);
    }

    private static ConfidenceModel read() {
        try (InputStream in = ConfidenceModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the annotator jar");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static String lastWord(String cue) {
        int end = cue.length();
        while (end > 0 && !Character.isLetterOrDigit(cue.charAt(end - 1))) {
            end--;
        }
        int begin = end;
        while (begin > 0 && (Character.isLetterOrDigit(cue.charAt(begin - 1)) || cue.charAt(begin - 1) == '_')) {
            begin--;
        }
        return begin == end ? "-" : cue.substring(begin, end).toLowerCase(Locale.ROOT);
    }

    /** Words as the metric counts them (runs of letters, digits and underscores), without a regex per content. */
    private static String lengthBucket(Content content, String text) {
        int words = 0;
        for (var f : content.fragments()) {
            boolean inWord = false;
            for (int i = f.begin(); i < f.end(); i++) {
                char c = text.charAt(i);
                boolean wordChar = Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
                words += wordChar && !inWord ? 1 : 0;
                inWord = wordChar;
            }
        }
        return words < 4 ? "<4" : words < 8 ? "<8" : words < 16 ? "<16" : words < 32 ? "<32" : ">=32";
    }

    private static double round(double p) {
        return Math.round(p * 100) / 100.0;
    }

    private static String format(double w) {
        return String.format(Locale.ROOT, "%.6f", w);
    }
}
