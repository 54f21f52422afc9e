package org.readingcorpus.model;

import java.util.Objects;

/**
 * Where a document's text came from and how its bytes were decoded, so the original file can be
 * found and rebuilt byte for byte: the text plus a byte order mark, if there was one, encoded in
 * {@code encoding}.
 *
 * @param file the file as named on the command line or found in a folder, relative to that folder
 * @param encoding the charset the bytes were decoded with (a Java/IANA name such as {@code UTF-8})
 * @param byteOrderMark whether the file began with a byte order mark, which is not part of the text
 */
public record TextSource(String file, String encoding, boolean byteOrderMark) {
    public TextSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(encoding, "encoding");
    }
}
