package org.readingcorpus.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;

/** One annotator shared by many threads gives each document exactly what it gives it alone. */
class AnnotatorConcurrencyTest {

    @Test
    void oneAnnotatorServesManyThreadsAtOnce() throws Exception {
        List<Document> documents = seedTexts();
        RuleBasedAnnotator shared = new RuleBasedAnnotator();
        List<AnnotatedDocument> alone = documents.stream().map(shared::annotate).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 20; round++) {
                List<Future<AnnotatedDocument>> together = new ArrayList<>();
                for (Document d : documents) {
                    together.add(pool.submit(() -> shared.annotate(d)));
                }
                for (int i = 0; i < documents.size(); i++) {
                    assertEquals(alone.get(i), together.get(i).get(), documents.get(i).id());
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Document> seedTexts() throws IOException {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        try (Stream<Path> files = Files.list(texts)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted()
                    .map(p -> new Document("d" + p.getFileName().toString().substring(0, 3), DocumentMetadata.EMPTY,
                            read(p)))
                    .toList();
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
