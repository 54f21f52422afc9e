package org.readingcorpus.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.readingcorpus.model.SpeakerType;

/** What a named source mention calls its speaker, and of what kind. */
class SpeakerNamesTest {

    private final SpeakerNames names = new SpeakerNames(Lexicons.standard());

    @ParameterizedTest
    @CsvSource(delimiter = '#', textBlock = """
            both Ukraine and Russia                          # Ukraine and Russia                    # ORGANIZATION
            Trump and Clinton                                # Trump and Clinton                     # UNKNOWN
            the Center for Strategic and International Studies # Center for Strategic and International Studies # ORGANIZATION
            U.S. Secretary of State Antony Blinken           # Antony Blinken                        # PERSON
            Russia                                           # Russia                                # ORGANIZATION
            """)
    void namesTheSpeakerAsTheTextDoes(String mention, String name, SpeakerType type) {
        SpeakerNames.Name read = names.read(mention);
        assertEquals(name, read.text(), mention);
        assertEquals(type, read.type(), mention);
    }

    @Test
    void twoSpeakersTogetherAreNeitherAlone() {
        assertFalse(SpeakerNames.sameEntity("Russia", "Ukraine and Russia", SpeakerType.ORGANIZATION));
        assertFalse(SpeakerNames.sameEntity("Hillary Clinton", "Trump and Clinton", SpeakerType.PERSON));
        assertTrue(SpeakerNames.sameEntity("Ukraine and Russia", "Ukraine and Russia", SpeakerType.ORGANIZATION));
    }
}
