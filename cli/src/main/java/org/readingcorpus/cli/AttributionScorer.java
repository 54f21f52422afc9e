package org.readingcorpus.cli;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.readingcorpus.exporter.brat.BratAttribution;
import org.readingcorpus.model.Span;
import org.readingcorpus.model.TextOffsets;

/**
 * The reference attribution metric of {@code shared/tools/score_attr.py}, step for step: content
 * matched by word-token F1 of at least 0.5 (one to one, best pairs first), exact content after
 * trimming, source overlap, cue overlap, speaker names, and role spans scored as trimmed sets.
 * Counts accumulate over documents; {@link Counts} turns them into the report.
 */
final class AttributionScorer {

    static final String QUOTES = "\"\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019'";
    static final String STRIP = QUOTES + " \t\r\n.,;:!?\u2014\u2013-()";
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String DIRECT_MARKS = "\"\u201c\u201d\u00ab\u00bb";

    /** The sums the report is made of, named as in the Python script. */
    static final class Counts {
        final TreeMap<String, Double> c = new TreeMap<>();

        void add(String key, double value) {
            c.merge(key, value, Double::sum);
        }

        double get(String key) {
            return c.getOrDefault(key, 0.0);
        }
    }

    /** Errors by category, so the next improvement is obvious. */
    static final class Errors {
        final TreeMap<String, Integer> byCategory = new TreeMap<>();

        void add(String category) {
            byCategory.merge(category, 1, Integer::sum);
        }
    }

    /** Precision, recall and F1 of one row of the report. */
    record Prf(double p, double r, double f) {
        static Prf of(double hit, double sys, double gold) {
            double p = sys > 0 ? hit / sys : 0.0;
            double r = gold > 0 ? hit / gold : 0.0;
            return new Prf(p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
        }
    }

    /**
     * The rows of the reference report, under its names. As in score_attr.py, the role-span row for
     * content is stored under "content_exact" after the pair-wise row of that name, and so replaces
     * it; the pair-wise figure stays available as "content_exact_pairs".
     */
    static java.util.Map<String, Prf> report(Counts c) {
        java.util.Map<String, Prf> rows = new java.util.LinkedHashMap<>();
        rows.put("content_soft", Prf.of(c.get("content_soft"), c.get("sys"), c.get("gold")));
        rows.put("content_exact_pairs", Prf.of(c.get("content_exact"), c.get("sys"), c.get("gold")));
        rows.put("attribution", Prf.of(c.get("attr_ok"), c.get("sys"), c.get("gold")));
        for (String role : List.of("source", "cue", "content")) {
            rows.put(role + "_exact", Prf.of(c.get("role_hit_" + role), c.get("role_sys_" + role), c.get("role_gold_" + role)));
        }
        return rows;
    }

    void score(String text, List<BratAttribution> gold, List<BratAttribution> system, boolean directOnly,
            boolean hasOutput, Counts c, Errors errors) {
        TextOffsets offsets = TextOffsets.of(text);
        List<Item> g = items(gold, offsets);
        List<Item> s = items(system, offsets);
        if (directOnly) {
            g = g.stream().filter(x -> isDirect(text, x.content)).toList();
            s = s.stream().filter(x -> isDirect(text, x.content)).toList();
        }
        c.add("docs", 1);
        c.add("docs_with_output", hasOutput ? 1 : 0);
        c.add("gold", g.stream().filter(x -> !x.optional).count());
        c.add("sys", s.size());
        for (String role : List.of("source", "cue", "content")) {
            Set<Span> gset = new HashSet<>();
            Set<Span> opt = new HashSet<>();
            for (Item x : g) {
                (x.optional ? opt : gset).addAll(merged(text, x.role(role)));
            }
            Set<Span> sset = new HashSet<>();
            for (Item x : s) {
                sset.addAll(merged(text, x.role(role)));
            }
            opt.removeAll(gset);
            sset.removeAll(opt);
            Set<Span> hit = new HashSet<>(gset);
            hit.retainAll(sset);
            c.add("role_gold_" + role, gset.size());
            c.add("role_sys_" + role, sset.size());
            c.add("role_hit_" + role, hit.size());
        }
        List<Set<Integer>> gt = g.stream().map(x -> tokens(text, x.content)).toList();
        List<Set<Integer>> st = s.stream().map(x -> tokens(text, x.content)).toList();
        record Pair(double f1, int i, int j) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            for (int j = 0; j < s.size(); j++) {
                pairs.add(new Pair(f1(gt.get(i), st.get(j)), i, j));
            }
        }
        // Python sorts the tuples (f1, i, j) in reverse: ties go to the larger i, then the larger j
        pairs.sort(Comparator.comparingDouble(Pair::f1).thenComparingInt(Pair::i).thenComparingInt(Pair::j).reversed());
        Set<Integer> usedG = new HashSet<>();
        Set<Integer> usedS = new HashSet<>();
        for (Pair p : pairs) {
            if (p.f1 < 0.5) {
                break;
            }
            if (usedG.contains(p.i) || usedS.contains(p.j)) {
                continue;
            }
            usedG.add(p.i);
            usedS.add(p.j);
            Item gi = g.get(p.i);
            Item si = s.get(p.j);
            if (gi.optional) {
                c.add("sys", -1);
                continue;
            }
            c.add("content_soft", 1);
            c.add("content_tokf1", p.f1);
            if (normSpan(text, gi.content).equals(normSpan(text, si.content))) {
                c.add("content_exact", 1);
            } else {
                errors.add("content boundaries differ");
            }
            Set<Integer> gs = tokens(text, gi.source);
            Set<Integer> ss = tokens(text, si.source);
            boolean sourceOk = gs.isEmpty() || gs.stream().anyMatch(ss::contains);
            if (sourceOk) {
                c.add("attr_ok", 1);
            } else {
                errors.add(ss.isEmpty() ? "source missing" : "wrong source");
            }
            if (!gi.cue.isEmpty()) {
                c.add("cue_gold", 1);
                boolean cueOk = overlaps(gi.cue, si.cue);
                c.add("cue_ok", cueOk ? 1 : 0);
                if (!cueOk) {
                    errors.add("wrong cue");
                }
            }
            Boolean speakerOk = speakerOk(gi.speakers, si.speakers);
            if (speakerOk != null) {
                c.add("speaker_gold", 1);
                c.add("speaker_ok", speakerOk ? 1 : 0);
            }
        }
        for (int i = 0; i < g.size(); i++) {
            if (!usedG.contains(i) && !g.get(i).optional) {
                errors.add(isDirect(text, g.get(i).content) ? "missed direct quote" : "missed indirect");
            }
        }
        for (int j = 0; j < s.size(); j++) {
            if (!usedS.contains(j)) {
                errors.add(isDirect(text, s.get(j).content) ? "spurious direct" : "spurious indirect");
            }
        }
    }

