package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, read leniently: "quoted phrases" stay whole, other text splits on spaces, a word
 * or phrase after a minus ({@code -儿童}, {@code -"留守儿童"}) is excluded, {@code OR} between words says
 * any of them will do; other operator words (AND, NOT) and stray operator characters are dropped. No input
 * is ever an error: at worst it leaves no terms, which matches nothing.
 *
 * @param terms    the words and phrases, each of which should match
 * @param phrases  the subset of terms that were quoted (matched only as exact substrings)
 * @param whole    the terms joined by spaces, for the whole-query phrase boost
 * @param excluded words and phrases no hit may contain
 * @param anyOf    whether OR was written: any term will do, quoted ones included, and finding only some of
 *                 the terms is what was asked, not a partial match
 */
public record QueryText(List<String> terms, List<String> phrases, String whole, List<String> excluded, boolean anyOf) {
    private static final Pattern QUOTED = Pattern.compile("[\"“”「」『』]([^\"“”「」『』]*)[\"“”「」『』]");
    private static final Pattern OPERATOR_WORD = Pattern.compile("(?i)AND|OR|NOT|&&|\\|\\|");
    private static final Pattern OR_WORD = Pattern.compile("OR|\\|\\||\\||｜");
    /** A minus that excludes: at the start of the input or after a space, ASCII or full width. */
    private static final String MINUS = "-－";
    /** Keeps letters, digits and the marks that occur inside figures (3.5%, 1,200). */
    private static final Pattern NOT_CONTENT = Pattern.compile("[^\\p{L}\\p{N}.%]+");
    static final int MAX_TERMS = 32;
    /** Longer runs without a space are noise, not a phrase anyone means; matching them whole is costly. */
    static final int MAX_TERM_LENGTH = 40;

    public QueryText {
        terms = List.copyOf(terms);
        phrases = List.copyOf(phrases);
        excluded = List.copyOf(excluded);
    }

    public static QueryText parse(String q) {
        List<String> terms = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        boolean anyOf = false;
        Matcher quoted = QUOTED.matcher(q);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (quoted.find()) {
            boolean minus = excludes(q, quoted.start());
            rest.append(q, last, minus ? quoted.start() - 1 : quoted.start()).append(' ');
            String phrase = clean(quoted.group(1));
            if (!phrase.isEmpty()) {
                if (minus) {
                    excluded.add(phrase);
                } else {
                    phrases.add(phrase);
                    terms.add(phrase);
                }
            }
            last = quoted.end();
        }
        rest.append(q.substring(last));
        for (String word : rest.toString().split("\\s+")) {
            if (OPERATOR_WORD.matcher(word).matches() || OR_WORD.matcher(word).matches()) {
                anyOf |= OR_WORD.matcher(word).matches();
                continue;
            }
            boolean minus = word.length() > 1 && MINUS.indexOf(word.charAt(0)) >= 0;
            String term = clean(minus ? word.substring(1) : word);
            if (term.isEmpty()) {
                continue;
            }
            List<String> into = minus ? excluded : terms;
            if (!into.contains(term)) {
                into.add(term);
            }
        }
        List<String> kept = terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
        List<String> keptExcluded = excluded.size() > MAX_TERMS ? excluded.subList(0, MAX_TERMS) : excluded;
        String whole = String.join(" ", kept);
        return new QueryText(kept, phrases, whole.length() > MAX_TERM_LENGTH ? "" : whole, keptExcluded,
                anyOf && kept.size() > 1);
    }

    /** Nothing to look for: no term (exclusions alone only narrow). */
    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public boolean isPhrase(String term) {
        return phrases.contains(term);
    }

    /** Whether a hit answering only some terms answers less than was asked: several terms, not OR-ed. */
    public boolean wantsAllTerms() {
        return terms.size() > 1 && !anyOf;
    }

    /** Whether the quote opening at {@code at} follows a minus that starts a word. */
    private static boolean excludes(String q, int at) {
        return at > 0 && MINUS.indexOf(q.charAt(at - 1)) >= 0 && (at == 1 || Character.isWhitespace(q.charAt(at - 2)));
    }

    private static String clean(String s) {
        String c = NOT_CONTENT.matcher(s).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return c.length() > MAX_TERM_LENGTH ? c.substring(0, MAX_TERM_LENGTH).strip() : c;
    }
}
