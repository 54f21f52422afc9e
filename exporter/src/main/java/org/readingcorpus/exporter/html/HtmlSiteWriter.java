package org.readingcorpus.exporter.html;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.readingcorpus.exporter.AtomicFile;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.CorpusProfile;
import org.readingcorpus.model.SourceProfile;
import org.readingcorpus.model.SpeakerType;

/**
 * Writes the classroom reading view: a static site that opens from the file system, with no
 * server, network, external font or script. One page per document as documents stream by, then
 * an index with the corpus's source profile, and the stylesheet and script beside them.
 */
public final class HtmlSiteWriter {

    static final List<String> ASSETS = List.of("reader.css", "reader.js");

    /** What the index shows of an article: its counts, not its speakers' details. */
    private record IndexRow(String id, String title, String byline, SourceProfile counts) {
    }

    private final Path dir;
    private final CorpusProfile corpus = new CorpusProfile();
    private final List<IndexRow> rows = new ArrayList<>();

    /** Writes into {@code dir}, which must exist. */
    public HtmlSiteWriter(Path dir) {
        this.dir = dir;
    }

    public static String pageName(String documentId) {
        return documentId + ".html";
    }

    public void write(AnnotatedDocument document) throws IOException {
        write(document, SourceProfile.of(document));
    }

