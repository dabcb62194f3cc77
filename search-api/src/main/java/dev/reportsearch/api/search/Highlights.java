package dev.reportsearch.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Highlight;
import co.elastic.clients.elasticsearch.core.search.HighlightField;

import dev.reportsearch.core.index.IndexFields;

/**
 * What the highlighter marks: query matches in the body's words and exact substrings. Sections get
 * fragments; achievements, being one sentence, get their whole text. The exact substrings are marked on the
 * body's pairs (a query of one character alone marks the pairs it begins).
 *
 * <p>A section's snippet is cut from its exact-substring fragments, and from its words' fragments only where it has
 * none ({@link HitMapper}). So a page of sections asks for the exact fragments alone ({@link #exactFirst}), and the
 * few hits without one get their words' fragments from a second request ({@link #words}): marking the body's
 * smartcn words was about a tenth of a keyword search's time at 100,000 reports (8 of 79 ms), for fragments that
 * nearly every hit then threw away.
 */
final class Highlights {
    static final String BODY = IndexFields.BODY;
    static final String BODY_EXACT = IndexFields.BODY + IndexFields.PAIRS;
    static final int FRAGMENT = 120;

    private Highlights() {
    }

    /**
     * A page's fragments: an achievement's both kinds (its whole sentence is shown, marked by both: one sentence is
     * quickly read again for its words); a section's exact ones.
     */
    static Highlight exactFirst(SearchType type) {
        if (type == SearchType.ACHIEVEMENT) {
            return Highlight.of(h -> start(h, null).fields(BODY_EXACT, f -> fragments(f, type)).fields(BODY, f -> fragments(f, type)));
        }
        return Highlight.of(h -> start(h, null).fields(BODY_EXACT, f -> fragments(f, type)));
    }

    /** The words' fragments of sections that had no exact one, marked for {@code query} (the search's text query). */
    static Highlight words(Query query) {
        return Highlight.of(h -> start(h, query).fields(BODY, f -> fragments(f, SearchType.SECTION)));
    }

    private static Highlight.Builder start(Highlight.Builder h, Query query) {
        return (query == null ? h : h.highlightQuery(query)).preTags(Snippets.PRE).postTags(Snippets.POST).requireFieldMatch(true);
    }

    private static HighlightField.Builder fragments(HighlightField.Builder f, SearchType type) {
        int fragments = type == SearchType.ACHIEVEMENT ? 0 : 2;
        return f.fragmentSize(FRAGMENT).numberOfFragments(fragments).noMatchSize(0);
    }
}
