package org.readingcorpus.exporter.text;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the .txt files named on the command line: files as given, folders searched in name order.
 * Symbolic links to files are read; links to folders are not followed, so a link loop cannot trap
 * the search. Nothing is passed over in silence: every file left out is in {@link Collected#notes()}.
 */
public final class TextCollector {

    /** The texts found, in order, and one line for each thing that was left out and why. */
    public record Collected(List<TextFile> texts, List<String> notes) {
    }

    public Collected collect(List<Path> paths) throws IOException {
        List<Found> found = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int otherFiles = 0;
        for (Path path : paths) {
            if (!Files.exists(path)) {
                String reason = Files.isSymbolicLink(path) ? "a symbolic link that leads nowhere (broken, or a loop)"
                        : "no such file or folder";
                throw new NoSuchFileException(path.toString(), null, reason);
            }
            if (Files.isDirectory(path)) {
                Walk walk = new Walk(notes);
                Files.walkFileTree(path, walk);
                walk.texts.sort(null);
                walk.texts.forEach(file -> found.add(new Found(file, path.relativize(file).toString())));
                otherFiles += walk.otherFiles;
            } else {
                found.add(new Found(path, path.toString()));
            }
        }
        if (otherFiles > 0) {
            notes.add("left out " + otherFiles + " file" + (otherFiles == 1 ? "" : "s") + " not named *.txt");
        }
        DocumentIds ids = new DocumentIds();
        List<TextFile> texts = new ArrayList<>();
        for (Found f : found) {
            String fileName = f.path().getFileName().toString();
            String base = isText(f.path()) ? fileName.substring(0, fileName.length() - 4) : fileName;
            texts.add(new TextFile(f.path(), f.name(), ids.next(base)));
        }
        return new Collected(List.copyOf(texts), List.copyOf(notes));
    }

    private record Found(Path path, String name) {
    }

    private static final class Walk extends SimpleFileVisitor<Path> {
        private final List<String> notes;
        private final List<Path> texts = new ArrayList<>();
        private int otherFiles;

        Walk(List<String> notes) {
            this.notes = notes;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (attrs.isSymbolicLink()) {
                if (Files.isRegularFile(file)) {
                    addIfText(file);
                } else if (Files.isDirectory(file)) {
                    notes.add("left out " + file + ": a symbolic link to a folder (links to folders are not followed)");
                } else if (isText(file) || !Files.exists(file)) {
                    notes.add("left out " + file + ": a symbolic link that leads nowhere (broken, or a loop)");
                }
            } else if (attrs.isRegularFile()) {
                addIfText(file);
            } else if (isText(file)) {
                notes.add("left out " + file + ": not a regular file");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            notes.add("left out " + file + ": cannot be read (" + (e.getMessage() == null ? e : e.getMessage()) + ")");
            return FileVisitResult.CONTINUE;
        }

        private void addIfText(Path file) {
            if (isText(file)) {
                texts.add(file);
            } else if (!file.getFileName().toString().equals(Catalog.FILE_NAME)) {
                otherFiles++;
            }
        }
    }

    private static boolean isText(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