    /** As {@link #write(AnnotatedDocument)}, with the document's profile already counted by the caller. */
    public void write(AnnotatedDocument document, SourceProfile profile) throws IOException {
        String page = new ArticlePage(document, profile).render();
        AtomicFile.write(dir.resolve(pageName(document.id())), out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
        corpus.add(profile);
        rows.add(new IndexRow(document.id(), ArticlePage.title(document),
                Pages.byline(document.document().metadata(), ""), profile.countsOnly()));
    }

    public void finish() throws IOException {
        for (String asset : ASSETS) {
            try (InputStream in = HtmlSiteWriter.class.getResourceAsStream(asset)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + asset);
                }
                byte[] bytes = in.readAllBytes();
                AtomicFile.write(dir.resolve(asset), out -> out.write(bytes));
            }
        }
        String index = index();
        AtomicFile.write(dir.resolve("index.html"), out -> out.write(index.getBytes(StandardCharsets.UTF_8)));
    }

    private String index() {
        StringBuilder html = new StringBuilder(8_000 + rows.size() * 400);
        Pages.head(html, "Who speaks in these articles", "en");
        html.append("<a class=\"skip\" href=\"#articles\">Skip to the articles</a>\n<header><h1>Who speaks in these articles</h1>\n")
                .append("<p class=\"meta\">").append(corpus.documents()).append(" articles, ").append(corpus.attributions())
                .append(" attributions; ").append(String.format(Locale.ROOT, "%.0f%%", corpus.attributedShare() * 100))
                .append(" of the words are someone's reported words.</p>\n</header>\n<div class=\"layout\">\n<main>\n");
        articles(html);
        sharedSpeakers(html);
        html.append("</main>\n<aside aria-label=\"Source profile of the corpus\"><section id=\"profile\"><h2>Sources in the corpus</h2>\n");
        Pages.profileCharts(html, corpus.count(SpeakerType.PERSON), corpus.count(SpeakerType.ORGANIZATION),
                corpus.count(SpeakerType.MEDIA_OUTLET), corpus.count(SpeakerType.ANONYMOUS), corpus.count(SpeakerType.UNKNOWN),
                corpus.count(ContentKind.DIRECT), corpus.count(ContentKind.MIXED), corpus.count(ContentKind.INDIRECT),
                corpus.attributedShare());
        html.append("<h3>Outlets cited</h3>\n");
        List<CorpusProfile.CitedOutlet> outlets = corpus.outlets();
        if (outlets.isEmpty()) {
            html.append("<p>None.</p>\n");
        } else {
            html.append("<ul class=\"outlets\">\n");
            for (CorpusProfile.CitedOutlet o : outlets) {
                html.append("<li>").append(Html.escape(o.name())).append(": ").append(plural(o.documents(), "article"))
                        .append(", ").append(plural(o.attributions(), "attribution")).append("</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n</aside>\n</div>\n</body>\n</html>\n");
        return html.toString();
    }

    private void articles(StringBuilder html) {
        html.append("<section id=\"articles\"><h2>Articles</h2>\n<table class=\"articles\">\n<thead><tr>")
                .append("<th scope=\"col\">Article</th><th scope=\"col\">Attributions</th><th scope=\"col\">Direct</th>")
                .append("<th scope=\"col\">Indirect or mixed</th><th scope=\"col\">Named people</th>")
                .append("<th scope=\"col\">Organisations</th><th scope=\"col\">Media outlets</th>")
                .append("<th scope=\"col\">Anonymous</th><th scope=\"col\">Words attributed</th></tr></thead>\n<tbody>\n");
        for (IndexRow row : rows) {
            SourceProfile p = row.counts();
            html.append("<tr><th scope=\"row\"><a href=\"").append(Html.escape(pageName(row.id()))).append("\">")
                    .append(Html.escape(row.title())).append("</a>");
            if (!row.byline().isEmpty()) {
                html.append("<br/><span class=\"meta\">").append(Html.escape(row.byline())).append("</span>");
            }
            html.append("</th>");
            for (int n : new int[] {p.attributions(), p.count(ContentKind.DIRECT),
                p.count(ContentKind.INDIRECT) + p.count(ContentKind.MIXED), p.count(SpeakerType.PERSON),
                p.count(SpeakerType.ORGANIZATION), p.count(SpeakerType.MEDIA_OUTLET), p.count(SpeakerType.ANONYMOUS)}) {
                html.append("<td>").append(n).append("</td>");
            }
            html.append("<td>").append(String.format(Locale.ROOT, "%.0f%%", p.attributedShare() * 100)).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</section>\n");
    }

    private void sharedSpeakers(StringBuilder html) {
        Map<String, String> titles = new HashMap<>();
        rows.forEach(r -> titles.put(r.id(), r.title()));
        html.append("<section id=\"shared\"><h2>Speakers in several articles</h2>\n");
        List<CorpusProfile.SharedSpeaker> shared = corpus.sharedSpeakers();
        if (shared.isEmpty()) {
            html.append("<p>No speaker appears in more than one article.</p>\n");
        }
        for (CorpusProfile.SharedSpeaker s : shared) {
            html.append("<details><summary><strong>").append(Html.escape(s.name())).append("</strong> (")
                    .append(ArticlePage.typeLabel(s.type())).append("): ").append(plural(s.documents(), "article"))
                    .append(", ").append(plural(s.attributions(), "attribution")).append("</summary>\n<ul>\n");
            for (CorpusProfile.Appearance a : s.appearances()) {
                SourceProfile.SpeakerShare share = a.share();
                html.append("<li><a href=\"").append(Html.escape(pageName(a.documentId()))).append("\">")
                        .append(Html.escape(titles.getOrDefault(a.documentId(), a.documentId()))).append("</a>: ");
                if (!share.presentedAs().isEmpty()) {
                    html.append("named as ").append(share.presentedAs().stream().map(n -> "“" + Html.escape(n) + "”")
                            .collect(Collectors.joining(", "))).append("; ");
                }
                if (!share.cues().isEmpty()) {
                    html.append("reported with ").append(share.cues().stream().map(c -> "<em>" + Html.escape(c) + "</em>")
                            .collect(Collectors.joining(", "))).append("; ");
                }
                html.append(share.byKind().getOrDefault(ContentKind.DIRECT, 0)).append(" direct, ")
                        .append(share.byKind().getOrDefault(ContentKind.MIXED, 0)).append(" mixed, ")
                        .append(share.byKind().getOrDefault(ContentKind.INDIRECT, 0)).append(" indirect</li>\n");
            }
            if (s.documents() > s.appearances().size()) {
                html.append("<li>… and ").append(s.documents() - s.appearances().size()).append(" more articles</li>\n");
            }
            html.append("</ul>\n</details>\n");
        }
        html.append("</section>\n");
    }

    private static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
