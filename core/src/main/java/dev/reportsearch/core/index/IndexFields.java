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
 * multi-field of single characters, 13% of the index, held it): {@link #exact}. The passages (since version 7) have
 * only pairs ({@link #PASSAGES_PAIRS}).
 */
public final class IndexFields {
    /** The report's title (every document carries it). */
    public static final String TITLE = "title";
    /** The section's heading (sections and achievements). */
    public static final String HEADING = "heading";
    /** The body: a section's text or an achievement's sentence; absent where a section has no text of its own. */
    public static final String BODY = "text";
    /**
     * A section's sentences with figures, searched only as character pairs with positions ({@link #PASSAGES_PAIRS}),
     * since index version 7; before, as single characters ({@code passages.chars}). Its phrases are sloppy (a word's
     * pairs a few moves apart, all words near each other): a qualifier inserted into a compound is still found
     * (创业贷款 as 创业担保贷款: 创业 and 贷款 two moves apart), and each phrase runs over about n/2 pairs, rare terms,
     * instead of n single characters, the most frequent terms of the index (at 100,000 reports these phrases were
     * the largest part of a keyword query's time). Given up: a word split inside a passage by other characters
     * (维权 in 维护妇女权益) is no longer found in it, since its pair never occurs there; and a word of one Han
     * character, which is no pair, is found in a passage only as the prefix of a pair (no phrase, no slop).
     */
    public static final String PASSAGES = "passages";
    public static final String PASSAGES_PAIRS = PASSAGES + ".pairs";
    /** The multi-field of character pairs: phrases, for exact substrings of more than one character. */
    public static final String PAIRS = ".pairs";

    private IndexFields() {
    }

    /**
     * {@code text} as an exact substring of {@code field}, weighing {@code boost}: a phrase on the field's pairs.
     * A Han character alone is no pair: {@link #pairsStartingWith}. A digit or a letter alone, whatever punctuation
     * is around it, is a token of its own in the pairs as in the query, and its phrase finds it.
     */
    public static Query exact(String field, String text, float boost) {
        String pairs = field + PAIRS;
        String han = loneHan(text);
        if (han != null) {
            return pairsStartingWith(pairs, han, boost);
        }
        return Query.of(q -> q.matchPhrase(p -> p.field(pairs).query(text).boost(boost)));
    }

    /**
     * A Han character anywhere in a {@code .pairs} field: each of its places in a text is the first character of a pair
     * or, at a run's end, the character alone, so the prefix finds them all. Scored as the sum of the pairs it
     * finds, as a term query on single characters was by how often the character occurs; a constant score (a prefix
     * query's own) left many hits with equal scores, whose order then turned on the last bit of a sum.
     */
    public static Query pairsStartingWith(String pairsField, String han, float boost) {
        return Query.of(q -> q.prefix(p -> p.field(pairsField).value(han).rewrite("scoring_boolean").boost(boost)));
    }

    /** The search form of {@code text}'s one Han (or Hiragana) character, when that is all it holds of letters and digits; else null. */
    public static String loneHan(String text) {
        String form = SearchText.normalize(text);
        int[] letters = form.codePoints().filter(Character::isLetterOrDigit).limit(2).toArray();
        return letters.length == 1 && isPaired(letters[0]) ? Character.toString(letters[0]) : null;
    }

    /** A character the standard tokenizer makes a token of its own and our pairs filter pairs (Han, Hiragana). */
    public static boolean isPaired(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA;
    }
}
