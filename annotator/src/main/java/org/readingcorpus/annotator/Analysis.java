package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.Span;

/**
 * The working state of one document while the stages run: the text, and a layer per stage.
 * Created per document and never shared between threads.
 */
public final class Analysis {

    private final Document document;
    private List<Span> paragraphs = List.of();
    private List<Span> sentences = List.of();
    private List<Token> tokens = List.of();
    private List<Quote> quotes = List.of();
    private List<CueMatch> cues = List.of();
    private final List<Proposal> proposals = new ArrayList<>();
    private ResolvedSpeakers speakers = ResolvedSpeakers.NONE;

    public Analysis(Document document) {
        this.document = Objects.requireNonNull(document);
    }

    public Document document() {
        return document;
    }

    public String text() {
        return document.text();
    }

    public List<Span> paragraphs() {
        return paragraphs;
    }

    public void setParagraphs(List<Span> paragraphs) {
        this.paragraphs = List.copyOf(paragraphs);
    }

    public List<Span> sentences() {
        return sentences;
    }

    public void setSentences(List<Span> sentences) {
        this.sentences = List.copyOf(sentences);
    }

    public List<Token> tokens() {
        return tokens;
    }

    public void setTokens(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
    }

    public List<Quote> quotes() {
        return quotes;
    }

    public void setQuotes(List<Quote> quotes) {
        this.quotes = List.copyOf(quotes);
    }

    public List<CueMatch> cues() {
        return cues;
    }

    public void setCues(List<CueMatch> cues) {
        this.cues = List.copyOf(cues);
    }

    public List<Proposal> proposals() {
        return Collections.unmodifiableList(proposals);
    }

    public void addProposal(Proposal proposal) {
        proposals.add(proposal);
    }

    public void replaceProposal(Proposal old, Proposal replacement) {
        int at = proposals.indexOf(old);
        if (at < 0) {
            throw new IllegalStateException("no such proposal: " + old);
        }
        proposals.set(at, replacement);
    }

    public ResolvedSpeakers speakers() {
        return speakers;
    }

    public void setSpeakers(ResolvedSpeakers speakers) {
        this.speakers = Objects.requireNonNull(speakers);
    }

    /** Whether a content is already proposed that overlaps {@code span}. */
    public boolean isClaimed(Span span) {
        for (Proposal p : proposals) {
            if (p.content().overlaps(span)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first token that ends after {@code offset}; {@code tokens().size()} if none. */
    public int tokenIndexAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The sentence that holds {@code offset}, or the last one that starts before it. */
    public Span sentenceAt(int offset) {
        return enclosing(sentences, offset);
    }

    public Span paragraphAt(int offset) {
        return enclosing(paragraphs, offset);
    }

    public int paragraphIndexAt(int offset) {
        return indexOfLastStartingAtOrBefore(paragraphs, offset);
    }

    private static Span enclosing(List<Span> units, int offset) {
        int at = indexOfLastStartingAtOrBefore(units, offset);
        return at < 0 ? new Span(0, 0) : units.get(at);
    }

    private static int indexOfLastStartingAtOrBefore(List<Span> units, int offset) {
        int lo = 0;
        int hi = units.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (units.get(mid).begin() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
