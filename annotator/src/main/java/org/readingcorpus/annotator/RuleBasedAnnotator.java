package org.readingcorpus.annotator;

import java.util.List;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Document;

/**
 * The annotator: deterministic stages, each explainable, composed here and nowhere else. The
 * order matters: quotes with a cue beside them are claimed first, then reported speech, then
 * quotes that borrow a speaker from their neighbours, and what is left is a scare quote.
 */
public final class RuleBasedAnnotator implements Annotator {

    public static final String NAME = "reading-corpus rule-based annotator";
    public static final String VERSION = "0.1.0";

    private final List<AnnotationStage> stages;
    private final ConfidenceModel confidence;

    public RuleBasedAnnotator() {
        this(Lexicons.standard(), ConfidenceModel.standard());
    }

    /** The rules with these lexicons; confidences from {@code confidence} ({@link ConfidenceModel#RULES_ONLY}: the rules' own). */
    public RuleBasedAnnotator(Lexicons lexicons, ConfidenceModel confidence) {
        this.confidence = confidence;
        this.stages = List.of(
                new ParagraphSplitter(),
                new WordTokenizer(),
                new SentenceSplitter(),
                new QuotePairer(),
                new CueFinder(lexicons),
                new DirectQuoteLinker(lexicons),
                ReportedSpeechLinker.closingCues(lexicons),
                new AccordingToLinker(lexicons),
                // "As the Times reported on Tuesday, …": before the verb's own rule takes "on Tuesday" for what was reported
                new AsClauseLinker(lexicons),
                new PassiveLinker(lexicons),
                // a transcript's "PENCE: I think …" is Pence's line, before "I think" can claim part of it
                new SpeakerLabelLinker(lexicons),
                // "Asked if she believed …, Clinton said": the question, before "believed" can claim part of it
                QuestionPutLinker.openingQuestions(lexicons),
                InDocumentLinker.openingPolls(lexicons),
                new ReportedSpeechLinker(lexicons),
                new ComplementLinker(lexicons),
                new InDocumentLinker(lexicons),
                new ImpersonalStanceLinker(lexicons),
                new StanceAdjectiveLinker(lexicons),
                new SupportReceivedLinker(lexicons),
                new QuestionPutLinker(lexicons),
                new LoneCueLinker(lexicons),
                new HearsayAdverbLinker(),
                new NounCueLinker(lexicons),
                new QuotedDescriptionLinker(lexicons),
                new MixedQuoteMarker(),
                new UnintroducedQuoteLinker(lexicons),
                new ScareQuoteMarker(),
                new SplitQuoteJoiner(),
                new PassiveSubjectRemover(lexicons),
                new SpokenRelativeClauseTrimmer(),
                new SourceAsideTrimmer(),
                new InfinitiveCueExtender(),
                new SpeakerResolver(lexicons));
    }

    /** The stages in the order they run, for benchmarks and the architecture document. */
    public List<AnnotationStage> stages() {
        return stages;
    }

    @Override
    public AnnotatedDocument annotate(Document document) {
        Analysis analysis = new Analysis(document);
        for (AnnotationStage stage : stages) {
            stage.process(analysis);
        }
        return DocumentAssembler.assemble(analysis, confidence);
    }

    /** Told how long each stage took on a document; for benchmarks. */
    @FunctionalInterface
    public interface StageClock {
        void took(AnnotationStage stage, long nanos);
    }

    /** Annotates as {@link #annotate(Document)} does, telling {@code clock} what each stage cost. */
    public AnnotatedDocument annotate(Document document, StageClock clock) {
        Analysis analysis = new Analysis(document);
        for (AnnotationStage stage : stages) {
            long start = System.nanoTime();
            stage.process(analysis);
            clock.took(stage, System.nanoTime() - start);
        }
        return DocumentAssembler.assemble(analysis, confidence);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String version() {
        return VERSION;
    }
}
