package dev.reportsearch.api.search;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Highlight;

import dev.reportsearch.core.index.IndexFields;

/**
 * What the highlighter marks: query matches in the body's words and exact substrings. Sections get
 * fragments; achievements, being one sentence, get their whole text. The exact substrings are marked on the
 * body's pairs (a query of one character alone marks the pairs it begins).
 */
final class Highlights {
    static final String BODY = IndexFields.BODY;
    static final String BODY_EXACT = IndexFields.BODY + IndexFields.PAIRS;
    static final int FRAGMENT = 120;

    private Highlights() {
    }

    static Highlight of(SearchType type) {
        return of(type, null);
    }

    /** @param query what to mark when the search's own query is not it (a kNN search marks the words); null: the search's */
    static Highlight of(SearchType type, Query query) {
        int fragments = type == SearchType.ACHIEVEMENT ? 0 : 2;
        return Highlight.of(h -> (query == null ? h : h.highlightQuery(query)).preTags(Snippets.PRE).postTags(Snippets.POST).requireFieldMatch(true)
                .fields(BODY_EXACT, f -> f.fragmentSize(FRAGMENT).numberOfFragments(fragments).noMatchSize(0))
                .fields(BODY, f -> f.fragmentSize(FRAGMENT).numberOfFragments(fragments).noMatchSize(0)));
    }
}
