package org.readingcorpus.exporter.text;

import com.ibm.icu.text.Transliterator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.readingcorpus.model.Ids;

/**
 * Gives each file of a run a document id from its name, unique in the run. Names in other
 * scripts are transliterated ("Статья" becomes "Stat_ja"), so ids stay readable in every tool;
 * ids that differ only in case are told apart too, since brat files named after them may land on
 * a case-insensitive file system.
 */
final class DocumentIds {

    private final Set<String> used = new HashSet<>();
    private Transliterator toAscii;

    String next(String baseName) {
        String id = Ids.fromName(isAscii(baseName) ? baseName : transliterate(baseName));
        String unique = id;
        for (int n = 2; !used.add(unique.toLowerCase(Locale.ROOT)); n++) {
            unique = id + "-" + n;
        }
        return unique;
    }

    private String transliterate(String name) {
        if (toAscii == null) {
            toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII");
        }
        return toAscii.transliterate(name);
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 0x80);
    }
}