    /** An attribution with its fragments in UTF-16 offsets of the text. */
    private record Item(List<Span> content, List<Span> cue, List<Span> source, List<String> speakers, boolean optional) {
        List<Span> role(String role) {
            return switch (role) {
                case "source" -> source;
                case "cue" -> cue;
                default -> content;
            };
        }
    }

    private static List<Item> items(List<BratAttribution> attributions, TextOffsets offsets) {
        List<Item> out = new ArrayList<>();
        for (BratAttribution a : attributions) {
            out.add(new Item(utf16(a.content(), offsets), utf16(a.cue(), offsets), utf16(a.source(), offsets),
                    a.speakerNames(), a.optional()));
        }
        return out;
    }

    private static List<Span> utf16(List<Span> codePoints, TextOffsets offsets) {
        List<Span> out = new ArrayList<>();
        for (Span s : codePoints) {
            int length = offsets.codePointLength();
            out.add(offsets.toUtf16(new Span(Math.min(s.begin(), length), Math.min(s.end(), length))));
        }
        return out;
    }

    static Set<Integer> tokens(String text, List<Span> frags) {
        Set<Integer> toks = new HashSet<>();
        for (Span f : frags) {
            Matcher m = WORD.matcher(text).region(f.begin(), f.end());
            while (m.find()) {
                toks.add(m.start());
            }
        }
        return toks;
    }

    static boolean overlaps(List<Span> a, List<Span> b) {
        for (Span x : a) {
            for (Span y : b) {
                if (x.begin() < y.end() && y.begin() < x.end()) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<Span> merged(String text, List<Span> frags) {
        if (frags.isEmpty()) {
            return List.of();
        }
        int b = frags.stream().mapToInt(Span::begin).min().orElseThrow();
        int e = frags.stream().mapToInt(Span::end).max().orElseThrow();
        while (b < e && STRIP.indexOf(text.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && STRIP.indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        return b < e ? List.of(new Span(b, e)) : List.of();
    }

    static String normSpan(String text, List<Span> frags) {
        List<String> parts = frags.stream().sorted().map(f -> text.substring(f.begin(), f.end())).toList();
        String s = Normalizer.normalize(String.join(" ", parts), Normalizer.Form.NFC);
        s = strip(s, STRIP);
        return s.replaceAll("(?U)\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static String strip(String s, String chars) {
        int b = 0;
        int e = s.length();
        while (b < e && chars.indexOf(s.charAt(b)) >= 0) {
            b++;
        }
        while (e > b && chars.indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(b, e);
    }

    static double f1(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        long inter = a.stream().filter(b::contains).count();
        if (inter == 0) {
            return 0.0;
        }
        double p = (double) inter / b.size();
        double r = (double) inter / a.size();
        return 2 * p * r / (p + r);
    }

    static boolean isDirect(String text, List<Span> frags) {
        for (Span f : frags) {
            for (int i = f.begin(); i < f.end(); i++) {
                if (DIRECT_MARKS.indexOf(text.charAt(i)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static String canon(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("(?U)[^\\w ]", "").toLowerCase(Locale.ROOT);
        return String.join(" ", n.strip().split("(?U)\\s+"));
    }

    static Boolean speakerOk(List<String> gold, List<String> system) {
        if (gold.isEmpty()) {
            return null;
        }
        Set<String> wanted = new HashSet<>();
        for (String g : gold) {
            for (String alias : g.split("\\|", -1)) {
                wanted.add(canon(alias));
            }
        }
        for (String s : system) {
            if (wanted.contains(canon(s.split("\\|", -1)[0]))) {
                return true;
            }
        }
        return false;
    }
}
