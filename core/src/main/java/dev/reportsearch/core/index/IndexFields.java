package dev.reportsearch.core.index;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import dev.reportsearch.core.text.SearchText;

/**
 * The names of the searched fields of the index (reportsearch.json), for the writer and the queries alike.
 *
 * <p>Since index version 4 each text is stored once, as the original shown to users; Elasticsearch analyses
 * its search normal form from it (our plugin's {@code search_form} char filter), as smartcn words in the field
 * itself and, for exact substrings, as pairs of neighbouring characters in its {@code .pairs} multi-field (since
 * version 5: a phrase of about n/2 pairs instead of n single characters, the most frequent terms of the index). A
 * query of one Han character alone is the prefix of the pairs it begins (since version 7; before, a {@code .chars}
 * multi-field of single characters, 13% of the index, held it): {@link #exact}.
 */
public final class IndexFields {
    /** The report's title (every document carries it). */
    public static final String TITLE = "title";
    /** The section's heading (sections and achievements). */
    public static final String HEADING = "heading";
    /** The body: a section's text or an achievement's sentence; absent where a section has no text of its own. */
    public static final String BODY = "text";
    /**
     * A section's sentences with figures, searched only as single characters with positions ({@link #PASSAGES_CHARS}):
     * its phrases are sloppy (a word's characters a few moves apart, all words near each other), which pairs would
     * not find where a word is split (维权 in 维护妇女权益).
     */
    public static final String PASSAGES = "passages";
    public static final String PASSAGES_CHARS = PASSAGES + ".chars";
    /** The multi-field of character pairs: phrases, for exact substrings of more than one character. */
    public static final String PAIRS = ".pairs";

    private IndexFields() {
    }

    /**
     * {@code text} as an exact substring of {@code field}, weighing {@code boost}: a phrase on the field's pairs.
     * A Han character alone is no pair: each of its places in a text is the first character of a pair or, at a
     * run's end, the character alone, so the prefix of the field's pairs finds them all (scored alike: a prefix
     * query is constant). A digit or a letter alone, whatever punctuation is around it, is a token of its own
     * in the pairs as in the query, and its phrase finds it.
     */
    public static Query exact(String field, String text, float boost) {
        String pairs = field + PAIRS;
        String han = loneHan(text);
        if (han != null) {
            return Query.of(q -> q.prefix(p -> p.field(pairs).value(han).boost(boost)));
        }
        return Query.of(q -> q.matchPhrase(p -> p.field(pairs).query(text).boost(boost)));
    }

    /** The search form of {@code text}'s one Han (or Hiragana) character, when that is all it holds of letters and digits; else null. */
    public static String loneHan(String text) {
        String form = SearchText.normalize(text);
        int[] letters = form.codePoints().filter(Character::isLetterOrDigit).limit(2).toArray();
        if (letters.length != 1) {
            return null;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(letters[0]);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA ? Character.toString(letters[0]) : null;
    }
}
