package org.readingcorpus.exporter.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a text file as UTF-8 and refuses what is not: a byte sequence that is not UTF-8 is
 * reported with its byte offset, never replaced. A UTF-8 byte order mark is not part of the text.
 */
public final class TextReader {

    /** A file that cannot be read as text; the message names the file and the problem. */
    public static final class UnreadableTextException extends IOException {
        private static final long serialVersionUID = 1L;

        public UnreadableTextException(String message) {
            super(message);
        }
    }

    public String read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableTextException(file + ": holds a NUL byte at byte " + i + "; it is not a text file");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new UnreadableTextException(file + ": not valid UTF-8 at byte " + in.position()
                    + " (is it in another encoding, such as Windows-1252?)");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }
}
