package org.readingcorpus.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A gold folder in PolNeAR's layout: text/NAME.txt and attributions/NAME_xxxx.ann (the annotator's
 * four hex digits after the name; the first .ann of a text wins, as in the reference script).
 */
record GoldFolder(Path texts, Map<String, Path> annotations) {

    static GoldFolder open(Path gold) throws UserError, IOException {
        Path textDir = gold.resolve("text");
        Path annDir = gold.resolve("attributions");
        if (!Files.isDirectory(textDir) || !Files.isDirectory(annDir)) {
            throw new UserError(ExitCode.BAD_INPUT, gold + ": expected the folders text/ and attributions/");
        }
        Map<String, Path> annotations = new TreeMap<>();
        try (Stream<Path> files = Files.list(annDir)) {
            files.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
                String name = p.getFileName().toString();
                annotations.putIfAbsent(name.substring(0, name.length() - 4).replaceAll("_[0-9a-f]{4}$", ""), p);
            });
        }
        return new GoldFolder(textDir, annotations);
    }

    Path text(String name) {
        return texts.resolve(name + ".txt");
    }
}
