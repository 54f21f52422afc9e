package org.readingcorpus.model;

/** What kind of entity a speaker is. */
public enum SpeakerType {
    PERSON,
    ORGANIZATION,
    MEDIA_OUTLET,
    /** A source the text leaves unnamed: "analysts", "a source". */
    ANONYMOUS,
    UNKNOWN
}
