package org.readingcorpus.exporter.text;

import java.nio.file.Path;

/**
 * An input text file and the document id it will have.
 *
 * @param path where to read it
 * @param name the file as the user named it: as given, or relative to the folder it was found in
 * @param documentId the id of its document, unique in the run
 */
public record TextFile(Path path, String name, String documentId) {
}
