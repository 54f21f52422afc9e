package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.readingcorpus.model.Span;

/**
 * An aside that closes a source tells how or when, not who: in "Cement makers, for instance,
 * argue …", "Mr. Trump, it turned out, knew …" and "Clinton, clearly frustrated, said …" PolNeAR's
 * source ends before the comma (train: 8 of 8 such sources). A description stays ("Ben Domenech,
 * publisher of the Federalist, said"). Runs after the linkers, before speakers are resolved.
 */
public final class SourceAsideTrimmer implements AnnotationStage {

    /** Words set off by commas that comment on the sentence rather than name anyone. */
    private static final Set<String> COMMENTS = Set.of("for instance", "for example", "of course", "in fact", "in turn",
            "it turned out", "it seems", "too", "then", "however", "though", "instead", "meanwhile", "again",
            "in response", "at the time", "at first", "in particular", "in other words", "by contrast", "in contrast",
            "as well", "once again", "at least");
    private static final int MAX_TIME_WORDS = 4;

    @Override
    public void process(Analysis analysis) {
        SourceTrims.endBeforeComma(analysis, SourceAsideTrimmer::closingAside,
                kept -> "the aside after \"" + kept + "\" says how or when, not who");
    }

    /** The source's last comma when what follows it, to the source's end, is a comment, a manner or a time. */
    private static Optional<Token> closingAside(Analysis analysis, Span source) {
        List<Token> tokens = analysis.tokens();
        int first = analysis.tokenIndexAt(source.begin());
        int last = analysis.tokenIndexAt(source.end() - 1);
        if (tokens.get(last).is(",")) {
            last--;
        }
        int comma = last;
        while (comma > first && !tokens.get(comma).is(",")) {
            comma--;
        }
        if (comma <= first || comma == last) {
            return Optional.empty();
        }
        List<Token> aside = tokens.subList(comma + 1, last + 1);
        return isComment(aside) ? Optional.of(tokens.get(comma)) : Optional.empty();
    }

    private static boolean isComment(List<Token> aside) {
        String words = aside.stream().map(Token::lower).collect(Collectors.joining(" "));
        if (COMMENTS.contains(words)) {
            return true;
        }
        // "clearly frustrated", "historically": an adverb of manner, with the state it qualifies
        boolean manner = aside.size() <= 2 && !aside.get(0).isCapitalized() && aside.get(0).lower().endsWith("ly")
                && aside.stream().allMatch(Token::isWord);
        // "only two months later": a time counted from the last event
        boolean later = aside.size() <= MAX_TIME_WORDS && aside.get(aside.size() - 1).is("later")
                && aside.stream().allMatch(t -> t.isWord() && !t.isCapitalized());
        return manner || later;
    }
}
