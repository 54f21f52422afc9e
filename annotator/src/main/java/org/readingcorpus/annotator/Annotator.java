package org.readingcorpus.annotator;

import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Document;

/** Finds attributions in a document. Implementations are thread-safe. */
public interface Annotator {

    AnnotatedDocument annotate(Document document);

    /** A name and version recorded in every corpus this annotator writes. */
    String name();

    String version();
}
