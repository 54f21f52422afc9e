package org.readingcorpus.exporter.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeSet;
import org.readingcorpus.model.AnnotatedDocument;
import org.readingcorpus.model.Attribution;
import org.readingcorpus.model.Content;
import org.readingcorpus.model.ContentKind;
import org.readingcorpus.model.DocumentMetadata;
import org.readingcorpus.model.ReviewState;
import org.readingcorpus.model.SourceProfile;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.Speaker;
import org.readingcorpus.model.SpeakerType;

/**
 * One article as a reading page: its paragraphs with every attribution marked (the content shaded
 * in its speaker's colour and tagged with the speaker's letter, the cue underlined, the source
 * mention boxed), a legend that filters, the details of the selected passage, the article's
 * source profile as charts, and a worksheet for print. The marks are cut into segments at every
 * boundary and line end, so they never need to nest.
 */
final class ArticlePage {

    /** How many speaker colours the stylesheet has; beyond, colours repeat but letters do not. */
    static final int COLOURS = 8;

    private enum Role { CONTENT, CUE, SOURCE }

    /** A span of the text and the attribution it plays a role in. */
    private record Mark(Span span, Role role, Shown shown) {
    }

    /** An attribution as the page shows it: its number, its speaker's letter and colour. */
    private record Shown(Attribution attribution, Content content, int number, Speaker speaker, String tag, String colour) {
        boolean isScareQuote() {
            return !content.kind().isSpeech();
        }
    }

    private final AnnotatedDocument document;
    private final SourceProfile profile;
    private final List<Shown> shown = new ArrayList<>();
    private final Map<String, String> tagOf = new LinkedHashMap<>();
    private final Map<String, String> colourOf = new LinkedHashMap<>();
    /** The passages given their one keyboard stop: on the first segment shown, wherever it starts. */
    private final java.util.Set<String> focusStops = new java.util.HashSet<>();

    ArticlePage(AnnotatedDocument document, SourceProfile profile) {
        this.document = document;
        this.profile = profile;
        int number = 0;
        int named = 0;
        for (Attribution a : document.attributionsInTextOrder()) {
            if (!SourceProfile.counts(a)) {
                continue;
            }
            Content content = document.content(a.contentId());
            Speaker speaker = document.speaker(a.speakerId()).orElse(null);
            String key = speaker == null ? "" : speaker.id();
            if (content.kind().isSpeech() && !tagOf.containsKey(key)) {
                if (speaker == null) {
                    tagOf.put(key, "?");
                    colourOf.put(key, "none");
                } else {
                    tagOf.put(key, letters(named));
                    colourOf.put(key, String.valueOf(named % COLOURS));
                    named++;
                }
            }
            shown.add(new Shown(a, content, content.kind().isSpeech() ? ++number : 0, speaker,
                    content.kind().isSpeech() ? tagOf.get(key) : "", content.kind().isSpeech() ? colourOf.get(key) : "scare"));
        }
    }

