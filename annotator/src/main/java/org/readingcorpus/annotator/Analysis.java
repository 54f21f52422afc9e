package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.Span;

/**
 * The working state of one document while the stages run: the text, and a layer per stage.
 * Created per document and never shared between threads.
 */
public final class Analysis {

    private static final int MAX_NESTED_WALK = 16;

    private final Document document;
    private List<Span> paragraphs = List.of();
    private List<Span> sentences = List.of();
    private List<Token> tokens = List.of();
    private List<Quote> quotes = List.of();
    private List<CueMatch> cues = List.of();
    private final List<Proposal> proposals = new ArrayList<>();
    /** The fragments of the contents proposed so far, by where they begin; no two share a character (see addProposal). */
    private final NavigableMap<Integer, Span> claimed = new TreeMap<>();
    /** Proposals replaced or joined into another, so a quote that borrows one's speaker still finds it. */
    private final Map<Proposal, Proposal> replacedBy = new IdentityHashMap<>();
    private ResolvedSpeakers speakers = ResolvedSpeakers.NONE;
    /**
     * Per sentence, the index of its first token and one past its last: the rules ask for a
     * sentence's bounds many times around each cue, so they are found once.
     */
    private int[] sentenceTokens;
    /** The sentence found last: the rules ask about the same sentence many times in a row. */
    private int lastSentence = -1;

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
        this.sentenceTokens = null;
        this.lastSentence = -1;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public void setTokens(List<Token> tokens) {
        this.tokens = List.copyOf(tokens);
        this.sentenceTokens = null;
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

    /**
     * Adds a proposal whose content overlaps none proposed before: every stage checks
     * {@link #isClaimed} first, since a stretch of text is one attribution's content at most.
     */
    public void addProposal(Proposal proposal) {
        if (isClaimed(proposal.content())) {
            throw new IllegalStateException("content " + proposal.content() + " overlaps one already proposed");
        }
        proposals.add(proposal);
        claim(proposal);
    }

    /** Each fragment is claimed on its own: what lies between two fragments (the cue, an aside) stays free. */
    private void claim(Proposal proposal) {
        for (Span fragment : proposal.fragments()) {
            claimed.put(fragment.begin(), fragment);
        }
    }

    private void release(Proposal proposal) {
        for (Span fragment : proposal.fragments()) {
            claimed.remove(fragment.begin());
        }
    }

    /** Replaces the proposal at {@code index} by one with the same content (a new kind, say). */
    public void replaceProposal(int index, Proposal replacement) {
        Proposal old = proposals.get(index);
        if (!replacement.content().equals(old.content())) {
            throw new IllegalStateException("a replacement keeps the content of " + old);
        }
        proposals.set(index, replacement);
        replacedBy.put(old, replacement);
    }

    /**
     * Makes {@code first} and {@code rest} one proposal, {@code rest}'s content becoming further
     * fragments of {@code first}'s. What lies between them (the cue, the source, an aside about the
     * speaker) stays free for other contents. Returns the joined proposal, which stands for both from now on.
     */
    public Proposal join(Proposal first, Proposal rest, String why) {
        int at = indexOfSame(first);
        int restAt = indexOfSame(rest);
        if (at < 0 || restAt < 0 || !first.content().precedes(rest.content())) {
            throw new IllegalStateException("cannot join " + rest + " to " + first);
        }
        Proposal joined = first.joinedWith(rest, why);
        proposals.remove(restAt);
        release(rest);
        release(first);
        proposals.set(indexOfSame(first), joined);
        claim(joined);
        replacedBy.put(first, joined);
        replacedBy.put(rest, joined);
        return joined;
    }

    /** The cues of the proposals so far: a cue that has introduced one statement has said its piece. */
    public Set<Span> cuesInUse() {
        Set<Span> used = new java.util.HashSet<>();
        for (Proposal p : proposals) {
            if (p.cue() != null) {
                used.add(p.cue());
            }
        }
        return used;
    }

    /**
     * The proposals that name a source, by where their cue begins (the first one per cue): a
     * sentence's earlier attribution is found with a range lookup, not a scan of all proposals.
     */
    public java.util.TreeMap<Integer, Proposal> spokenByCue() {
        java.util.TreeMap<Integer, Proposal> spoken = new java.util.TreeMap<>();
        for (Proposal p : proposals) {
            if (p.cue() != null && p.source() != null) {
                spoken.putIfAbsent(p.cue().begin(), p);
            }
        }
        return spoken;
    }

    /** Where this very proposal is; by identity, since comparing records field by field costs a deep walk. */
    private int indexOfSame(Proposal p) {
        for (int i = proposals.size() - 1; i >= 0; i--) {
            if (proposals.get(i) == p) {
                return i;
            }
        }
        return -1;
    }

    /** The proposal that stands for {@code p} now: itself, or what it was replaced by or joined into. */
    public Proposal current(Proposal p) {
        Proposal now = p;
        for (Proposal next = replacedBy.get(now); next != null; next = replacedBy.get(now)) {
            now = next;
        }
        return now;
    }

    /** The index of the first quote that begins at or after {@code offset}; quotes are in text order. */
    public int quoteIndexAt(int offset) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).outer().begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Whether {@code offset} lies inside quote marks: words someone is quoted as saying. */
    public boolean isInsideQuote(int offset) {
        return enclosingQuote(offset).isPresent();
    }

