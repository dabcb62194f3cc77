package dev.reportsearch.core.index;

import dev.reportsearch.core.text.SearchText;

/**
 * The names of the searched fields of the index (reportsearch.json), for the writer and the queries alike.
 *
 * <p>Since index version 4 each text is stored once, as the original shown to users; Elasticsearch analyses
 * its search normal form from it (our plugin's {@code search_form} char filter), as smartcn words in the field
 * itself and, for exact substrings, as pairs of neighbouring characters in its {@code .pairs} multi-field (since
 * version 5: a phrase of about n/2 pairs instead of n single characters, the most frequent terms of the index) and
 * as single characters, without positions, in its {@code .chars} multi-field, for a query of one character alone
 * ({@link #exact}). The passages (since version 7) have only pairs ({@link #PASSAGES_PAIRS}).
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
    /** The multi-field of single characters: term queries only (one character alone), no positions. */
    public static final String CHARS = ".chars";
    /** The multi-field of character pairs: phrases, for exact substrings of more than one character. */
    public static final String PAIRS = ".pairs";

    private IndexFields() {
    }

    /**
     * The multi-field of {@code field} that finds {@code text} as an exact substring: a text of one character (a
     * Han character, a letter or a digit, whatever punctuation is around it) is found anywhere only among the single
     * characters; anything longer is a phrase of pairs, whose single characters at a run's edges find a lone
     * character between numbers or Latin words ("12万").
     */
    public static String exact(String field, String text) {
        String form = SearchText.normalize(text);
        return form.codePoints().filter(Character::isLetterOrDigit).limit(2).count() == 1 ? field + CHARS : field + PAIRS;
    }
}
