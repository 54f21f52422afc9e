package org.readingcorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.readingcorpus.annotator.Annotator;
import org.readingcorpus.annotator.RuleBasedAnnotator;
import org.readingcorpus.exporter.UnwritableTextException;
import org.readingcorpus.exporter.text.Catalog;
import org.readingcorpus.exporter.text.TextCollector;
import org.readingcorpus.exporter.text.TextFile;
import org.readingcorpus.exporter.text.TextReader;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.CorpusHeader;
import org.readingcorpus.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corpus annotate PATH... --out DIR}: annotates texts and writes every output. */
@Command(name = "annotate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Finds quotations and reported statements in .txt files and names who made them.",
            "Writes DIR/corpus.xml, DIR/review.xlsx and DIR/brat/<name>.txt and .ann.",
            "A catalog.tsv beside the texts (file, title, outlet, author, date, url, language) adds metadata."})
public final class AnnotateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A .txt file, or a folder searched for .txt files.")
    List<Path> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder.")
    Path out;

    @Option(names = "--force", description = "Replace the outputs of an earlier run in DIR.")
    boolean force;

    @Option(names = "--fail-fast", description = "Stop at the first unreadable text instead of skipping it.")
    boolean failFast;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    /** Catalogs by folder, read once each. */
    private final Map<Path, Catalog> catalogs = new java.util.HashMap<>();

    @Override
    public Integer call() throws UserError {
        PrintWriter err = spec.commandLine().getErr();
        List<TextFile> texts = collect();
        Outputs.requireWritable(out, force);
        Annotator annotator = new RuleBasedAnnotator();
        Map<String, String> settings = new TreeMap<>();
        settings.put("encoding", "UTF-8");
        CorpusHeader header = new CorpusHeader(annotator.name(), annotator.version(), settings);
        Progress progress = new Progress(err, texts.size(), quiet);
        int skipped = 0;
        int attributions = 0;
        try (Outputs outputs = new Outputs(out, header)) {
            for (TextFile text : texts) {
                AnnotatedDocument annotated;
                try {
                    Document document = new Document(text.documentId(), catalogFor(text.path()).metadataFor(text.path()),
                            new TextReader().read(text.path()));
                    annotated = annotator.annotate(document);
                    outputs.write(annotated);
                } catch (TextReader.UnreadableTextException | UnwritableTextException e) {
                    if (failFast) {
                        throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
                    }
                    err.println("corpus: skipped " + e.getMessage());
                    skipped++;
                    continue;
                } catch (NoSuchFileException | AccessDeniedException e) {
                    String problem = text.path() + ": cannot read (" + (e instanceof NoSuchFileException ? "gone" : "permission denied") + ")";
                    if (failFast) {
                        throw new UserError(ExitCode.BAD_INPUT, problem);
                    }
                    err.println("corpus: skipped " + problem);
                    skipped++;
                    continue;
                }
                attributions += annotated.attributions().size();
                progress.step();
            }
            outputs.finish();
        } catch (FileSystemException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot write " + e.getFile() + ": " + reason(e));
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot write to " + out + ": " + e.getMessage());
        }
        progress.done();
        if (!quiet) {
            err.printf("annotated %d documents (%d attributions) into %s%s%n", texts.size() - skipped, attributions, out,
                    skipped > 0 ? "; skipped " + skipped : "");
        }
        return skipped > 0 ? ExitCode.SKIPPED : ExitCode.OK;
    }

    private List<TextFile> collect() throws UserError {
        List<TextFile> texts;
        try {
            texts = new TextCollector().collect(paths);
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCode.BAD_INPUT, e.getFile() + ": no such file or folder");
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, "cannot list the input: " + e.getMessage());
        }
        if (texts.isEmpty()) {
            throw new UserError(ExitCode.BAD_INPUT, "no .txt file found in " + paths);
        }
        return texts;
    }

    private Catalog catalogFor(Path text) throws UserError {
        Path folder = text.toAbsolutePath().getParent();
        Catalog known = catalogs.get(folder);
        if (known == null) {
            try {
                known = Catalog.in(folder);
            } catch (IOException e) {
                throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
            }
            catalogs.put(folder, known);
        }
        return known;
    }

    static String reason(FileSystemException e) {
        String r = e.getReason();
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return r == null ? e.getClass().getSimpleName() : r;
    }
}
