package org.readingcorpus.exporter.xlsx;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Span;

/**
 * Checksums that tie a review sheet to the corpus it was exported from: of each document's text,
 * and of each attribution as the row showed it. A sheet imported into another corpus, or into a
 * re-annotated one, is refused row by row instead of applying decisions to the wrong words.
 */
public final class Fingerprints {

    private Fingerprints() {
    }

    /** SHA-256 of the text in UTF-8, in hexadecimal. */
    public static String textChecksum(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** A short hash of what the row of {@code a} shows: content spans, kind, cue, source mention, speaker. */
    public static String attribution(AnnotatedDocument document, Attribution a) {
        StringBuilder shown = new StringBuilder(a.id()).append('|');
        var content = document.content(a.contentId());
        for (Span f : content.fragments()) {
            shown.append(f.begin()).append('-').append(f.end()).append(' ');
        }
        shown.append('|').append(content.kind());
        shown.append('|').append(document.cue(a.cueId()).map(c -> c.span().toString()).orElse(""));
        shown.append('|').append(document.sourceMention(a.sourceMentionId()).map(m -> m.span().toString()).orElse(""));
        shown.append('|').append(a.speakerId() == null ? "" : a.speakerId());
        byte[] digest = sha256().digest(shown.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
