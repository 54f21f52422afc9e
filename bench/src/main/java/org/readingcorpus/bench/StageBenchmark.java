package org.readingcorpus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.readingcorpus.annotator.Analysis;
import org.readingcorpus.annotator.AnnotationStage;
import org.readingcorpus.annotator.RuleBasedAnnotator;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;

/**
 * The cost of each annotator stage alone: before every call, the documents are taken through the
 * stages before it, and only the stage itself is timed. One operation is the stage over every text
 * of {@code -Dbench.texts} (default: the project's texts/, so run from the project folder).
 *
 * <pre>java -jar bench/target/benchmarks.jar StageBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {

    /** The stage's class name, as RuleBasedAnnotator composes it; setup fails on a name it does not hold. */
    @Param({"ParagraphSplitter", "WordTokenizer", "SentenceSplitter", "QuotePairer", "CueFinder", "DirectQuoteLinker",
        "AccordingToLinker", "PassiveLinker", "ReportedSpeechLinker", "MixedQuoteMarker", "UnintroducedQuoteLinker",
        "ScareQuoteMarker", "SpeakerResolver"})
    public String stage;

    private final RuleBasedAnnotator annotator = new RuleBasedAnnotator();
    private List<Document> documents;
    private List<AnnotationStage> before;
    private AnnotationStage measured;
    private final List<Analysis> prepared = new ArrayList<>();

    @Setup(Level.Trial)
    public void readTexts() throws IOException {
        Path folder = Path.of(System.getProperty("bench.texts", "texts"));
        try (Stream<Path> files = Files.list(folder)) {
            documents = files.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .map(p -> new Document("d", DocumentMetadata.EMPTY, read(p))).toList();
        }
        List<AnnotationStage> stages = annotator.stages();
        int at = -1;
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).getClass().getSimpleName().equals(stage)) {
                at = i;
            }
        }
        if (at < 0 || documents.isEmpty()) {
            throw new IllegalStateException("no stage " + stage + " or no texts in " + folder.toAbsolutePath());
        }
        before = stages.subList(0, at);
        measured = stages.get(at);
    }

    @Setup(Level.Invocation)
    public void takeTheTextsThroughTheStagesBefore() {
        prepared.clear();
        for (Document d : documents) {
            Analysis analysis = new Analysis(d);
            before.forEach(s -> s.process(analysis));
            prepared.add(analysis);
        }
    }

    @Benchmark
    public void stageAlone(Blackhole hole) {
        for (Analysis analysis : prepared) {
            measured.process(analysis);
            hole.consume(analysis);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
