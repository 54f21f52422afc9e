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
 * rule fired, its cue's words, the source mention's kind and head word, the content's kind,
 * length, first word and the words on either side of it, the rule's own confidence) into the
 * probability that annotators would mark the same content. Trained on PolNeAR train by
 * {@code corpus train-confidence}; the weights ship as a resource file, so the confidence a
 * reviewer sorts by is calibrated: of proposals at 0.8, about eight in ten agree with the
 * annotators. The file also holds the confidence below which a proposal is withheld. Immutable
 * and thread-safe.
 */
public final class ConfidenceModel {

    /** One proposal as the trainer sees it: its features and whether annotators marked it too. */
    public record Example(List<String> features, boolean agreed) {
        public Example {
            features = List.copyOf(features);
        }
    }

    /** Leaves every confidence as the rules set it and withholds nothing; what the trainer annotates with. */
    public static final ConfidenceModel RULES_ONLY = new ConfidenceModel(Map.of(), 0.0, false, 0.0);

    private static final String RESOURCE = "confidence-model.tsv";
    private static final String BIAS = "(bias)";
    private static final String WITHHOLD_BELOW = "(withhold-below)";
    private static final double STEP = 0.2;
    private static final String[] TENTHS = {"0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "1.0"};

    private final Map<String, Double> weights;
    private final double bias;
    private final boolean active;
    private final double withholdBelow;

    private ConfidenceModel(Map<String, Double> weights, double bias, boolean active, double withholdBelow) {
        if (!(withholdBelow >= 0.0 && withholdBelow <= 1.0)) {
            throw new IllegalArgumentException("a confidence to withhold below must lie in [0, 1], not " + withholdBelow);
        }
        this.weights = Map.copyOf(weights);
        this.bias = bias;
        this.active = active;
        this.withholdBelow = withholdBelow;
    }

    /**
     * The confidence below which a speaking proposal is left out of the document: on PolNeAR, a
     * proposal that agrees with the annotators less often than about one time in three costs
     * reviewers more than it gives them. Zero keeps every proposal; scare quotes are always kept.
     */
    public double withholdBelow() {
        return withholdBelow;
    }

    /** The same weights, withholding proposals below {@code confidence} instead. */
    public ConfidenceModel withholdingBelow(double confidence) {
        return new ConfidenceModel(weights, bias, active, confidence);
    }

    /** Whether the attribution, as rescored, stays in the document. */
    boolean keeps(Attribution a, Content content) {
        return !content.kind().isSpeech() || a.confidence() >= withholdBelow;
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
        Words cueWords = cue == null ? Words.NONE : Words.in(text, cue.span().begin(), cue.span().end());
        String cueWord = cueWords.last();
        String mentionKind = mention == null ? "NONE" : mention.kind().name();
        Words sourceWords = mention == null ? Words.NONE : Words.in(text, mention.span().begin(), mention.span().end());
        String length = lengthBucket(content, text);
        String ruleConfidence = TENTHS[Math.min(10, (int) Math.floor(a.confidence() * 10))];
        int begin = content.fragments().get(0).begin();
        int end = content.fragments().get(content.fragments().size() - 1).end();
        String opening = Words.firstAfter(text, begin, end);
        String after = Words.firstAfter(text, end, text.length());
        // what the rule saw, and the words around its content that tell a clause from a phrase the sentence goes on with
        return List.of("rule=" + rule, "cue=" + cueWord, "rule|cue=" + rule + "|" + cueWord, "kind=" + content.kind(),
                "mention=" + mentionKind, "rule|mention=" + rule + "|" + mentionKind, "length=" + length,
                "rule|length=" + rule + "|" + length, "fragments=" + Math.min(content.fragments().size(), 3),
                "ruleConfidence=" + ruleConfidence,
                "cueFirst=" + cueWords.first(), "cueWords=" + Math.min(cueWords.count(), 4),
                "sourceHead=" + sourceWords.last(), "sourceWords=" + Math.min(sourceWords.count(), 6),
                "opening=" + opening, "rule|opening=" + rule + "|" + opening, "cue|opening=" + cueWord + "|" + opening,
                "after=" + after, "before=" + Words.lastBefore(text, begin),
                "last=" + Words.lastBefore(text, end), "rule|after=" + rule + "|" + after);
    }

    /**
     * The first word, the last and how many in a span, read in place: a word is a run of letters
     * and digits, any other mark one word of its own, all lower-cased. Rescoring runs once per
     * proposal, so it allocates no tokens.
     */
    private record Words(String first, String last, int count) {
        static final Words NONE = new Words("-", "-", 0);

        static Words in(String text, int begin, int end) {
            String first = null;
            int count = 0;
            int lastBegin = -1;
            int i = begin;
            while (i < end) {
                if (Character.isWhitespace(text.charAt(i))) {
                    i++;
                    continue;
                }
                int wordEnd = wordEnd(text, i, end);
                if (first == null) {
                    first = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
                }
                lastBegin = i;
                count++;
                i = wordEnd;
            }
            return count == 0 ? NONE
                    : new Words(first, text.substring(lastBegin, wordEnd(text, lastBegin, end)).toLowerCase(Locale.ROOT), count);
        }

        static String firstAfter(String text, int from, int limit) {
            int i = from;
            int end = Math.min(limit, from + CONTEXT);
            while (i < end && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i >= end ? "-" : text.substring(i, wordEnd(text, i, end)).toLowerCase(Locale.ROOT);
        }

        static String lastBefore(String text, int to) {
            int i = to;
            int floor = Math.max(0, to - CONTEXT);
            while (i > floor && Character.isWhitespace(text.charAt(i - 1))) {
                i--;
            }
            if (i <= floor) {
                return "-";
            }
            int start = i - 1;
            if (Character.isLetterOrDigit(text.charAt(start))) {
                while (start > floor && Character.isLetterOrDigit(text.charAt(start - 1))) {
                    start--;
                }
            }
            return text.substring(start, i).toLowerCase(Locale.ROOT);
        }

        private static int wordEnd(String text, int i, int end) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                return i + 1;
            }
            int j = i + 1;
            while (j < end && Character.isLetterOrDigit(text.charAt(j))) {
                j++;
            }
            return j;
        }
    }

