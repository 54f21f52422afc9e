package org.readingcorpus.exporter.xlsx;

/** What a reviewer can decide about a proposed attribution, as written in the Decision column. */
public enum ReviewDecision {
    ACCEPT("accept", "The content, its source and its speaker are right."),
    REJECT("reject", "There is no attribution here."),
    WRONG_SPEAKER("wrong speaker", "The content is right but the speaker is not: name the right one in Correct speaker."),
    WRONG_SPAN("wrong span", "The attribution is real but the content, cue or source covers the wrong words."),
    NOT_A_QUOTE("not a quote", "Quote marks around a term or title: nobody speaks.");

    private final String label;
    private final String meaning;

    ReviewDecision(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
