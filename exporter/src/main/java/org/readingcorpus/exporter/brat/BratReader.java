package org.readingcorpus.exporter.brat;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.readingcorpus.model.Span;

/**
 * Reads attribution events from a brat standoff file in PolNeAR's scheme, the way the reference
 * metric does: text-bound spans, {@code E} events tying Content, Cue and Source, {@code N}
 * normalizations and {@code speaker=} notes naming speakers. Discard and Discuss spans, and
 * malformed lines, are passed over.
 */
public final class BratReader {

    /** A text-bound annotation: its type, fragments (code points, end exclusive), stated text and line (from 1). */
    public record TextBound(String type, List<Span> fragments, String text, int line) {
    }

    /** One event: its roles (numbered roles such as "Source2" count as their base role) with references. */
    public record Event(String id, String type, Map<String, List<String>> roles) {
    }

    /**
     * What a .ann file states, by id: text-bound spans, events in file order, normalization names
     * by the reference they normalize, and annotator notes by the reference they are on.
     */
    public record Parsed(Map<String, TextBound> spans, List<Event> events, Map<String, List<String>> norms,
            Map<String, List<String>> notes) {
    }

    public List<BratAttribution> read(Path ann) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(ann, StandardCharsets.UTF_8)) {
            return parse(reader.lines().toList());
        }
    }

    public List<BratAttribution> parse(List<String> lines) {
        Parsed parsed = parseFile(lines);
        Map<String, TextBound> spans = parsed.spans();
        Map<String, List<String>> norms = parsed.norms();
        Map<String, List<String>> notes = parsed.notes();
        List<BratAttribution> out = new ArrayList<>();
        for (Event e : parsed.events()) {
            Map<String, List<String>> event = e.roles();
            List<Span> content = fragments(event.get("Content"), spans);
            if (content.isEmpty()) {
                continue;
            }
            List<String> refs = new ArrayList<>(event.getOrDefault("Source", List.of()));
            refs.addAll(event.getOrDefault("Content", List.of()));
            List<String> names = new ArrayList<>();
            for (String ref : refs) {
                names.addAll(norms.getOrDefault(ref, List.of()));
            }
            boolean optional = false;
            for (String ref : refs) {
                for (String note : notes.getOrDefault(ref, List.of())) {
                    if (note.startsWith("speaker=")) {
                        names.add(note.substring("speaker=".length()));
                    }
                }
            }
            for (String ref : event.getOrDefault("Content", List.of())) {
                optional |= notes.getOrDefault(ref, List.of()).contains("optional");
            }
            out.add(new BratAttribution(content, fragments(event.get("Cue"), spans),
                    fragments(event.get("Source"), spans), names, optional));
        }
        return out;
    }

    /** The file's lines by kind; malformed lines are passed over, as brat itself does. */
    public Parsed parseFile(List<String> lines) {
        Map<String, TextBound> spans = new HashMap<>();
        List<Event> events = new ArrayList<>();
        Map<String, List<String>> norms = new HashMap<>();
        Map<String, List<String>> notes = new HashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            String[] parts = line.split("\t", -1);
            if (parts.length < 2 || parts[0].isEmpty()) {
                continue;
            }
            int lineNumber = number;
            switch (parts[0].charAt(0)) {
                case 'T' -> textBound(parts, lineNumber).ifPresent(t -> spans.put(parts[0], t));
                case 'E' -> events.add(new Event(parts[0], parts[1].split("[: ]", 2)[0], eventArguments(parts[1])));
                case 'N' -> {
                    String[] bits = parts[1].split(" ");
                    if (parts.length >= 3 && bits.length >= 2) {
                        norms.computeIfAbsent(bits[1], k -> new ArrayList<>()).add(parts[2]);
                    }
                }
                case '#' -> {
                    String[] bits = parts[1].split(" ");
                    if (parts.length >= 3 && bits.length >= 2) {
                        notes.computeIfAbsent(bits[1], k -> new ArrayList<>()).add(parts[2].strip());
                    }
                }
                default -> {
                }
            }
        }
        return new Parsed(spans, events, norms, notes);
    }

    private static java.util.Optional<TextBound> textBound(String[] parts, int line) {
        String[] head = parts[1].split(" ", 2);
        if (head.length < 2) {
            return java.util.Optional.empty();
        }
        List<Span> fragments = new ArrayList<>();
        for (String fragment : head[1].split(";")) {
            String[] be = fragment.trim().split(" ");
            try {
                if (be.length != 2) {
                    return java.util.Optional.empty();
                }
                fragments.add(new Span(Integer.parseInt(be[0]), Integer.parseInt(be[1])));
            } catch (IllegalArgumentException e) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(new TextBound(head[0], fragments, parts.length > 2 ? parts[2] : "", line));
    }

    /** Roles with their references; numbered roles ("Source2") count as their base role. */
    private static Map<String, List<String>> eventArguments(String field) {
        Map<String, List<String>> args = new LinkedHashMap<>();
        for (String item : field.split(" ")) {
            int colon = item.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String role = item.substring(0, colon).replaceAll("[0-9]+$", "");
            args.computeIfAbsent(role, k -> new ArrayList<>()).add(item.substring(colon + 1));
        }
        return args;
    }

    private static List<Span> fragments(List<String> refs, Map<String, TextBound> spans) {
        List<Span> out = new ArrayList<>();
        if (refs != null) {
            for (String ref : refs) {
                TextBound t = spans.get(ref);
                if (t != null) {
                    out.addAll(t.fragments());
                }
            }
        }
        return out;
    }
}
