package dev.reportsearch.core.index;

/**
 * The names of the searched fields of the index (reportsearch.json), for the writer and the queries alike.
 *
 * <p>Since index version 4 each text is stored once, as the original shown to users; Elasticsearch analyses
 * its search normal form from it (our plugin's {@code search_form} char filter), as smartcn words in the field
 * itself and as single characters in its {@code .chars} multi-field, for exact substrings.
 */
public final class IndexFields {
    /** The report's title (every document carries it). */
    public static final String TITLE = "title";
    public static final String TITLE_CHARS = TITLE + ".chars";
    /** The section's heading (sections and achievements). */
    public static final String HEADING = "heading";
    public static final String HEADING_CHARS = HEADING + ".chars";
    /** The body: a section's text or an achievement's sentence; absent where a section has no text of its own. */
    public static final String BODY = "text";
    public static final String BODY_CHARS = BODY + ".chars";
    /** A section's sentences with figures, searched only as characters. */
    public static final String PASSAGES = "passages";
    public static final String PASSAGES_CHARS = PASSAGES + ".chars";

    private IndexFields() {
    }
}
