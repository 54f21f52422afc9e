package org.readingcorpus.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.model.AnnotatedDocument;

/** The seed articles annotated with the reading view, and the article the browser tests open. */
record SeedSite(Path site, AnnotatedDocument article) {

    static SeedSite annotate(Path dir) throws Exception {
        Path texts = Path.of(System.getProperty("user.dir")).resolve("../texts").normalize();
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("annotate", texts.toString(), "--out", out.toString(), "--html", "-q");
        assertEquals(ExitCode.OK, run.exit(), run.err());
        AnnotatedDocument article = new CorpusXmlReader().readAll(out.resolve("corpus.xml")).documents().stream()
                .filter(d -> d.id().startsWith("001_")).findFirst().orElseThrow();
        return new SeedSite(out.resolve("html"), article);
    }
}
