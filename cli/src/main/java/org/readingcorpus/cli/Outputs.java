package org.readingcorpus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;
import org.readingcorpus.exporter.AtomicFile;
import org.readingcorpus.exporter.brat.BratWriter;
import org.readingcorpus.exporter.html.HtmlSiteWriter;
import org.readingcorpus.exporter.tei.TeiWriter;
import org.readingcorpus.exporter.xlsx.ReviewWorkbookWriter;
import org.readingcorpus.exporter.xml.CorpusXmlWriter;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.CorpusHeader;
import org.readingcorpus.model.SourceProfile;

/**
 * The outputs of a run (all three formats, or those asked for), written side by side as documents
 * stream through. Nothing replaces
 * an earlier output until {@link #finish()}: the files are written beside their targets and the
 * brat folder is staged, so a failed run leaves the previous outputs as they were.
 */
final class Outputs implements AutoCloseable {

    static final String CORPUS_XML = OutputFormat.XML.fileName();
    static final String REVIEW_XLSX = OutputFormat.XLSX.fileName();
    static final String BRAT = OutputFormat.BRAT.fileName();

    private final Path dir;
    // set one by one in the constructor, with the clean-up already in place; null until made
    private Path bratStaging;
    private Path teiStaging;
    private Path htmlStaging;
    private HtmlSiteWriter html;
    private CorpusXmlWriter xml;
    private ReviewWorkbookWriter xlsx;
    private final BratWriter brat = new BratWriter();
    private final TeiWriter tei = new TeiWriter();
    private final CorpusHeader header;
    /** Removes the partial files when the run is interrupted (Ctrl-C, kill), so none is left behind. */
    private final Thread cleanupOnInterrupt = new Thread(this::discardQuietly, "corpus-output-cleanup");
    private boolean finished;
    private boolean discarded;

    Outputs(Path dir, CorpusHeader header) throws IOException {
        this(dir, header, OutputFormat.DEFAULTS);
    }

    Outputs(Path dir, CorpusHeader header, Set<OutputFormat> formats) throws IOException {
        this.dir = dir;
        this.header = header;
        Runtime.getRuntime().addShutdownHook(cleanupOnInterrupt);
        try {
            Files.createDirectories(dir);
            synchronized (this) {
                if (formats.contains(OutputFormat.BRAT)) {
                    this.bratStaging = Files.createDirectory(dir.resolve(AtomicFile.hiddenName(BRAT)));
                }
                if (formats.contains(OutputFormat.TEI)) {
                    this.teiStaging = Files.createDirectory(dir.resolve(AtomicFile.hiddenName(OutputFormat.TEI.fileName())));
                }
                if (formats.contains(OutputFormat.HTML)) {
                    this.htmlStaging = Files.createDirectory(dir.resolve(AtomicFile.hiddenName(OutputFormat.HTML.fileName())));
                    this.html = new HtmlSiteWriter(htmlStaging);
                }
                if (formats.contains(OutputFormat.XML)) {
                    this.xml = new CorpusXmlWriter(dir.resolve(CORPUS_XML), header);
                }
                if (formats.contains(OutputFormat.XLSX)) {
                    this.xlsx = new ReviewWorkbookWriter(dir.resolve(REVIEW_XLSX));
                }
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    /** Refuses a folder that already holds outputs, unless {@code force}. */
    static void requireWritable(Path dir, boolean force) throws UserError {
        requireWritable(dir, force, OutputFormat.DEFAULTS);
    }

    static void requireWritable(Path dir, boolean force, Set<OutputFormat> formats) throws UserError {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UserError(ExitCode.OUTPUT, dir + ": exists and is not a folder");
        }
        boolean used = formats.stream().anyMatch(f -> Files.exists(dir.resolve(f.fileName())));
        if (used && !force) {
            throw new UserError(ExitCode.OUTPUT, dir + ": already holds the outputs of a run; use --force to replace them");
        }
    }

    /** Synchronized with {@link #discard()}, so an interruption never deletes a file mid-write. */
    synchronized void write(AnnotatedDocument document) throws IOException {
        if (discarded) {
            throw new IOException("the run was interrupted");
        }
        // counted once for the three writers that show it
        SourceProfile profile = xml != null || xlsx != null || html != null ? SourceProfile.of(document) : null;
        if (xml != null) {
            xml.write(document, profile);
        }
        if (xlsx != null) {
            xlsx.write(document, profile);
        }
        if (bratStaging != null) {
            brat.write(document, bratStaging);
        }
        if (teiStaging != null) {
            tei.write(document, header, teiStaging);
        }
        if (html != null) {
            html.write(document, profile);
        }
    }

    synchronized void finish() throws IOException {
        if (discarded) {
            throw new IOException("the run was interrupted");
        }
        if (xml != null) {
            xml.finish();
        }
        if (xlsx != null) {
            xlsx.finish();
        }
        if (bratStaging != null) {
            brat.writeConfiguration(bratStaging);
            moveIntoPlace(bratStaging, dir.resolve(BRAT));
        }
        if (teiStaging != null) {
            moveIntoPlace(teiStaging, dir.resolve(OutputFormat.TEI.fileName()));
        }
        if (htmlStaging != null) {
            html.finish();
            moveIntoPlace(htmlStaging, dir.resolve(OutputFormat.HTML.fileName()));
        }
        finished = true;
    }

    @Override
    public void close() throws IOException {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnInterrupt);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it does the same work
        }
        discard();
    }

    private void discardQuietly() {
        try {
            discard();
        } catch (IOException | RuntimeException e) {
            // the process is ending; nothing more can be done about a file that will not go
        }
    }

    private synchronized void discard() throws IOException {
        if (discarded) {
            return;
        }
        discarded = true;
        try {
            if (xml != null) {
                xml.close();
            }
        } finally {
            try {
                if (xlsx != null) {
                    xlsx.close();
                }
            } finally {
                if (!finished) {
                    deleteTree(bratStaging);
                    deleteTree(teiStaging);
                    deleteTree(htmlStaging);
                }
            }
        }
    }

    /** A staged folder replaces the previous one of its name. */
    private static void moveIntoPlace(Path staged, Path target) throws IOException {
        if (Files.exists(target)) {
            deleteTree(target);
        }
        Files.move(staged, target);
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) {
                Files.delete(p);
            }
        }
    }
}
