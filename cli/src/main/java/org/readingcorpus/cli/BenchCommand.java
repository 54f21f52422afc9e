package org.readingcorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.readingcorpus.annotator.AnnotationStage;
import org.readingcorpus.annotator.RuleBasedAnnotator;
import org.readingcorpus.exporter.text.TextReader;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code corpus bench}: the annotator's throughput on one core and on all, the cost of each stage,
 * and how time grows with a document's length, printed as Markdown tables for docs/PERFORMANCE.md.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Measures speed: the annotator, corpus.xml (--xml) or the review loop (--review).",
            "",
            "By default, the annotator on a folder of texts repeated to --megabytes: MB/s and documents/s on one "
                    + "thread and on --threads, each stage's share of the time, and the time for one document of 1x, "
                    + "10x and 100x the same text. Prints Markdown tables. Default texts: PolNeAR train from ../shared "
                    + "beside the project, else the project's texts/."})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--texts", paramLabel = "DIR", description = "A folder of .txt files to measure on.")
    Path texts;

    @Option(names = "--megabytes", paramLabel = "MB", defaultValue = "200",
            description = "How much text each throughput run annotates, the texts repeated (default ${DEFAULT-VALUE}).")
    int megabytes;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for the parallel run (default: the cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--xml", paramLabel = "MB", description = "Instead, measure corpus.xml: write a corpus of about MB"
            + " megabytes from the annotated texts, read it back, and compare with a plain StAX pass and copy; reports"
            + " MB/s and peak heap (run with -Xmx256m to hold the heap to the target).")
    int xmlMegabytes;

    @Option(names = "--review", paramLabel = "N", description = "Instead, measure the review loop: export a corpus of"
            + " at least N attributions to review.xlsx and import a reviewed copy; reports time and peak heap (run"
            + " with -Xmx512m to hold the heap to the target).")
    int reviewAttributions;

    private static final RuleBasedAnnotator ANNOTATOR = new RuleBasedAnnotator();

    @Override
    public Integer call() throws UserError {
        if (megabytes < 1 || threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--megabytes and --threads must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path folder = texts != null ? texts : defaultTexts();
        List<Document> documents = read(folder);
        if (reviewAttributions > 0) {
            new ReviewBench(out, err).run(documents, reviewAttributions);
            return ExitCode.OK;
        }
        if (xmlMegabytes > 0) {
            new XmlBench(out, err).run(documents, xmlMegabytes);
            return ExitCode.OK;
        }
        long corpusBytes = documents.stream().mapToLong(BenchCommand::utf8Bytes).sum();
        long targetBytes = megabytes * 1_000_000L;
        int repeats = (int) Math.max(1, (targetBytes + corpusBytes - 1) / corpusBytes);
        err.printf("bench: %d texts (%.1f MB) from %s, repeated %d times; warming up…%n", documents.size(),
                corpusBytes / 1e6, folder, repeats);
        err.flush();
        runSequential(documents, Math.max(1, repeats / 10));

        out.printf("Texts: %s, %d documents, %.2f MB, repeated %d times (%.0f MB per run).%n%n", folder,
                documents.size(), corpusBytes / 1e6, repeats, repeats * corpusBytes / 1e6);
        out.println("| run | threads | MB/s | documents/s | speed-up |");
        out.println("| --- | ---: | ---: | ---: | ---: |");
        double single = runSequential(documents, repeats);
        printRun(out, "annotator", 1, single, corpusBytes, documents.size(), 1.0);
        if (threads > 1) {
            double parallel = runParallel(documents, repeats, threads);
            printRun(out, "annotator", threads, parallel, corpusBytes, documents.size(), single / parallel);
        }
        List<Document> generated = generated(documents.size(), corpusBytes);
        long generatedBytes = generated.stream().mapToLong(BenchCommand::utf8Bytes).sum();
        runSequential(generated, Math.max(1, repeats / 10));
        double synthetic = runSequential(generated, repeats);
        printRun(out, "annotator, generated text", 1, synthetic, generatedBytes, generated.size(), 1.0);
        out.println();
        printStages(out, documents, corpusBytes);
        out.println();
        printLengthScaling(out, documents);
        out.flush();
        return ExitCode.OK;
    }

    private static void printRun(PrintWriter out, String what, int threads, double seconds, long corpusBytes,
            int documentsPerCorpus, double speedUp) {
        // seconds is the time for one pass over the corpus
        out.printf("| %s | %d | %.1f | %.0f | %.2fx |%n", what, threads, corpusBytes / 1e6 / seconds,
                documentsPerCorpus / seconds, speedUp);
    }

    /** Seconds per pass over the documents, on this thread. */
    private static double runSequential(List<Document> documents, int repeats) {
        long start = System.nanoTime();
        int attributions = 0;
        for (int r = 0; r < repeats; r++) {
            for (Document d : documents) {
                attributions += ANNOTATOR.annotate(d).attributions().size();
            }
        }
        keep(attributions);
        return (System.nanoTime() - start) / 1e9 / repeats;
    }

    /** Seconds per pass over the documents, spread over a pool. */
    private static double runParallel(List<Document> documents, int repeats, int threads) throws UserError {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            AtomicInteger next = new AtomicInteger();
            int total = documents.size() * repeats;
            List<Future<Integer>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    int attributions = 0;
                    for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                        attributions += ANNOTATOR.annotate(documents.get(i % documents.size())).attributions().size();
                    }
                    return attributions;
                }));
            }
            int attributions = 0;
            for (Future<Integer> w : workers) {
                attributions += w.get();
            }
            keep(attributions);
            return (System.nanoTime() - start) / 1e9 / repeats;
        } catch (Exception e) {
            throw new UserError(ExitCode.FAILURE, "the parallel run failed: " + e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void printStages(PrintWriter out, List<Document> documents, long corpusBytes) {
        Map<AnnotationStage, Long> nanos = new LinkedHashMap<>();
        ANNOTATOR.stages().forEach(s -> nanos.put(s, 0L));
        long start = System.nanoTime();
        for (int r = 0; r < 3; r++) {
            for (Document d : documents) {
                ANNOTATOR.annotate(d, (stage, took) -> nanos.merge(stage, took, Long::sum));
            }
        }
        long total = System.nanoTime() - start;
        long inStages = nanos.values().stream().mapToLong(Long::longValue).sum();
        out.println("| stage | share of the time | MB/s on its own |");
        out.println("| --- | ---: | ---: |");
        for (Map.Entry<AnnotationStage, Long> e : nanos.entrySet()) {
            printStage(out, e.getKey().getClass().getSimpleName(), e.getValue(), total, corpusBytes);
        }
        printStage(out, "assembling the document", total - inStages, total, corpusBytes);
    }

    private static void printStage(PrintWriter out, String name, long nanos, long total, long corpusBytes) {
        out.printf("| %s | %.1f%% | %.0f |%n", name, 100.0 * nanos / total, 3 * corpusBytes / 1e6 / (nanos / 1e9));
    }

    /** One document made of the first texts, then 10 and 100 copies of it: time per MB should stay flat. */
    private static void printLengthScaling(PrintWriter out, List<Document> documents) {
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < documents.size() && base.length() < 50_000; i++) {
            base.append(documents.get(i).text()).append("\n\n");
        }
        out.println("| one document of | MB | ms | ms per MB |");
        out.println("| --- | ---: | ---: | ---: |");
        for (int factor : new int[] {1, 10, 100}) {
            Document d = new Document("long", DocumentMetadata.EMPTY, base.toString().repeat(factor));
            ANNOTATOR.annotate(d); // warm up this size
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long start = System.nanoTime();
                keep(ANNOTATOR.annotate(d).attributions().size());
                best = Math.min(best, System.nanoTime() - start);
            }
            double mb = utf8Bytes(d) / 1e6;
            out.printf("| %dx | %.2f | %.1f | %.1f |%n", factor, mb, best / 1e6, best / 1e6 / mb);
        }
    }

    private static final String[] NAMES = {"Ann Lee", "the minister", "Dr. Omar Haddad", "a spokeswoman", "officials",
        "The Washington Post", "he", "she", "Senator Ruth Kalama", "analysts"};
    private static final String[] CLAUSES = {"the talks would go on next week", "prices had risen sharply since May",
        "the plan was “a good first step” toward peace", "nobody had been told about the deal",
        "the army would withdraw from the region by the spring"};

    /**
     * News-like text made from templates (direct and reported speech, "according to", split and
     * scare quotes), seeded, so the throughput can be checked without any corpus at hand.
     */
    static List<Document> generated(int count, long totalBytes) {
        java.util.Random random = new java.util.Random(20261125L);
        List<Document> documents = new ArrayList<>();
        long perDocument = Math.max(500, totalBytes / Math.max(1, count));
        for (int d = 0; d < count; d++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < perDocument) {
                String name = NAMES[random.nextInt(NAMES.length)];
                String clause = CLAUSES[random.nextInt(CLAUSES.length)];
                String sentence = switch (random.nextInt(6)) {
                    case 0 -> "“" + capitalised(clause) + ",” " + name + " said. “We will see.”";
                    case 1 -> capitalised(name) + " said that " + clause + ".";
                    case 2 -> "According to " + name + ", " + clause + ".";
                    case 3 -> "\"" + capitalised(clause) + ",\" said " + name + ".";
                    case 4 -> "The so-called “black swan” of the season, " + clause + ", " + name + " told reporters.";
                    default -> "Markets were calm on Monday, and the weather was mild across the region.";
                };
                text.append(sentence).append(random.nextInt(4) == 0 ? "\n\n" : " ");
            }
            documents.add(new Document("g" + d, DocumentMetadata.EMPTY, text.toString()));
        }
        return documents;
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<Document> read(Path folder) throws UserError {
        if (!Files.isDirectory(folder)) {
            throw new UserError(ExitCode.BAD_INPUT, folder + ": not a folder of texts");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, folder + ": " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new UserError(ExitCode.BAD_INPUT, folder + ": no .txt file");
        }
        TextReader reader = new TextReader();
        List<Document> documents = new ArrayList<>();
        for (Path f : files) {
            try {
                documents.add(new Document("d" + documents.size(), DocumentMetadata.EMPTY, reader.read(f).text()));
            } catch (IOException e) {
                throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
            }
        }
        return documents;
    }

    /** PolNeAR train beside the project, else the project's own texts. */
    static Path defaultTexts() {
        Path root = ProjectRoot.find();
        Path polnear = root.resolve("../shared/polnear/train/text").normalize();
        return Files.isDirectory(polnear) ? polnear : root.resolve("texts");
    }

    private static long utf8Bytes(Document d) {
        return d.text().getBytes(StandardCharsets.UTF_8).length;
    }

    private static volatile int sink;

    /** Keeps the JIT from dropping work whose result nobody reads. */
    private static void keep(int value) {
        sink += value;
    }
}
