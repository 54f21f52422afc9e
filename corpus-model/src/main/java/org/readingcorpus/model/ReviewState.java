package org.readingcorpus.model;

/** Where an attribution stands in human review. */
public enum ReviewState {
    PENDING,
    ACCEPTED,
    REJECTED,
    CORRECTED
}
