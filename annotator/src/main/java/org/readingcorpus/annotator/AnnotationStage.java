package org.readingcorpus.annotator;

/**
 * One step of the annotator. Implementations keep no state between calls: everything they read
 * or add lives in the {@link Analysis} of the document at hand, so one instance serves any number
 * of threads.
 */
public interface AnnotationStage {

    void process(Analysis analysis);
}
