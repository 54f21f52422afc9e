package org.readingcorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.readingcorpus.annotator.Annotator;
import org.readingcorpus.exporter.text.Catalog;
import org.readingcorpus.exporter.text.TextCollector;
import org.readingcorpus.exporter.text.TextFile;
import org.readingcorpus.exporter.text.TextReader;
import org.readingcorpus.exporter.text.TextReader.DecodedText;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.CorpusHeader;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.TextSource;
import picocli.CommandLine;
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

    @Option(names = "--fail-fast", description = "Stop at the first text that cannot be read or annotated instead of"
            + " skipping it.")
    boolean failFast;

    @Option(names = "--encoding", paramLabel = "CHARSET", converter = CharsetConverter.class,
            description = "The encoding of the texts (such as windows-1252 or UTF-16LE). Default: a byte order mark"
                    + " decides, else UTF-8. Bytes that are not valid in it are refused, never replaced.")
    Charset encoding;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Option(names = "--html", description = "Also write DIR/html/: the classroom reading view, a static site that"
            + " opens from the file system (start with index.html).")
    boolean html;

    /** Catalogs by folder, read once each. */
    private final Map<Path, Catalog> catalogs = new java.util.HashMap<>();

    @CommandLine.Mixin
    AnnotatorOptions annotatorOptions = new AnnotatorOptions();

    @Option(names = "--threads", paramLabel = "N", description = "Texts annotated at once (default: the number of"
            + " cores, ${DEFAULT-VALUE}). The outputs are the same for any N.")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws UserError {
        PrintWriter err = spec.commandLine().getErr();
        if (threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
        }
        List<TextFile> texts = collect(err);
        Set<OutputFormat> formats = EnumSet.copyOf(OutputFormat.DEFAULTS);
        if (html) {
            formats.add(OutputFormat.HTML);
        }
        Outputs.requireWritable(out, force, formats);
        Annotator annotator = annotatorOptions.annotator();
        TextReader reader = encoding == null ? new TextReader() : new TextReader(encoding);
        Map<String, String> settings = new TreeMap<>();
        settings.put("encoding", encoding == null ? "byte order mark, else UTF-8" : encoding.name());
        settings.put("min-confidence", String.valueOf(annotatorOptions.threshold()));
        CorpusHeader header = new CorpusHeader(annotator.name(), annotator.version(), settings);
        Progress progress = new Progress(err, texts.size(), quiet);
        int skipped = 0;
        int attributions = 0;
        // Texts are read and annotated by workers, and written here in input order, so the outputs
        // do not depend on the number of threads; a bounded window keeps memory flat.
        try (Outputs outputs = new Outputs(out, header, formats);
                InOrder<TextFile, Annotated> annotating = new InOrder<>(threads, texts.iterator(),
                        text -> new Annotated(text, catalogFor(text.path()).metadataFor(text.path())),
                        work -> annotate(annotator, reader, work))) {
            while (annotating.hasNext()) {
                Annotated done;
                try {
                    done = annotating.next();
                } catch (SkippedText e) {
                    if (failFast) {
                        throw new UserError(e.exitCode, e.getMessage());
                    }
                    err.println("corpus: skipped " + e.getMessage());
                    skipped++;
                    continue;
                }
                if (done.note != null && !quiet) {
                    err.println("corpus: note: " + done.note);
                }
                outputs.write(done.document);
                attributions += done.document.attributions().size();
                progress.step();
            }
            outputs.finish();
        } catch (FileSystemException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot write " + e.getFile() + ": " + reason(e)
                    + "; the previous outputs, if any, are unchanged");
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot write to " + out + ": " + lowerFirst(e.getMessage())
                    + "; the previous outputs, if any, are unchanged");
        }
        progress.done();
        if (!quiet) {
            err.printf("annotated %d documents (%d attributions) into %s%s%n", texts.size() - skipped, attributions, out,
                    skipped > 0 ? "; skipped " + skipped : "");
        }
        return skipped > 0 ? ExitCode.SKIPPED : ExitCode.OK;
    }

    /** One text on its way through: its metadata from the catalog, then its annotations and a note, if any. */
    private static final class Annotated {
        final TextFile text;
        final DocumentMetadata metadata;
        AnnotatedDocument document;
        String note;

        Annotated(TextFile text, DocumentMetadata metadata) {
            this.text = text;
            this.metadata = metadata;
        }
    }

    /** A text left out of the run, with the reason and the exit code it gets under --fail-fast. */
    static final class SkippedText extends Exception {
        private static final long serialVersionUID = 1L;
        private final int exitCode;

        SkippedText(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }
    }

    /** Reads and annotates one text; runs on a worker thread, so it touches nothing shared but the annotator. */
    private static Annotated annotate(Annotator annotator, TextReader reader, Annotated work) throws SkippedText {
        TextFile text = work.text;
        DecodedText decoded;
        try {
            decoded = reader.read(text.path());
        } catch (TextReader.UnreadableTextException e) {
            throw new SkippedText(ExitCode.BAD_INPUT, e.getMessage());
        } catch (FileSystemException e) {
            throw new SkippedText(ExitCode.BAD_INPUT, text.path() + ": cannot read (" + reason(e) + ")");
        } catch (IOException e) {
            throw new SkippedText(ExitCode.BAD_INPUT, text.path() + ": cannot read (" + e.getMessage() + ")");
        }
        if (decoded.text().isBlank()) {
            work.note = text.path() + " is " + (decoded.text().isEmpty() ? "empty" : "blank")
                    + "; kept as a document with no attributions";
        }
        int controls = decoded.controlCharacters().size();
        if (controls > 0) {
            work.note = text.path() + ": " + controls + " control character" + (controls == 1 ? "" : "s")
                    + " that XML cannot carry shown by " + (controls == 1 ? "its" : "their")
                    + " Control Picture (␛ for ESC), one for one; corpus.xml records where";
        }
        TextSource source = new TextSource(text.name(), decoded.charset().name(), decoded.byteOrderMark(),
                decoded.controlCharacters());
        Document document = new Document(text.documentId(), work.metadata.withSource(source), decoded.text());
        try {
            work.document = annotator.annotate(document);
            return work;
        } catch (RuntimeException e) {
            // One document that trips a bug must not cost the others their annotations.
            throw new SkippedText(ExitCode.FAILURE, text.path() + ": the annotator failed (a bug: please report it): " + e);
        }
    }

    private List<TextFile> collect(PrintWriter err) throws UserError {
        TextCollector.Collected collected;
        try {
            collected = new TextCollector().collect(paths);
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCode.BAD_INPUT, e.getFile() + ": " + e.getReason());
        } catch (IOException e) {
            throw new UserError(ExitCode.BAD_INPUT, "cannot list the input: " + e.getMessage());
        }
        if (!quiet) {
            collected.notes().forEach(note -> err.println("corpus: note: " + note));
        }
        if (collected.texts().isEmpty()) {
            throw new UserError(ExitCode.BAD_INPUT, "no .txt file found in " + paths);
        }
        return collected.texts();
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
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getReason() == null ? e.getClass().getSimpleName() : lowerFirst(e.getReason());
    }

    /** System messages ("Read-only file system") read as part of ours. */
    private static String lowerFirst(String message) {
        return message == null || message.isEmpty() ? "" + message
                : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
