package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.ContentKind;

/**
 * The seed articles annotated with the reading view, the article the browser tests open, and one
 * with a scare quote.
 */
record SeedSite(Path site, AnnotatedDocument article, AnnotatedDocument withScareQuote) {

    static SeedSite annotate(Path dir) throws Exception {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("annotate", texts.toString(), "--out", out.toString(), "--html", "-q");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        List<AnnotatedDocument> documents = new CorpusXmlReader().readAll(out.resolve("corpus.xml")).documents();
        AnnotatedDocument article = documents.stream().filter(d -> d.id().startsWith("001_")).findFirst().orElseThrow();
        AnnotatedDocument withScareQuote = documents.stream()
                .filter(d -> d.contents().stream().anyMatch(c -> c.kind() == ContentKind.SCARE_QUOTE))
                .findFirst().orElseThrow(() -> new AssertionError("no seed article has a scare quote"));
        return new SeedSite(out.resolve("html"), article, withScareQuote);
    }
}
