package org.readingcorpus.exporter.html;

import java.util.List;
import org.readingcorpus.model.DocumentMetadata;

/** What every page shares: the head, the byline, the profile charts. */
final class Pages {

    private Pages() {
    }

    static void head(StringBuilder html, String title, String language) {
        html.append("<!DOCTYPE html>\n<html lang=\"").append(Html.escape(language == null || language.isBlank() ? "en" : language))
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<link rel=\"stylesheet\" href=\"reader.css\"/>\n</head>\n<body>\n");
    }

    static String byline(DocumentMetadata m, String id) {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {m.outlet(), m.publicationDate() == null ? null : m.publicationDate().toString(),
            m.author()}) {
            if (part != null && !part.isBlank()) {
                s.append(s.length() > 0 ? " · " : "").append(part);
            }
        }
        return s.length() > 0 ? s.toString() : id;
    }

    /** The charts of a source profile: who (by speaker type), how (direct or not), how much (share of words). */
    static void profileCharts(StringBuilder html, int people, int organisations, int outlets, int anonymous,
            int unknown, int direct, int mixed, int indirect, double share) {
        html.append("<h3>Who is quoted</h3>\n").append(SvgCharts.bars("Attributions by kind of speaker", List.of(
                new SvgCharts.Bar("named people", people, "person"),
                new SvgCharts.Bar("organisations", organisations, "organization"),
                new SvgCharts.Bar("media outlets", outlets, "outlet"),
                new SvgCharts.Bar("anonymous", anonymous, "anonymous"),
                new SvgCharts.Bar("no speaker found", unknown, "unknown")))).append('\n');
        html.append("<h3>How they are quoted</h3>\n").append(SvgCharts.bars("Attributions by kind", List.of(
                new SvgCharts.Bar("direct", direct, "direct"),
                new SvgCharts.Bar("mixed", mixed, "mixed"),
                new SvgCharts.Bar("indirect", indirect, "indirect")))).append('\n');
        html.append("<h3>How much of the text</h3>\n")
                .append(SvgCharts.share("Share of the words that someone is reported as saying", share)).append('\n');
    }
}
