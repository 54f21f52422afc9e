package org.readingcorpus.annotator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.readingcorpus.model.SpeakerType;

/**
 * Reads a name mention: which part is the name ("U.S. Secretary of State Antony Blinken" →
 * "Antony Blinken"), what kind of entity it names, and whether two names are one entity
 * ("Stanilav Zhelikhovsky" and "Stanislav Zhelikhovsky"; "Blinken" and "Antony Blinken").
 */
final class SpeakerNames {

    /** A name as read from a mention. */
    record Name(String text, SpeakerType type) {
    }

    private static final Set<String> NAME_JOINERS = Set.of("bin", "al", "de", "van", "von", "der", "da", "du", "la",
            "le", "-", "of", "for", "the", "and", "&", "on");

    private static final java.util.regex.Pattern ACRONYM_IN_PARENTHESES =
            java.util.regex.Pattern.compile("\\s*\\(\\p{Lu}[\\p{Lu}.&-]+\\)\\s*$");

    private final Lexicons lexicons;

    SpeakerNames(Lexicons lexicons) {
        this.lexicons = lexicons;
    }

    Name read(String possessor) {
        // "Donald Trump's plan": the mention keeps its "'s" as PolNeAR marks it; the name does not
        String mention = possessor.strip().replaceFirst("(?<=\\p{L})['\u2019]s$", "");
        java.util.regex.Matcher acronym = ACRONYM_IN_PARENTHESES.matcher(mention);
        if (acronym.find() && acronym.start() > 0) {
            // "Institute for the Study of War (ISW)" names an organisation, and spells it out
            return new Name(mention.substring(0, acronym.start()).strip().replaceFirst("^(?i)the\\s+", ""),
                    SpeakerType.ORGANIZATION);
        }
        List<List<Token>> parts = commaParts(WordTokenizer.tokenize(mention));
        List<Token> part = parts.get(0);
        // "the head of the … Center, Colonel Ants Kiviselg": a description first, the name after it
        // "Candidate of Political Sciences, international affairs expert Stanislav Zhelikhovsky" too
        boolean opensWithDescription = !part.get(0).isCapitalized() || part.get(0).isAny("the", "a", "an")
                || part.size() > 1 && part.get(1).is("of") && lexicons.roleNoun(part.get(0).text()) != null;
        for (List<Token> other : parts.subList(1, parts.size())) {
            if ((!hasNameWord(part) || opensWithDescription) && hasNameWord(other) && (other.get(0).isCapitalized()
                    && !other.get(0).isAny("the", "a", "an") || endsWithFullName(other))) {
                part = other;
                break;
            }
        }
        java.util.Optional<Name> pair = coordination(mention, part);
        if (pair.isPresent()) {
            return pair.get();
        }
        String whole = join(mention, part);
        String withoutArticle = whole.replaceFirst("^(?i)the\\s+", "");
        if (lexicons.isMediaOutlet(whole) || lexicons.isMediaOutlet(withoutArticle)) {
            return new Name(whole, SpeakerType.MEDIA_OUTLET);
        }
        if (lexicons.isGovernment(withoutArticle)) {
            return new Name(withoutArticle, SpeakerType.ORGANIZATION);
        }
        Lexicons.RoleNoun role = lexicons.roleNoun(part.get(part.size() - 1).text());
        if (role != null && role.type() != SpeakerType.PERSON && !part.get(part.size() - 1).isCapitalized()) {
            // "Russia's defence ministry" names an organisation by its role
            return new Name(withoutArticle, role.type());
        }
        List<Token> run = lastCapitalisedRun(part);
        if (run.isEmpty()) {
            return new Name(withoutArticle, SpeakerType.UNKNOWN);
        }
        Token last = run.get(run.size() - 1);
        if (lexicons.isMediaWord(last.text())) {
            return new Name(join(mention, run), SpeakerType.MEDIA_OUTLET);
        }
        // "Center for Strategic and International Studies": capitalised words and joiners only, one of them an organisation's
        List<Token> fromName = fromFirstName(part);
        if (fromName.stream().allMatch(t -> t.isCapitalized() || NAME_JOINERS.contains(t.lower()))
                && fromName.stream().anyMatch(t -> lexicons.isOrganizationWord(t.text()))) {
            return new Name(join(mention, fromName), SpeakerType.ORGANIZATION);
        }
        // only the name's own words count: the "US" of "US Secretary of State Antony Blinken" is his title's
        for (Token t : run.size() < part.size() && !isAcronym(run.get(0).text()) ? run : part) {
            if (lexicons.isOrganizationWord(t.text()) || isAcronym(t.text())) {
                return new Name(join(mention, fromFirstName(part)), SpeakerType.ORGANIZATION);
            }
        }
        return new Name(join(mention, run), SpeakerType.PERSON);
    }