    /** A, B, …, Z, AA, AB, … */
    static String letters(int index) {
        StringBuilder s = new StringBuilder();
        int n = index;
        do {
            s.insert(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s.toString();
    }

    static String title(AnnotatedDocument document) {
        String title = document.document().metadata().title();
        return title == null || title.isBlank() ? document.id() : title;
    }

    String render() {
        DocumentMetadata m = document.document().metadata();
        StringBuilder html = new StringBuilder(document.text().length() * 2 + 8_000);
        String title = title(document);
        Pages.head(html, title + " — who speaks", m.language());
        html.append("<a class=\"skip\" href=\"#article\">Skip to the article</a>\n");
        html.append("<header><nav><a href=\"index.html\">All articles</a></nav>\n<h1>").append(Html.escape(title))
                .append("</h1>\n<p class=\"meta\">").append(Html.escape(Pages.byline(m, document.id()))).append("</p>\n");
        html.append("<div class=\"toolbar\" role=\"toolbar\" aria-label=\"View\">")
                .append("<button type=\"button\" id=\"exercise\" aria-pressed=\"false\">Exercise: hide the speakers</button>")
                .append("<button type=\"button\" id=\"print\">Print as a worksheet</button></div>\n</header>\n");
        html.append("<div class=\"layout\">\n<main id=\"article\" tabindex=\"-1\">\n<article aria-label=\"The article\">\n");
        paragraphs(html);
        html.append("</article>\n</main>\n<aside aria-label=\"Who speaks\">\n");
        html.append("<section id=\"details\" aria-live=\"polite\"><h2>Selected passage</h2>")
                .append("<p class=\"hint\">Select a highlighted passage (click it, or Tab to it and press Enter) to see who"
                        + " speaks and how we know.</p></section>\n");
        legend(html);
        profileSection(html);
        html.append("</aside>\n</div>\n");
        worksheet(html);
        html.append("<script type=\"application/json\" id=\"attributions\">");
        data(html);
        html.append("</script>\n<script src=\"reader.js\"></script>\n</body>\n</html>\n");
        return html.toString();
    }

    private void paragraphs(StringBuilder html) {
        String text = document.text();
        List<Mark> marks = marks();
        TreeSet<Integer> cuts = new TreeSet<>();
        for (Mark mark : marks) {
            cuts.add(mark.span().begin());
            cuts.add(mark.span().end());
        }
        PriorityQueue<Mark> active = new PriorityQueue<>(Comparator.comparingInt(k -> k.span().end()));
        int next = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                html.append("<p>");
                int at = lineStart;
                while (at < lineEnd) {
                    Integer cut = cuts.higher(at);
                    int end = cut == null ? lineEnd : Math.min(cut, lineEnd);
                    while (next < marks.size() && marks.get(next).span().begin() <= at) {
                        active.add(marks.get(next++));
                    }
                    int from = at;
                    active.removeIf(k -> k.span().end() <= from);
                    segment(html, text, at, end, active);
                    at = end;
                }
                html.append("</p>\n");
            } else {
                while (next < marks.size() && marks.get(next).span().begin() < lineEnd) {
                    active.add(marks.get(next++));
                }
            }
            if (lineEnd >= text.length()) {
                break;
            }
            lineStart = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()
                    && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
    }

    private List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        for (Shown s : shown) {
            for (Span f : s.content().fragments()) {
                marks.add(new Mark(f, Role.CONTENT, s));
            }
            document.cue(s.attribution().cueId()).ifPresent(c -> marks.add(new Mark(c.span(), Role.CUE, s)));
            document.sourceMention(s.attribution().sourceMentionId())
                    .ifPresent(m -> marks.add(new Mark(m.span(), Role.SOURCE, s)));
        }
        marks.removeIf(k -> k.span().isEmpty());
        marks.sort(Comparator.comparingInt((Mark k) -> k.span().begin()));
        return marks;
    }

    private void segment(StringBuilder html, String text, int begin, int end, PriorityQueue<Mark> active) {
        String words = Html.escape(text.substring(begin, end));
        Shown content = null;
        List<String> cueOf = new ArrayList<>();
        List<String> sourceOf = new ArrayList<>();
        for (Mark k : active) {
            if (k.span().begin() > begin || k.span().end() < end) {
                continue;
            }
            switch (k.role()) {
                case CONTENT -> content = content == null ? k.shown() : content;
                case CUE -> cueOf.add(k.shown().attribution().id());
                case SOURCE -> sourceOf.add(k.shown().attribution().id());
            }
        }
        if (content == null && cueOf.isEmpty() && sourceOf.isEmpty()) {
            html.append(words);
            return;
        }
        html.append("<span class=\"");
        StringBuilder classes = new StringBuilder();
        if (content != null) {
            classes.append("c k-").append(kindClass(content.content().kind())).append(" sp-").append(content.colour());
        }
        if (!cueOf.isEmpty()) {
            classes.append(classes.length() > 0 ? " " : "").append("cue");
        }
        if (!sourceOf.isEmpty()) {
            classes.append(classes.length() > 0 ? " " : "").append("src");
        }
        html.append(classes).append('"');
        if (content != null) {
            Attribution a = content.attribution();
            html.append(" data-a=\"").append(a.id()).append("\" data-s=\"")
                    .append(content.speaker() == null ? "none" : Html.escape(content.speaker().id()))
                    .append("\" data-k=\"").append(kindClass(content.content().kind())).append('"');
            if (focusStops.add(a.id())) {
                html.append(" id=\"q-").append(Html.escape(a.id())).append("\" tabindex=\"0\" role=\"button\" aria-label=\"")
                        .append(Html.escape(ariaLabel(content))).append('"');
                if (content.isScareQuote()) {
                    html.append(" title=\"quote marks, but nobody speaks\"");
                }
            }
        }
        if (!cueOf.isEmpty()) {
            html.append(" data-cue=\"").append(Html.escape(String.join(" ", cueOf))).append('"');
        }
        if (!sourceOf.isEmpty()) {
            html.append(" data-src=\"").append(Html.escape(String.join(" ", sourceOf))).append('"');
        }
        html.append('>').append(words).append("</span>");
        if (content != null && end == lastShownEnd(content.content())) {
            tag(html, content);
        }
    }

