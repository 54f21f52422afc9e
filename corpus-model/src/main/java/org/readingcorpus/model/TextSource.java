package org.readingcorpus.model;

import java.util.List;
import java.util.Objects;

/**
 * Where a document's text came from and how its bytes became the text, so the original file can be
 * found and rebuilt byte for byte: put back each replaced control character, encode the text in
 * {@code encoding}, and prefix a byte order mark if there was one.
 *
 * @param file the file as named on the command line or found in a folder, relative to that folder
 * @param encoding the charset the bytes were decoded with (a Java/IANA name such as {@code UTF-8})
 * @param byteOrderMark whether the file began with a byte order mark, which is not part of the text
 * @param controlCharacters where the file held a control character that XML cannot carry (offsets into
 *     the text, in UTF-16 units like {@link Span}); the text holds its Control Picture there instead
 *     (U+2400 plus the character's code: ESC U+001B becomes ␛ U+241B), one character for one, so no
 *     offset moves
 */
public record TextSource(String file, String encoding, boolean byteOrderMark, List<Integer> controlCharacters) {

    /** The first of the Unicode Control Pictures, standing for U+0000; the others follow in order. */
    public static final char CONTROL_PICTURES = '\u2400';

    public TextSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(encoding, "encoding");
        controlCharacters = List.copyOf(controlCharacters);
    }

    public TextSource(String file, String encoding, boolean byteOrderMark) {
        this(file, encoding, byteOrderMark, List.of());
    }

    /** The text as the file held it: each recorded Control Picture turned back into its control character. */
    public String originalText(String text) {
        if (controlCharacters.isEmpty()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int offset : controlCharacters) {
            chars[offset] = (char) (chars[offset] - CONTROL_PICTURES);
        }
        return new String(chars);
    }

    /** Whether {@code c} is a character XML 1.0 cannot carry that has a Control Picture to stand for it. */
    public static boolean isReplaceableControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}
