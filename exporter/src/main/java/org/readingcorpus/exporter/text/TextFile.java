package org.readingcorpus.exporter.text;

import java.nio.file.Path;

/** An input text file and the document id it will have. */
public record TextFile(Path path, String documentId) {
}