    /** Characters read on each side of a content for the words next to it. */
    private static final int CONTEXT = 40;

    public double probability(List<String> features) {
        double z = bias;
        for (String f : features) {
            z += weights.getOrDefault(f, 0.0);
        }
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /**
     * Fits the weights by full-batch gradient descent with a step per feature (AdaGrad) on the summed
     * log loss plus {@code l2} times half the squared weights, features that occur fewer than
     * {@code minCount} times left out; a rare feature learns as surely as a common one, and the same
     * examples give the same weights.
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
        double[] squaredGradients = new double[w.length];
        double b = 0.0;
        double squaredGradientBias = 0.0;
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
                double g = gradient[f] + l2 * w[f];
                squaredGradients[f] += g * g;
                w[f] -= STEP * g / (Math.sqrt(squaredGradients[f]) + 1e-9);
            }
            squaredGradientBias += gradientBias * gradientBias;
            b -= STEP * gradientBias / (Math.sqrt(squaredGradientBias) + 1e-9);
        }
        Map<String, Double> weights = new HashMap<>();
        for (int f = 0; f < w.length; f++) {
            weights.put(names.get(f), w[f]);
        }
        return new ConfidenceModel(weights, b, true, 0.0);
    }

    /** The weights as the resource file holds them: "feature TAB weight", sorted, the bias and the threshold first. */
    public void write(Writer out) throws IOException {
        out.write("# Confidence model: logistic-regression weights, written by `corpus train-confidence`.\n");
        out.write(BIAS + "\t" + format(bias) + "\n");
        out.write(WITHHOLD_BELOW + "\t" + format(withholdBelow) + "\n");
        for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
            out.write(e.getKey() + "\t" + format(e.getValue()) + "\n");
        }
    }

    /** Reads weights written by {@link #write}. */
    public static ConfidenceModel read(BufferedReader in) throws IOException {
        Map<String, Double> weights = new HashMap<>();
        double bias = 0.0;
        double withholdBelow = 0.0;
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
            } else if (feature.equals(WITHHOLD_BELOW)) {
                withholdBelow = weight;
            } else {
                weights.put(feature, weight);
            }
        }
        return new ConfidenceModel(weights, bias, true, withholdBelow);
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
