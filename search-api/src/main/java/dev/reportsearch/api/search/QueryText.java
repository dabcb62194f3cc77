package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed, read leniently: "quoted phrases" stay whole, other text splits on spaces,
 * operator words (AND, OR, NOT) and stray operator characters are dropped. No input is ever an error:
 * at worst it leaves no terms, which matches nothing.
 *
 * @param terms   the words and phrases, each of which should match
 * @param phrases the subset of terms that were quoted (matched only as exact substrings)
 * @param whole   the terms joined by spaces, for the whole-query phrase boost
 */
public record QueryText(List<String> terms, List<String> phrases, String whole) {
    private static final Pattern QUOTED = Pattern.compile("[\"“”「」『』]([^\"“”「」『』]*)[\"“”「」『』]");
    private static final Pattern OPERATOR_WORD = Pattern.compile("(?i)AND|OR|NOT|&&|\\|\\|");
    /** Keeps letters, digits and the marks that occur inside figures (3.5%, 1,200). */
    private static final Pattern NOT_CONTENT = Pattern.compile("[^\\p{L}\\p{N}.%]+");
    static final int MAX_TERMS = 32;
    /** Longer runs without a space are noise, not a phrase anyone means; matching them whole is costly. */
    static final int MAX_TERM_LENGTH = 40;

    public static QueryText parse(String q) {
        List<String> terms = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(q);
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (quoted.find()) {
            rest.append(q, last, quoted.start()).append(' ');
            String phrase = clean(quoted.group(1));
            if (!phrase.isEmpty()) {
                phrases.add(phrase);
                terms.add(phrase);
            }
            last = quoted.end();
        }
        rest.append(q.substring(last));
        for (String word : rest.toString().split("\\s+")) {
            if (OPERATOR_WORD.matcher(word).matches()) {
                continue;
            }
            String term = clean(word);
            if (!term.isEmpty() && !terms.contains(term)) {
                terms.add(term);
            }
        }
        List<String> kept = terms.size() > MAX_TERMS ? terms.subList(0, MAX_TERMS) : terms;
        String whole = String.join(" ", kept);
        return new QueryText(List.copyOf(kept), List.copyOf(phrases), whole.length() > MAX_TERM_LENGTH ? "" : whole);
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    public boolean isPhrase(String term) {
        return phrases.contains(term);
    }

    private static String clean(String s) {
        String c = NOT_CONTENT.matcher(s).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return c.length() > MAX_TERM_LENGTH ? c.substring(0, MAX_TERM_LENGTH).strip() : c;
    }
}
