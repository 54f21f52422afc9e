package org.readingcorpus.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.readingcorpus.exporter.CorpusFormatException;
import org.readingcorpus.exporter.brat.BratImporter;
import org.readingcorpus.exporter.xml.CorpusXmlReader;
import org.readingcorpus.model.CorpusHeader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corpus convert IN --to xml,brat,xlsx --out DIR}: a corpus from corpus.xml or brat files into other formats. */
@Command(name = "convert", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {
            "Reads a corpus and writes it in other formats, without annotating it again.",
            "",
            "IN is a corpus.xml (validated against its schema) or a folder of brat files in PolNeAR's scheme "
                    + "(NAME.txt and NAME.ann, as brat or INCEpTION export them). Writes DIR/corpus.xml, "
                    + "DIR/review.xlsx, DIR/brat/, DIR/tei/ and DIR/html/ (the classroom reading view), as --to asks."})
public final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "IN", description = "A corpus.xml file, or a folder of .txt and .ann files.")
    Path in;

    @Option(names = "--to", required = true, split = ",", paramLabel = "FORMAT",
            description = "What to write: ${COMPLETION-CANDIDATES}, one or several separated by commas.")
    List<OutputFormat> to;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder.")
    Path out;

    @Option(names = "--force", description = "Replace the outputs of an earlier run in DIR.")
    boolean force;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Override
    public Integer call() throws UserError {
        PrintWriter err = spec.commandLine().getErr();
        Set<OutputFormat> formats = EnumSet.copyOf(to);
        if (!Files.exists(in)) {
            throw new UserError(ExitCode.BAD_INPUT, in + ": no such file or folder");
        }
        Outputs.requireWritable(out, force, formats);
        int[] documents = {0};
        try {
            if (Files.isDirectory(in)) {
                List<Path> anns = annotationFiles();
                CorpusHeader header = new CorpusHeader("brat import", org.readingcorpus.annotator.RuleBasedAnnotator.VERSION,
                        Map.of("source", "brat files in " + in.getFileName()));
                try (Outputs outputs = new Outputs(out, header, formats)) {
                    for (Path ann : anns) {
                        String name = ann.getFileName().toString();
                        Path txt = ann.resolveSibling(name.substring(0, name.length() - 4) + ".txt");
                        BratImporter.Imported imported = new BratImporter().read(txt, ann);
                        if (!quiet) {
                            imported.notes().forEach(note -> err.println("corpus: note: " + note));
                        }
                        outputs.write(imported.document());
                        documents[0]++;
                    }
                    outputs.finish();
                }
            } else {
                Outputs[] outputs = {null};
                try {
                    new CorpusXmlReader().read(in, header -> outputs[0] = new Outputs(out, header, formats), document -> {
                        outputs[0].write(document);
                        documents[0]++;
                    });
                    outputs[0].finish();
                } finally {
                    if (outputs[0] != null) {
                        outputs[0].close();
                    }
                }
            }
        } catch (CorpusFormatException e) {
            throw new UserError(ExitCode.BAD_INPUT, e.getMessage());
        } catch (FileSystemException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot write " + e.getFile() + ": " + AnnotateCommand.reason(e)
                    + "; the previous outputs, if any, are unchanged");
        } catch (IOException e) {
            throw new UserError(ExitCode.OUTPUT, "cannot convert " + in + ": " + e.getMessage());
        }
        if (!quiet) {
            err.printf("converted %d documents into %s%n", documents[0], out);
        }
        return ExitCode.OK;
    }

    /** The .ann files of the folder that have their .txt beside them; a .ann without one is an error. */
    private List<Path> annotationFiles() throws UserError, IOException {
        List<Path> anns = new ArrayList<>();
        try (Stream<Path> files = Files.list(in)) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".ann")) {
                    continue;
                }
                if (!Files.isRegularFile(p.resolveSibling(name.substring(0, name.length() - 4) + ".txt"))) {
                    throw new UserError(ExitCode.BAD_INPUT, p + ": no .txt of the same name beside it");
                }
                anns.add(p);
            }
        }
        if (anns.isEmpty()) {
            throw new UserError(ExitCode.BAD_INPUT, in + ": no .ann file (a brat folder holds NAME.txt and NAME.ann)");
        }
        return anns;
    }
}
