package org.readingcorpus.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;

/** Where sentences end: the text, then its sentences joined by " | ". */
class SentenceSplitterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            Bush spoke. He left.                                       # Bush spoke. | He left.
            Mr. Bush spoke to Sen. Cruz.                               # Mr. Bush spoke to Sen. Cruz.
            George W. Bush spoke.                                      # George W. Bush spoke.
            The polls close at 7 p.m. He says he is happy.             # The polls close at 7 p.m. | He says he is happy.
            The polls close at 7 p.m. Eastern time.                    # The polls close at 7 p.m. Eastern time.
            She met U.S. officials. They left.                         # She met U.S. officials. | They left.
            He lives in the U.S. The rest live abroad.                 # He lives in the U.S. | The rest live abroad.
            He joined the U.S. Senate in 2007.                         # He joined the U.S. Senate in 2007.
            He works for Acme Inc. But not for long.                   # He works for Acme Inc. | But not for long.
            State Del. Marcia Price spoke in Dover, Del. The rest left. # State Del. Marcia Price spoke in Dover, Del. | The rest left.
            “It is over.” She left.                                    # “It is over.” | She left.
            “It is over,” Trump said.Trump claimed he knew.            # “It is over,” Trump said. | Trump claimed he knew.
            WASHINGTON (AP) — The talks resume. They end.              # WASHINGTON (AP) — | The talks resume. | They end.
            New York (AFP) – Joe Biden hit the trail.                  # New York (AFP) – | Joe Biden hit the trail.
            New York – the city – voted.                               # New York – the city – voted.
            """)
    void splitsAfterTheEndOfEachSentence(String text, String expected) {
        Analysis analysis = new Analysis(new Document("d", DocumentMetadata.EMPTY, text));
        for (AnnotationStage stage : List.of(new ParagraphSplitter(), new WordTokenizer(), new SentenceSplitter())) {
            stage.process(analysis);
        }
        assertEquals(Arrays.asList(expected.split(" \\| ")),
                analysis.sentences().stream().map(s -> s.coveredText(text)).toList());
    }
}
