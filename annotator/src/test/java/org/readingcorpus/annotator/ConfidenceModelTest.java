package org.readingcorpus.annotator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.Document;
import org.readingcorpus.model.DocumentMetadata;

/** The confidence model: fitted probabilities follow the examples, survive their file, and rescore documents. */
class ConfidenceModelTest {

    @Test
    void fitsHowOftenEachFeatureAgrees() {
        List<ConfidenceModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            examples.add(new ConfidenceModel.Example(List.of("rule=GOOD"), i % 10 != 0)); // agrees 9 times in 10
            examples.add(new ConfidenceModel.Example(List.of("rule=BAD"), i % 10 < 3)); // 3 times in 10
        }
        ConfidenceModel model = ConfidenceModel.train(examples, 1, 0.0, 2000);
        assertEquals(0.9, model.probability(List.of("rule=GOOD")), 0.02);
        assertEquals(0.3, model.probability(List.of("rule=BAD")), 0.02);
        assertEquals(model.probability(List.of()), model.probability(List.of("never seen")), 1e-12);
    }

    @Test
    void leavesOutRareFeatures() {
        List<ConfidenceModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            examples.add(new ConfidenceModel.Example(List.of("common"), i % 2 == 0));
        }
        examples.add(new ConfidenceModel.Example(List.of("common", "rare"), false));
        ConfidenceModel model = ConfidenceModel.train(examples, 2, 0.0, 500);
        assertEquals(model.probability(List.of("common")), model.probability(List.of("common", "rare")), 1e-12);
    }

    @Test
    void readsBackWhatItWrites() throws Exception {
        List<ConfidenceModel.Example> examples = List.of(new ConfidenceModel.Example(List.of("a", "b"), true),
                new ConfidenceModel.Example(List.of("a"), false), new ConfidenceModel.Example(List.of("b"), true));
        ConfidenceModel model = ConfidenceModel.train(examples, 1, 0.001, 300).withholdingBelow(0.25);
        StringWriter file = new StringWriter();
        model.write(file);
        ConfidenceModel read = ConfidenceModel.read(new BufferedReader(new StringReader(file.toString())));
        for (List<String> features : List.<List<String>>of(List.of("a"), List.of("b"), List.of("a", "b"), List.of())) {
            assertEquals(model.probability(features), read.probability(features), 1e-6, features.toString());
        }
        assertEquals(0.25, read.withholdBelow(), 1e-9);
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> ConfidenceModel.read(new BufferedReader(new StringReader("(bias) 0.5\n"))));
        assertTrue(bad.getMessage().contains("line 1"), bad.getMessage());
    }

    @Test
    void theShippedWeightsGiveEverySpeakingAttributionAProbabilityAndLeaveScareQuotesAlone() {
        String text = "\"We will win the war,\" said Ann Lee. Pressure could bring a \"black swan\" event, "
                + "the expert added. Bob Ray seems to be tired of it all.";
        Document document = new Document("d", DocumentMetadata.EMPTY, text);
        AnnotatedDocument rulesOnly = new RuleBasedAnnotator(Lexicons.standard(), ConfidenceModel.RULES_ONLY).annotate(document);
        AnnotatedDocument scored = new RuleBasedAnnotator().annotate(document);
        assertEquals(rulesOnly.attributions().size(), scored.attributions().size());
        boolean changed = false;
        for (int i = 0; i < scored.attributions().size(); i++) {
            Attribution before = rulesOnly.attributions().get(i);
            Attribution after = scored.attributions().get(i);
            assertTrue(after.confidence() > 0 && after.confidence() < 1, after.toString());
            if (scored.content(after.contentId()).kind() == ContentKind.SCARE_QUOTE) {
                assertEquals(before.confidence(), after.confidence());
            } else {
                changed |= before.confidence() != after.confidence();
            }
        }
        assertTrue(changed, "the model rescored the speaking attributions");
        assertEquals(scored, new RuleBasedAnnotator().annotate(document), "deterministic");
    }

    @Test
    void withholdsDoubtfulProposalsAndLeavesNothingOfThemBehind() {
        List<ConfidenceModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            examples.add(new ConfidenceModel.Example(List.of("rule=QUOTE_THEN_SOURCE_THEN_CUE"), true));
            examples.add(new ConfidenceModel.Example(List.of("rule=SOURCE_CUE_THAT_CLAUSE"), false));
        }
        ConfidenceModel model = ConfidenceModel.train(examples, 1, 0.0, 500);
        String text = "\"We will win the war,\" Ann Lee said. Bob Ray said the plan would fail in the end. "
                + "It was a \"black swan\" event.";
        Document document = new Document("d", DocumentMetadata.EMPTY, text);
        AnnotatedDocument all = new RuleBasedAnnotator(Lexicons.standard(), model.withholdingBelow(0.0)).annotate(document);
        AnnotatedDocument kept = new RuleBasedAnnotator(Lexicons.standard(), model.withholdingBelow(0.5)).annotate(document);
        assertEquals(List.of("QUOTE_THEN_SOURCE_THEN_CUE", "SOURCE_CUE_THAT_CLAUSE", "SCARE_QUOTE"), rules(all));
        assertEquals(List.of("QUOTE_THEN_SOURCE_THEN_CUE", "SCARE_QUOTE"), rules(kept), "the doubtful clause is withheld");
        assertEquals(List.of("\"We will win the war,\"", "\"black swan\""),
                kept.contents().stream().map(c -> c.fragments().get(0).coveredText(text)).toList());
        assertEquals(List.of("said"), kept.cues().stream().map(c -> c.span().coveredText(text)).toList());
        assertEquals(List.of("Ann Lee"), kept.sourceMentions().stream().map(m -> m.span().coveredText(text)).toList());
        assertEquals(1, kept.speakers().size(), "Bob Ray is no speaker once his statement is withheld");
        assertThrows(IllegalArgumentException.class, () -> model.withholdingBelow(1.5));
    }

    private static List<String> rules(AnnotatedDocument d) {
        return d.attributions().stream().map(a -> a.provenance().rule().name()).toList();
    }
}
