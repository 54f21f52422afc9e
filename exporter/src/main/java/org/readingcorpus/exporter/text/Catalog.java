package org.readingcorpus.exporter.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.readingcorpus.model.DocumentMetadata;

/**
 * The metadata catalog beside a folder of texts: {@code catalog.tsv}, a header line
 * {@code file title outlet author date url language} and one tab-separated line per text. Empty
 * cells are unknown values.
 */
public final class Catalog {

    public static final String FILE_NAME = "catalog.tsv";
    private static final List<String> COLUMNS = List.of("file", "title", "outlet", "author", "date", "url", "language");

    private final Map<String, DocumentMetadata> byFileName;

    private Catalog(Map<String, DocumentMetadata> byFileName) {
        this.byFileName = byFileName;
    }

    public static Catalog empty() {
        return new Catalog(Map.of());
    }

    /** The catalog in {@code folder}, or an empty one; a malformed catalog is refused with its line. */
    public static Catalog in(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !List.of(lines.get(0).split("\t", -1)).equals(COLUMNS)) {
            throw new IOException(file + ":1: the header must be the tab-separated columns " + String.join(" ", COLUMNS));
        }
        Map<String, DocumentMetadata> entries = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String[] cells = lines.get(i).split("\t", -1);
            if (cells.length != COLUMNS.size()) {
                throw new IOException(file + ":" + (i + 1) + ": expected " + COLUMNS.size() + " tab-separated cells, found "
                        + cells.length);
            }
            LocalDate date;
            try {
                date = cells[4].isBlank() ? null : LocalDate.parse(cells[4].strip());
            } catch (DateTimeParseException e) {
                throw new IOException(file + ":" + (i + 1) + ": date '" + cells[4] + "' is not YYYY-MM-DD");
            }
            entries.put(cells[0].strip(), new DocumentMetadata(blankToNull(cells[1]), blankToNull(cells[2]),
                    blankToNull(cells[3]), date, blankToNull(cells[5]), blankToNull(cells[6]), null));
        }
        return new Catalog(Map.copyOf(entries));
    }

    public DocumentMetadata metadataFor(Path textFile) {
        return byFileName.getOrDefault(textFile.getFileName().toString(), DocumentMetadata.EMPTY);
    }

    private static String blankToNull(String cell) {
        return cell.isBlank() ? null : cell.strip();
    }
}