    /** The innermost quote whose marks {@code offset} lies between. */
    public java.util.Optional<Quote> enclosingQuote(int offset) {
        int i = quoteIndexAt(offset) - 1;
        // an outer quote starts before its nested ones, so walk back past them, a bounded way
        for (int steps = 0; i >= 0 && steps < MAX_NESTED_WALK; i--, steps++) {
            Quote q = quotes.get(i);
            if (q.inner().begin() <= offset && offset < q.inner().end()) {
                return java.util.Optional.of(q);
            }
            if (!q.isNested()) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    public ResolvedSpeakers speakers() {
        return speakers;
    }

    public void setSpeakers(ResolvedSpeakers speakers) {
        this.speakers = Objects.requireNonNull(speakers);
    }

    /**
     * Where the first content proposed so far that overlaps {@code span} begins, if every such
     * content lies in its tail (begins inside it, after its first character).
     */
    public java.util.OptionalInt claimedTailBegin(Span span) {
        Map.Entry<Integer, Span> first = claimed.ceilingEntry(span.begin());
        Map.Entry<Integer, Span> before = claimed.lowerEntry(span.begin());
        if (before != null && before.getValue().overlaps(span) || first == null || first.getKey() >= span.end()
                || first.getKey() == span.begin()) {
            return java.util.OptionalInt.empty();
        }
        return java.util.OptionalInt.of(first.getKey());
    }

    /** Whether a content is already proposed that overlaps {@code span}. */
    public boolean isClaimed(Span span) {
        if (span.isEmpty()) {
            return false;
        }
        // Claimed spans are disjoint, so only the last one starting before span's end can reach into it.
        Map.Entry<Integer, Span> before = claimed.lowerEntry(span.end());
        return before != null && before.getValue().overlaps(span);
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
        int at = sentenceIndexAt(offset);
        return at < 0 ? new Span(0, 0) : sentences.get(at);
    }

    /** The index of the first token of the sentence that holds {@code offset}. */
    public int sentenceFirstToken(int offset) {
        int at = sentenceIndexAt(offset);
        return at < 0 ? tokenIndexAt(0) : sentenceTokens()[2 * at];
    }

    /** The index one past the last token of the sentence that holds {@code offset}. */
    public int sentenceEndToken(int offset) {
        int at = sentenceIndexAt(offset);
        return at < 0 ? tokenIndexAt(0) : sentenceTokens()[2 * at + 1];
    }

    private int sentenceIndexAt(int offset) {
        int last = lastSentence;
        if (last >= 0 && sentences.get(last).begin() <= offset
                && (last + 1 == sentences.size() || offset < sentences.get(last + 1).begin())) {
            return last;
        }
        lastSentence = indexOfLastStartingAtOrBefore(sentences, offset);
        return lastSentence;
    }

    private int[] sentenceTokens() {
        if (sentenceTokens == null) {
            int[] bounds = new int[2 * sentences.size()];
            for (int i = 0; i < sentences.size(); i++) {
                bounds[2 * i] = tokenIndexAt(sentences.get(i).begin());
                bounds[2 * i + 1] = tokenIndexAt(sentences.get(i).end());
            }
            sentenceTokens = bounds;
        }
        return sentenceTokens;
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
