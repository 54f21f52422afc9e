package org.readingcorpus.annotator;

import java.util.List;
import java.util.Set;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CueKind;
import org.readingcorpus.model.MentionKind;
import org.readingcorpus.model.Rule;
import org.readingcorpus.model.Span;

/**
 * Lines that open with their speaker and a colon: transcripts ({@code MATTHEWS: …}) and
 * headlines ({@code Marco Rubio: I'm Not Interested …}); an interview's {@code Q:} and {@code A:}
 * are left to the rules that read what the answers report. The label is a
 * few capitalised words; the rest of the line is what they said.
 */
public final class SpeakerLabelLinker implements AnnotationStage {

    private static final int MAX_LABEL = 4;
    private static final int MIN_CONTENT_WORDS = 2;
    /** Labels that head a line without anyone speaking. */
    private static final Set<String> NOT_SPEAKERS = Set.of("note", "update", "updated", "editor", "photo", "photos",
            "video", "watch", "source", "sources", "related", "read", "correction", "caption", "credit", "tags",
            "image", "images", "listen", "see", "also", "more", "subscribe", "follow", "advertisement", "contact",
            "disclosure", "warning", "breaking", "exclusive", "live", "transcript", "topics", "filed", "posted",
            "published", "by", "date", "time", "location", "where", "when", "what", "why", "how", "who", "here",
            "this", "that", "the", "and", "but", "or", "so", "for", "in", "on", "at", "to", "of", "with", "contributing",
            "revealed", "byline", "email", "e-mail", "paid", "deaths", "corrections", "clarification", "boom", "bombshell",
            "wow", "shocking", "shock", "huge", "busted", "epic", "just", "name", "age", "job");

    /** Words that make a label a notice wherever they stand in it: "Editor’s Note:", "Photo Credit:". */
    private static final Set<String> NOTICES = Set.of("note", "update", "correction", "clarification", "caption",
            "credit", "disclosure", "notes", "corrections");
    /** Tags a headline may open with before its speaker: "EXCLUSIVE – Roger Stone: …". */
    private static final Set<String> HEADLINE_TAGS = Set.of("exclusive", "breaking", "update", "watch", "video", "report");

    private final Lexicons lexicons;

    public SpeakerLabelLinker(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public void process(Analysis analysis) {
        List<Token> tokens = analysis.tokens();
        for (Span paragraph : analysis.paragraphs()) {
            int first = analysis.tokenIndexAt(paragraph.begin());
            int end = analysis.tokenIndexAt(paragraph.end());
            if (first < end && Clauses.isQuoteMark(tokens.get(first))) {
                first++; // a transcript quoted line by line: "PENCE: Well, look, …
            }
            if (first + 2 < end && HEADLINE_TAGS.contains(tokens.get(first).lower()) && Clauses.isDash(tokens, first + 1)) {
                first += 2;
            }
            int colon = labelColon(tokens, first, Math.min(end, first + MAX_LABEL + 1));
            if (colon < 0 || letterWords(tokens, colon + 1, end - 1) < MIN_CONTENT_WORDS || isNameList(tokens, colon + 1, end)) {
                continue;
            }
            if (colon == first + 1 && tokens.get(first).isAny("q", "a")) {
                continue; // an interview's "Q:" and "A:": PolNeAR marks what the answers report inside them, not the answers
            }
            Span label = new Span(tokens.get(first).begin(), tokens.get(colon - 1).end());
            Clauses.trimmed(tokens, colon + 1, end - 1)
                    .filter(content -> !analysis.isClaimed(content) && !analysis.isClaimed(label))
                    .ifPresent(content -> analysis.addProposal(new Proposal(content, ContentKind.INDIRECT,
                            tokens.get(colon).span(), CueKind.PUNCTUATION, label, MentionKind.NAME, Rule.SPEAKER_LABEL,
                            0.6, "the line opens with \"" + label.coveredText(analysis.text()) + ":\"", null)));
        }
    }

    private static final int MIN_LIST_COMMAS = 2;

    /** "Iowa: Tim Albrecht, Brad Anderson, Rob Barron, …": names in a row, listed, not said. */
    private static boolean isNameList(List<Token> tokens, int first, int end) {
        int commas = 0;
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            if (t.is(",")) {
                commas++;
            } else if (t.isWord() && !t.isCapitalized() && !t.isAny("and", "of")) {
                return false;
            }
        }
        return commas >= MIN_LIST_COMMAS;
    }

    /** Words with letters: "Clinton: 2,316" is a tally, not a statement. */
    private static int letterWords(List<Token> tokens, int first, int last) {
        int n = 0;
        for (int i = first; i <= last; i++) {
            if (tokens.get(i).isWord() && tokens.get(i).text().chars().anyMatch(Character::isLetter)) {
                n++;
            }
        }
        return n;
    }

    /** The colon after a label of capitalised words at the paragraph's start, or -1. */
    private int labelColon(List<Token> tokens, int first, int limit) {
        if (first >= limit || NOT_SPEAKERS.contains(tokens.get(first).lower().replaceFirst("['\u2019]s$", ""))) {
            return -1; // "Watch: …", "Editor’s Note: …"; "Judicial Watch: …" is a speaker
        }
        for (int i = first; i < limit; i++) {
            Token t = tokens.get(i);
            if (t.is(":")) {
                return i > first && t.begin() == tokens.get(i - 1).end() ? i : -1;
            }
            // "Clinton camp: …", "Trump aide: …": a role noun after a name still names the speaker
            boolean roleAfterName = i > first && i + 1 < limit && tokens.get(i + 1).is(":") && t.isWord()
                    && (lexicons.roleNoun(t.lower()) != null || t.is("camp"));
            boolean labelWord = t.isWord() && (t.isCapitalized() || roleAfterName) && !NOTICES.contains(t.lower())
                    && !Character.isDigit(t.text().charAt(0));
            boolean joiner = i > first && t.isAny(".", "'s", "\u2019s", "-");
            if (!labelWord && !joiner) {
                return -1;
            }
        }
        return -1;
    }
}
