package org.readingcorpus.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** The one rule for identifiers: they travel into XML, brat files and spreadsheet cells. */
public final class Ids {
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && VALID.matcher(id).matches();
    }

    static String require(String id, String what) {
        if (!isValid(id)) {
            throw new IllegalArgumentException(what + " id " + (id == null ? "null" : "'" + id + "'")
                    + " is not a valid identifier (letters, digits, _ . - and not starting with . or -)");
        }
        return id;
    }

    /**
     * A document id from a file name without its extension: letters are stripped of accents, and
     * anything else outside the identifier alphabet becomes {@code _}.
     */
    public static String fromName(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("[\\p{M}'\u2019]+", "");
        String id = ascii.replaceAll("[^A-Za-z0-9_.\\-]", "_");
        if (id.isEmpty() || id.charAt(0) == '.' || id.charAt(0) == '-') {
            id = "_" + id;
        }
        return id;
    }
}