    /** Whether two names of the same type name one entity. */
    static boolean sameEntity(String a, String b, SpeakerType type) {
        String na = normalise(a);
        String nb = normalise(b);
        if (na.equals(nb)) {
            return true;
        }
        if (na.contains(" and ") != nb.contains(" and ")) {
            return false; // "Ukraine and Russia" speak together; neither is Russia alone
        }
        String[] ta = na.split(" ");
        String[] tb = nb.split(" ");
        if (type == SpeakerType.PERSON) {
            String lastA = ta[ta.length - 1];
            String lastB = tb[tb.length - 1];
            boolean sameSurname = lastA.equals(lastB) || lastA.length() >= 5 && editDistance(lastA, lastB) <= 1;
            if (!sameSurname) {
                return false;
            }
            if (ta.length == 1 || tb.length == 1) {
                return true;
            }
            return ta[0].charAt(0) == tb[0].charAt(0) || editDistance(ta[0], tb[0]) <= 2;
        }
        return na.endsWith(" " + nb) || nb.endsWith(" " + na) || initials(ta).equals(nb) || initials(tb).equals(na);
    }

    private static String initials(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!NAME_JOINERS.contains(w) && !w.isEmpty()) {
                sb.append(w.charAt(0));
            }
        }
        return sb.toString();
    }

    static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceFirst("^the\\s+", "")
                .replaceAll("[^\\p{L}\\p{N}' -]", "").replaceAll("\\s+", " ").strip();
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** "international affairs expert Stanislav Zhelikhovsky": a description closed by a name of two words or more. */
    private boolean endsWithFullName(List<Token> part) {
        List<Token> run = lastCapitalisedRun(part);
        return run.size() >= 2 && run.get(run.size() - 1) == part.get(part.size() - 1);
    }

    /**
     * "both Ukraine and Russia", "Trump and Clinton": two names joined by "and" are one speaker of
     * two, named as the text names them; governments together are an organisation, else the type
     * is left open. A name with an organisation's word in it ("Center for Strategic and
     * International Studies") is one name, read as such.
     */
    private java.util.Optional<Name> coordination(String mention, List<Token> part) {
        int start = part.get(0).isAny("both", "the") ? 1 : 0;
        int and = -1;
        for (int i = start; i < part.size(); i++) {
            Token t = part.get(i);
            if (t.is("and")) {
                if (and >= 0) {
                    return java.util.Optional.empty();
                }
                and = i;
            } else if (!t.isCapitalized() || lexicons.isOrganizationWord(t.text())) {
                return java.util.Optional.empty();
            }
        }
        if (and <= start || and == part.size() - 1) {
            return java.util.Optional.empty();
        }
        List<Token> left = part.subList(start, and);
        List<Token> right = part.subList(and + 1, part.size());
        boolean governments = lexicons.isGovernment(join(mention, left)) && lexicons.isGovernment(join(mention, right));
        return java.util.Optional.of(new Name(join(mention, part.subList(start, part.size())),
                governments ? SpeakerType.ORGANIZATION : SpeakerType.UNKNOWN));
    }

    private boolean hasNameWord(List<Token> part) {
        return !lastCapitalisedRun(part).isEmpty();
    }

    /** The last run of capitalised words that are not titles, joined by name particles. */
    private List<Token> lastCapitalisedRun(List<Token> part) {
        int end = -1;
        for (int i = part.size() - 1; i >= 0; i--) {
            if (isNameWord(part.get(i))) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return List.of();
        }
        int begin = end;
        for (int i = end - 1; i >= 0; i--) {
            Token t = part.get(i);
            if (isNameWord(t)) {
                begin = i;
            } else if (!t.isAny("-", "bin", "al", "de", "van", "von", "der", "da", "la", "le")) {
                break;
            }
        }
        return part.subList(begin, end + 1);
    }

    /** From the first capitalised word that is not a title or article to the end of the part. */
    private List<Token> fromFirstName(List<Token> part) {
        for (int i = 0; i < part.size(); i++) {
            if (isNameWord(part.get(i)) || isAcronym(part.get(i).text())) {
                return part.subList(i, part.size());
            }
        }
        return part;
    }

    private boolean isNameWord(Token t) {
        return t.isWord() && t.isCapitalized() && !lexicons.isTitle(t.lower()) && !t.isAny("the", "a", "an", "this");
    }

    private static boolean isAcronym(String word) {
        if (word.length() < 2 || word.length() > 6) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Token>> commaParts(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isAny(",", "(", ")", ";")) {
                if (!current.isEmpty()) {
                    parts.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            parts.add(current);
        }
        if (parts.isEmpty()) {
            parts.add(tokens);
        }
        return parts;
    }

    private static String join(String text, List<Token> tokens) {
        if (tokens.isEmpty()) {
            return text.strip();
        }
        return text.substring(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
    }
}
