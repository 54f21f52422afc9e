package org.readingcorpus.exporter.text;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.readingcorpus.model.TextSource;

/**
 * Reads a text file exactly: every byte decodes to a character or the file is refused, with its
 * name and the byte offset of the problem. Nothing is ever replaced or dropped, except a byte
 * order mark, which is not text and is recorded in {@link DecodedText#byteOrderMark()}.
 *
 * <p>Without a declared encoding a byte order mark decides (UTF-8, UTF-16 or UTF-32), else UTF-8.
 * A text must also be one XML can carry: a NUL byte says the file is binary and it is refused. Other
 * control characters (but tab, line feed and carriage return), which scraped pages do hold, are
 * replaced one for one by their Unicode Control Pictures and their places recorded in
 * {@link DecodedText#controlCharacters()}, so offsets stay right and the original can be rebuilt.
 * The noncharacters U+FFFE and U+FFFF are refused with their line and column.
 */
public final class TextReader {

    /** A file that cannot be read as text; the message names the file and the problem. */
    public static final class UnreadableTextException extends IOException {
        private static final long serialVersionUID = 1L;

        public UnreadableTextException(String message) {
            super(message);
        }
    }

    /** The text of a file and how it was decoded. */
    public record DecodedText(String text, Charset charset, boolean byteOrderMark, List<Integer> controlCharacters) {
    }

    private record ByteOrderMark(Charset charset, int length) {
    }

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    /** The largest text a Java string can hold, in bytes read. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 16;

    private final Charset declared;

    /** A reader that detects the encoding from a byte order mark, else reads UTF-8. */
    public TextReader() {
        this.declared = null;
    }

    /** A reader for files in {@code declared}; a byte order mark of that encoding is still recognised. */
    public TextReader(Charset declared) {
        this.declared = declared;
    }

    public DecodedText read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new UnreadableTextException(file + ": is " + size + " bytes, more than one document can hold; split it");
        }
        byte[] bytes = Files.readAllBytes(file);
        Optional<ByteOrderMark> bom = byteOrderMark(bytes)
                .filter(mark -> declared == null || sameUnicodeForm(declared, mark.charset()));
        Charset charset = bom.map(ByteOrderMark::charset).orElse(declared == null ? StandardCharsets.UTF_8 : declared);
        int start = bom.map(ByteOrderMark::length).orElse(0);
        if (!isWide(charset)) {
            refuseNulBytes(file, bytes, start);
        }
        String decoded = decode(file, bytes, start, charset);
        List<Integer> controls = new ArrayList<>();
        String text = replaceControls(file, decoded, controls);
        return new DecodedText(text, charset, bom.isPresent(), List.copyOf(controls));
    }

    private static Optional<ByteOrderMark> byteOrderMark(byte[] b) {
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(UTF_32BE, 4));
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(new ByteOrderMark(UTF_32LE, 4));
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_8, 3));
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16BE, 2));
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return Optional.of(new ByteOrderMark(StandardCharsets.UTF_16LE, 2));
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether a declared encoding admits a mark: UTF-16 for either UTF-16 mark, else the same charset. */
    private static boolean sameUnicodeForm(Charset declared, Charset marked) {
        String d = declared.name();
        String m = marked.name();
        return d.equals(m) || (d.equals("UTF-16") && m.startsWith("UTF-16")) || (d.equals("UTF-32") && m.startsWith("UTF-32"));
    }

    private static boolean isWide(Charset charset) {
        return charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32");
    }

    private static void refuseNulBytes(Path file, byte[] bytes, int start) throws UnreadableTextException {
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableTextException(file + ": holds a NUL byte at byte " + i + ", so it is not a text file"
                        + " (if it is UTF-16 without a byte order mark, give --encoding UTF-16LE or UTF-16BE)");
            }
        }
    }

    private static String decode(Path file, byte[] bytes, int start, Charset charset) throws UnreadableTextException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) Math.ceil((bytes.length - start) * (double) decoder.maxCharsPerByte()) + 1));
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            String hint = charset.equals(StandardCharsets.UTF_8)
                    ? " (is it in another encoding? give it with --encoding, for example --encoding windows-1252)"
                    : "; check --encoding";
            throw new UnreadableTextException(file + ": not valid " + charset.name() + " at byte " + in.position() + hint);
        }
        out.flip();
        return out.toString();
    }

    /**
     * XML 1.0 holds tab, LF, CR and the characters from U+0020 on, except U+FFFE and U+FFFF (decoding
     * has already refused unpaired surrogates). Other controls are replaced and recorded; the two
     * noncharacters have no stand-in and are refused here, where the file and line can be named.
     */
    private static String replaceControls(Path file, String text, List<Integer> replaced)
            throws UnreadableTextException {
        char[] chars = null;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            } else if (TextSource.isReplaceableControl(c)) {
                if (c == 0) {
                    throw new UnreadableTextException(String.format("%s: holds a NUL character at line %d, column %d,"
                            + " so it is not a text file", file, line, text.codePointCount(lineStart, i) + 1));
                }
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) (TextSource.CONTROL_PICTURES + c);
                replaced.add(i);
            } else if (c == 0xFFFE || c == 0xFFFF) {
                throw new UnreadableTextException(String.format("%s: holds the noncharacter U+%04X at line %d, column %d,"
                        + " which XML cannot carry; remove it and run again", file, (int) c, line,
                        text.codePointCount(lineStart, i) + 1));
            }
        }
        return chars == null ? text : new String(chars);
    }
}
