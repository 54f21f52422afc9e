package org.readingcorpus.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The inflections the word lists are read with: every form of a listed verb finds its lemma. */
class LexiconsTest {

    private final Lexicons lexicons = Lexicons.standard();

    @ParameterizedTest
    @CsvSource({
        "said, say", "says, say", "saying, say", "told, tell", "admitted, admit", "admitting, admit",
        "referring, refer", "slammed, slam", "slamming, slam", "bragging, brag", "ripped, rip", "ripping, rip",
        "likened, liken", "referenced, reference", "decried, decry", "replies, reply", "replied, reply",
    })
    void findsTheLemmaOfEveryInflection(String form, String lemma) {
        assertEquals(lemma, lexicons.verbForm(form) == null ? null : lexicons.verbForm(form).lemma(), form);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sayed", "slaming", "braging", "refering", "replys"})
    void doesNotInventForms(String form) {
        assertNull(lexicons.verbForm(form), form);
    }
}
