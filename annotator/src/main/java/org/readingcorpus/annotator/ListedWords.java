package org.readingcorpus.annotator;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The scan that word-list linkers share: each word outside quote marks that a list gives openers
 * for is offered to the linker, and what it proposes is kept unless its content is claimed.
 */
final class ListedWords {

    private ListedWords() {
    }

    /**
     * @param openersOf what may follow a listed word ("of", "that"); empty for words not listed
     * @param proposal  the linker's reading of the word at a token index, given its openers
     */
    static void propose(Analysis analysis, Function<String, Set<String>> openersOf,
            BiFunction<Integer, Set<String>, Optional<Proposal>> proposal) {
        List<Token> tokens = analysis.tokens();
        for (int i = 1; i + 2 < tokens.size(); i++) {
            Set<String> openers = openersOf.apply(tokens.get(i).lower());
            if (openers.isEmpty() || analysis.isInsideQuote(tokens.get(i).begin())) {
                continue;
            }
            proposal.apply(i, openers).filter(p -> !analysis.isClaimed(p.content())).ifPresent(analysis::addProposal);
        }
    }
}
