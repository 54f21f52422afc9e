package org.readingcorpus.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where words end: the text, then its tokens joined by " | ". */
class WordTokenizerTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', quoteCharacter = '`', textBlock = """
            Russia’s U.S. AT&T Yunus-Bek          # Russia’s | U.S | . | AT&T | Yunus-Bek
            his 20,000 followers                  # his | 20,000 | followers
            $1,200,000.                           # $ | 1,200,000 | .
            in 2015,2016 and 1,20                 # in | 2015 | , | 2016 | and | 1 | , | 20
            1,2345 or 12345,678                   # 1 | , | 2345 | or | 12345 | , | 678
            won 3-2, 400 votes                    # won | 3-2 | , | 400 | votes
            9/11 widow, 24/7 and/or 9/ 11         # 9/11 | widow | , | 24/7 | and | / | or | 9 | / | 11
            Fran\u00c3\u00a7ois PeA\u0303\u0083A\u0302\u00b1a 100\u00c2\u00a0percent # Fran\u00c3\u00a7ois | PeA\u0303\u0083A\u0302\u00b1a | 100\u00c2 | percent
            said, “No.”                           # said | , | “ | No | . | ”
            Trump said.Trump claimed              # Trump | said | . | Trump | claimed
            Ph.D. at Breitbart.com and St.Louis   # Ph.D | . | at | Breitbart.com | and | St.Louis
            He’s said they're sure I'd go         # He | ’s | said | they | 're | sure | I | 'd | go
            Trump's plan isn't what's shown       # Trump's | plan | isn't | what | 's | shown
            Theyve It’ll O'Neill                  # Theyve | It | ’ll | O'Neill
            """)
    void splitsWordsFromMarks(String text, String expected) {
        assertEquals(Arrays.asList(expected.split(" \\| ")),
                WordTokenizer.tokenize(text).stream().map(Token::text).toList());
    }
}