    /** Where the passage's last shown character ends: trailing line ends are not shown. */
    private int lastShownEnd(Content content) {
        String text = document.text();
        int end = content.span().end();
        while (end > content.span().begin() && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    private static void tag(StringBuilder html, Shown s) {
        if (s.isScareQuote()) {
            html.append("<sup class=\"tag scare\" aria-hidden=\"true\">no speaker</sup>");
            return;
        }
        html.append("<sup class=\"tag sp-").append(s.colour()).append("\" aria-hidden=\"true\" data-for=\"")
                .append(Html.escape(s.attribution().id())).append("\"><span class=\"who\">").append(Html.escape(s.tag()))
                .append(kindMark(s.content().kind())).append("</span><span class=\"num\">").append(s.number())
                .append("</span></sup>");
    }

    /** Told apart without colour: ❝ for direct speech, ≈ for indirect, both for mixed. */
    private static String kindMark(ContentKind kind) {
        return switch (kind) {
            case DIRECT -> " \u275D";
            case MIXED -> " \u275D\u2248";
            case INDIRECT -> " \u2248";
            case SCARE_QUOTE -> "";
        };
    }

    private static String ariaLabel(Shown s) {
        return s.isScareQuote() ? "Scare quote: quote marks, but nobody speaks"
                : "Passage " + s.number() + ", " + kindLabel(s.content().kind());
    }

    static String kindClass(ContentKind kind) {
        return switch (kind) {
            case DIRECT -> "direct";
            case MIXED -> "mixed";
            case INDIRECT -> "indirect";
            case SCARE_QUOTE -> "scare";
        };
    }

    static String kindLabel(ContentKind kind) {
        return switch (kind) {
            case DIRECT -> "direct speech";
            case MIXED -> "mixed: a paraphrase with quoted words";
            case INDIRECT -> "indirect (reported) speech";
            case SCARE_QUOTE -> "scare quote: quote marks, but nobody speaks";
        };
    }

    static String typeLabel(SpeakerType type) {
        return switch (type) {
            case PERSON -> "person";
            case ORGANIZATION -> "organisation";
            case MEDIA_OUTLET -> "media outlet";
            case ANONYMOUS -> "anonymous source";
            case UNKNOWN -> "no speaker found";
        };
    }

    private void legend(StringBuilder html) {
        html.append("<section id=\"legend\"><h2>Who speaks</h2>\n<fieldset><legend>Speakers (untick to fade)</legend>\n");
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Speaker> speakers = new LinkedHashMap<>();
        for (Shown s : shown) {
            if (!s.isScareQuote()) {
                String key = s.speaker() == null ? "" : s.speaker().id();
                counts.merge(key, 1, Integer::sum);
                speakers.putIfAbsent(key, s.speaker());
            }
        }
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            Speaker speaker = speakers.get(e.getKey());
            String id = speaker == null ? "none" : speaker.id();
            html.append("<label class=\"speaker\"><input type=\"checkbox\" checked=\"checked\" data-filter-speaker=\"")
                    .append(Html.escape(id)).append("\"/> <span class=\"swatch sp-").append(colourOf.get(e.getKey()))
                    .append("\" aria-hidden=\"true\">").append(Html.escape(tagOf.get(e.getKey()))).append("</span> ")
                    .append("<span class=\"name\">").append(Html.escape(speaker == null ? "No speaker found" : speaker.canonicalName()))
                    .append("</span> <span class=\"type\">").append(typeLabel(speaker == null ? SpeakerType.UNKNOWN : speaker.type()))
                    .append("</span> <span class=\"count\">").append(e.getValue()).append("</span></label>\n");
        }
        html.append("</fieldset>\n<fieldset><legend>Kinds</legend>\n");
        for (ContentKind kind : ContentKind.values()) {
            html.append("<label class=\"kind\"><input type=\"checkbox\" checked=\"checked\" data-filter-kind=\"")
                    .append(kindClass(kind)).append("\"/> <span class=\"sample k-").append(kindClass(kind))
                    .append("\">").append(kind == ContentKind.SCARE_QUOTE ? "scare quote" : kindClass(kind)).append("</span> ")
                    .append("<span class=\"count\">").append(profile.count(kind)).append("</span></label>\n");
        }
        html.append("</fieldset>\n<p class=\"key\"><span class=\"cue\">underlined</span>: the cue, the words that"
                + " signal speech; <span class=\"src\">boxed</span>: the source as the article names it.</p>\n</section>\n");
    }

    private void profileSection(StringBuilder html) {
        html.append("<section id=\"profile\"><h2>Sources in this article</h2>\n");
        Pages.profileCharts(html, profile.count(SpeakerType.PERSON), profile.count(SpeakerType.ORGANIZATION),
                profile.count(SpeakerType.MEDIA_OUTLET), profile.count(SpeakerType.ANONYMOUS),
                profile.count(SpeakerType.UNKNOWN), profile.count(ContentKind.DIRECT), profile.count(ContentKind.MIXED),
                profile.count(ContentKind.INDIRECT), profile.attributedShare());
        List<SourceProfile.SpeakerShare> outlets = profile.outlets();
        html.append("<h3>Outlets cited</h3>\n");
        if (outlets.isEmpty()) {
            html.append("<p>None.</p>\n");
        } else {
            html.append("<ul class=\"outlets\">\n");
            for (SourceProfile.SpeakerShare o : outlets) {
                html.append("<li>").append(Html.escape(o.name())).append(" (").append(o.attributions()).append(")</li>\n");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    private void worksheet(StringBuilder html) {
        html.append("<section class=\"worksheet\"><h2>Worksheet: who speaks?</h2>\n<p>For each numbered passage,"
                + " write who speaks, and the words in the article that tell you.</p>\n<ol>\n");
        for (Shown s : shown) {
            if (!s.isScareQuote()) {
                html.append("<li value=\"").append(s.number()).append("\"><q>").append(Html.escape(
                        shorten(s.content().coveredText(document.text(), " … ")))).append("</q>")
                        .append("<p class=\"answer\">Who speaks: ____________________ How do I know: ______________________________</p></li>\n");
            }
        }
        html.append("</ol>\n</section>\n");
    }

    private static String shorten(String s) {
        String flat = s.strip().replaceAll("\\s+", " ");
        return flat.length() <= 240 ? flat : flat.substring(0, 237) + "…";
    }

    private void data(StringBuilder json) {
        String text = document.text();
        json.append('{');
        boolean first = true;
        for (Shown s : shown) {
            Attribution a = s.attribution();
            json.append(first ? "" : ",").append('\n').append(Html.json(a.id())).append(":{");
            first = false;
            json.append("\"n\":").append(s.number());
            json.append(",\"kind\":").append(Html.json(kindLabel(s.content().kind())));
            json.append(",\"speaker\":").append(Html.json(s.speaker() == null ? null : s.speaker().canonicalName()));
            json.append(",\"type\":").append(Html.json(s.isScareQuote() ? null
                    : typeLabel(s.speaker() == null ? SpeakerType.UNKNOWN : s.speaker().type())));
            json.append(",\"tag\":").append(Html.json(s.tag()));
            json.append(",\"colour\":").append(Html.json(s.colour()));
            json.append(",\"cue\":").append(Html.json(document.cue(a.cueId()).map(c -> c.span().coveredText(text)).orElse(null)));
            json.append(",\"source\":").append(Html.json(document.sourceMention(a.sourceMentionId())
                    .map(m -> m.span().coveredText(text)).orElse(null)));
            json.append(",\"confidence\":").append(String.format(Locale.ROOT, "%.2f", a.confidence()));
            json.append(",\"rule\":").append(Html.json(a.provenance().rule().name().toLowerCase(Locale.ROOT).replace('_', ' ')));
            json.append(",\"evidence\":").append(Html.json(a.provenance().evidence()));
            ReviewState state = a.review().state();
            json.append(",\"review\":").append(state == ReviewState.PENDING ? "null" : "{\"state\":"
                    + Html.json(state.name().toLowerCase(Locale.ROOT).replace('_', ' ')) + ",\"reviewer\":"
                    + Html.json(a.review().reviewer()) + ",\"comment\":" + Html.json(a.review().comment()) + "}");
            json.append('}');
        }
        json.append("\n}");
    }
}
