package org.readingcorpus.annotator;

/** The quote marks the annotator knows, and which way each one can face. */
final class QuoteMarks {

    enum Family { DOUBLE, SINGLE }

    enum Facing { OPENING, CLOSING, EITHER }

    private QuoteMarks() {
    }

    static boolean isQuoteMark(char c) {
        return family(c) != null;
    }

    static Family family(char c) {
        return switch (c) {
            case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB', '\u201F', '\u2033' -> Family.DOUBLE;
            case '\'', '\u2018', '\u2019', '\u201A', '\u2039', '\u203A', '\u201B' -> Family.SINGLE;
            default -> null;
        };
    }

    /** Marks that can only close: a closing double, a guillemet pointing right, a right single mark. */
    static Facing facing(char c) {
        return switch (c) {
            case '\u201C', '\u201E', '\u00AB', '\u201F', '\u2018', '\u201A', '\u2039', '\u201B' -> Facing.OPENING;
            case '\u201D', '\u00BB', '\u2019', '\u203A', '\u2033' -> Facing.CLOSING;
            default -> Facing.EITHER;
        };
    }

    /** A low opening mark („ ‚) is closed by the high mark (“ ‘) in German and Slavic typesetting. */
    static boolean closesLowOpening(char open, char candidate) {
        return (open == '\u201E' && candidate == '\u201C') || (open == '\u201A' && candidate == '\u2018');
    }
}
