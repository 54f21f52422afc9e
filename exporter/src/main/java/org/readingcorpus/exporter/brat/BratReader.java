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

    private record TextBound(String type, List<Span> fragments) {
    }

    public List<BratAttribution> read(Path ann) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(ann, StandardCharsets.UTF_8)) {
            return parse(reader.lines().toList());
        }
    }

    public List<BratAttribution> parse(List<String> lines) {
        Map<String, TextBound> spans = new HashMap<>();
        List<Map<String, List<String>>> events = new ArrayList<>();
        Map<String, List<String>> norms = new HashMap<>();
        Map<String, List<String>> notes = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split("\t", -1);
            if (parts.length < 2 || parts[0].isEmpty()) {
                continue;
            }
            switch (parts[0].charAt(0)) {
                case 'T' -> textBound(parts).ifPresent(t -> spans.put(parts[0], t));
                case 'E' -> events.add(eventArguments(parts[1]));
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
        List<BratAttribution> out = new ArrayList<>();
        for (Map<String, List<String>> event : events) {
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

    private static java.util.Optional<TextBound> textBound(String[] parts) {
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
        return java.util.Optional.of(new TextBound(head[0], fragments));
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
