package org.readingcorpus.model;

import java.util.Objects;

/** Why an attribution exists: the rule that fired and the evidence it saw, in a reader's words. */
public record Provenance(Rule rule, String evidence) {
    public Provenance {
        Objects.requireNonNull(rule, "rule");
        evidence = evidence == null ? "" : evidence;
    }
}
