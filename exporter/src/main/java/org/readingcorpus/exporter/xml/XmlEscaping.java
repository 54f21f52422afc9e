package org.readingcorpus.exporter.xml;

import java.io.IOException;
import java.io.Writer;

/**
 * Escapes text for XML so that it reads back exactly: besides the usual characters, carriage
 * returns always (XML parsers turn a literal CR into LF), and tab and line feed inside attributes
 * (where parsers turn them into spaces).
 */
final class XmlEscaping {

    private XmlEscaping() {
    }

    static void escape(char[] ch, int start, int length, boolean attribute, Writer out) throws IOException {
        int end = start + length;
        int run = start;
        for (int i = start; i < end; i++) {
            String replacement = switch (ch[i]) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                case '"' -> attribute ? "&quot;" : null;
                case '\n' -> attribute ? "&#10;" : null;
                case '\t' -> attribute ? "&#9;" : null;
                default -> null;
            };
            if (replacement != null) {
                out.write(ch, run, i - run);
                out.write(replacement);
                run = i + 1;
            }
        }
        out.write(ch, run, end - run);
    }
}
