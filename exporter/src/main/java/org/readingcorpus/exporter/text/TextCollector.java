package org.readingcorpus.exporter.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.readingcorpus.model.Ids;

/**
 * Finds the .txt files named on the command line: files as given, folders searched in name order
 * (symbolic links are not followed, so a link loop cannot trap the search). Gives each file a
 * document id from its name; a name met twice gets a numbered id, so both documents are kept.
 */
public final class TextCollector {

    public List<TextFile> collect(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new NoSuchFileException(path.toString(), null, "no such file or folder");
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(TextCollector::isText).sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        List<TextFile> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String base = isText(file) ? name.substring(0, name.length() - 4) : name;
            String id = Ids.fromName(base);
            String unique = id;
            for (int n = 2; !used.add(unique); n++) {
                unique = id + "-" + n;
            }
            out.add(new TextFile(file, unique));
        }
        return out;
    }

    private static boolean isText(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }
}
