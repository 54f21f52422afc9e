package org.readingcorpus.model;

/**
 * The rule that produced an attribution. Reviewers sort by it and teachers show it, so each
 * constant says in words what a reader would have noticed.
 */
public enum Rule {
    QUOTE_THEN_CUE_THEN_SOURCE("a quote followed by a reporting verb and then its speaker: \"…,\" said X"),
    QUOTE_THEN_SOURCE_THEN_CUE("a quote followed by its speaker and a reporting verb: \"…,\" X said"),
    QUOTE_THEN_DASH_THEN_SOURCE("a quote signed with a dash and its speaker: \"…\" ― X"),
    SOURCE_CUE_THEN_QUOTE("a speaker and reporting verb introduce the quote: X said: \"…\""),
    BLOCK_QUOTE("a paragraph set off without quote marks after one that ends \"X wrote:\""),
    CUE_THEN_SOURCE_THEN_QUOTE("a sentence opening with a reporting verb and its speaker, then the quote: Said X, \"…\""),
    SOURCE_CUE_THAT_CLAUSE("reported speech after a reporting verb: X said (that) …"),
    CLAUSE_THEN_CUE("reported speech before its reporting verb: …, X said"),
    RELATIVE_CLAUSE("a relative clause whose source stands inside it: \"… a record that officials said would fall\""),
    PARENTHETICAL_CUE("reported speech around its source and verb: \"This campaign, he says, is different\""),
    ACCORDING_TO("a clause attributed with \"according to X\", \"as reported by X\" or \"as X reported\""),
    PREVIOUS_SENTENCE("a short sentence that names the source of the sentence before it: \"It is reported by X.\""),
    PASSIVE_BY("a passive report: \"it is reported by X\""),
    PARTICIPLE_CLAUSE("a participle introduces the statement: \"Stressing that …, X stated\""),
    TRAILING_PARTICIPLE("a participle after the main clause reports more of what its subject said: \"X spoke, adding that …\""),
    IN_DOCUMENT("a sentence opening with the document that says it, or closing with the poll it was found in: \"In a poll released Monday, …\", \"… leads in the polls\""),
    SPEAKER_LABEL("a line that opens with its speaker and a colon, as transcripts and headlines do: \"MATTHEWS: …\", \"Rubio: …\""),
    VERB_COMPLEMENT("a stance verb and what it takes: \"X declined to say …\", \"X endorsed Y\""),
    IMPERSONAL_STANCE("a judgement nobody in the sentence holds: \"X seems to …\", \"X is expected to …\", \"it appears that …\""),
    STANCE_ADJECTIVE("an adjective of stance after its copula: \"X is skeptical of Y\", \"X is convinced that …\""),
    HEARSAY_ADVERB("an adverb that says the clause around it is reported, by nobody named: \"X has reportedly …\""),
    QUESTION_PUT("a question put to someone, by nobody named: \"Asked whether …, X said\", \"X was asked about …\""),
    QUOTED_DESCRIPTION("a verb, its object and \"as\" before a quotation: \"X heralded the deal as a “breakthrough”\""),
    SUPPORT_RECEIVED("backing that someone receives, credited to its givers: \"X has the support of Y\", \"X won the endorsement of Y\""),
    NOUN_CUE("a noun that reports a stance and what it is about: \"her criticism of the plan\", \"his claim that …\""),
    CUE_IN_SENTENCE("a reporting verb in a sentence no other rule explains: the rest of the sentence, with doubt"),
    CONTINUED_QUOTE("a quote that continues the previous speaker's words"),
    UNATTRIBUTED_QUOTE("a quotation, by its length, whose speaker the text does not give nearby: speech without a known speaker"),
    NEAREST_SPEAKER("a quote with no listed cue in its sentence, given to the subject of the sentence it closes (its verb the cue) or else to the speaker of the surrounding paragraphs"),
    SCARE_QUOTE("quote marks around a term or title: nobody speaks"),
    IMPORTED("read from an annotation file"),
    REVIEWER("set by a reviewer");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
