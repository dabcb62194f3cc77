package dev.reportsearch.api.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SearchType;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;

import dev.reportsearch.core.index.IndexFields;
import dev.reportsearch.core.index.IndexGeneration;

/**
 * Builds the Elasticsearch requests for a search: one page of hits and, beside it, its total and facets; or one
 * batch of an export. All share the query and filters (page and export the sort), so an export holds exactly what
 * the search shows.
 */
public final class SearchRequests {
    /** Elasticsearch stops collecting after this and answers with what it has (marked timed_out). */
    static final String SEARCH_TIMEOUT = "2s";
    /**
     * Source fields a hit never shows: the section's passages (its achievements' sentences again) and, where
     * sections were embedded, their vectors (kept in {@code _source} since index version 4: excluding them from
     * it made Elasticsearch keep a whole {@code _recovery_source} copy of every document).
     */
    public static final List<String> NOT_SHOWN = List.of("suggest", "indexedAt", IndexFields.PASSAGES, "vector");
    /**
     * How a request that ranks by score runs: the alias stands over two indices ({@link IndexGeneration}: reports
     * and sections, achievements), so each first reports its term statistics and every document is scored with
     * both's together: a word's rarity and a field's mean length are those of one index, and so are the scores.
     * (Each index alone would rank a section against sections only: other scores, other answers.) Measured at
     * 10,000 generated reports: no cost beside the time the split saves.
     */
    public static final SearchType RANKED = SearchType.DfsQueryThenFetch;
    private final String alias;
    private final Facets facets;

    public SearchRequests(String alias, Facets facets) {
        this.alias = alias;
        this.facets = facets;
    }

    /**
     * Text (if any) scored under every filter, the chosen facets' too: what a hit must satisfy where no facets are
     * counted (a page, an export's batch, a trend's sums).
     */
    public static Query filtered(SearchParams params) {
        return query(params, Filters.of(params).all());
    }

    /** Text (if any) scored, under {@code filter}. */
    private static Query query(SearchParams params, Query filter) {
        Query text = params.hasQuery() ? QueryBuilder.text(params.q()) : null;
        if (params.hasQuery() && text == null) {
            // Input with nothing searchable in it (only operators or punctuation) matches nothing.
            return Query.of(b -> b.bool(bool -> bool.filter(filter).mustNot(m -> m.matchAll(a -> a))));
        }
        if (text == null) {
            return Query.of(b -> b.bool(bool -> bool.filter(filter)));
        }
        return Query.of(b -> b.bool(bool -> bool.filter(filter).must(text)));
    }

    /**
     * One page of hits, without facets and without an exact total ({@link #facets} counts both): a request that
     * also aggregates, or counts every match, makes Elasticsearch visit every match, where the page alone lets it
     * skip those that cannot reach the first hits.
     */
    public SearchRequest page(SearchParams params) {
        return hits(params, params.from(), params.size(), true);
    }

    /**
     * The first {@code size} hits' ids and scores, nothing to show: a fused search ranks these, then fetches only
     * its page's hits to show ({@link SemanticSearch#shown}), so that it never highlights more.
     */
    public SearchRequest ranking(SearchParams params, int size) {
        return hits(params, 0, size, false);
    }

    /**
     * The total and the disjunctive facets of a search, no hits: sent beside {@link #page}. With no hits to score
     * or show it is cheap to count, and Elasticsearch keeps its answer in the request cache until the index
     * changes, so a page turn or a repeated search does not count again.
     */
    public SearchRequest facets(SearchParams params) {
        Filters filters = Filters.of(params);
        Query postFilter = filters.postFilter();
        return SearchRequest.of(s -> {
            s.index(alias).query(query(params, filters.base())).size(0).trackTotalHits(t -> t.enabled(true)).timeout(SEARCH_TIMEOUT)
                    .aggregations(facets.aggregations(filters)).requestCache(true);
            if (postFilter != null) {
                s.postFilter(postFilter);
            }
            return s;
        });
    }

    /**
     * Hits under every filter, the chosen facets' too, in the query: with no facets to count, a post_filter would
     * only make Elasticsearch score every match of the words before dropping those outside the chosen region, year
     * or theme (a search of 关爱 in 河南省 in 2022 scored all sections holding 关爱 to show 936); in the query, the
     * filters let it skip them. Filters do not score: the hits and their order are the same.
     */
    private SearchRequest hits(SearchParams params, int from, int size, boolean shown) {
        return SearchRequest.of(s -> {
            s.index(alias).query(filtered(params)).from(from).size(size)
                    .trackTotalHits(t -> t.enabled(false)).sort(Sorts.of(params)).timeout(SEARCH_TIMEOUT);
            scoredAsOneIndex(s, params);
            if (shown) {
                s.source(src -> src.filter(f -> f.excludes(NOT_SHOWN)));
                if (params.hasQuery()) { // without text there is nothing to mark
                    s.highlight(Highlights.exactFirst(params.type()));
                }
            } else {
                s.source(src -> src.fetch(false));
            }
            // Browse pages (no text) repeat the same few requests; Elasticsearch keeps their answers until the
            // index changes. Searches with text vary too much to be worth the cache's memory.
            s.requestCache(!params.hasQuery());
            return s;
        });
    }

    /**
     * The words' fragments of the page's sections {@code ids} that had no exact fragment ({@link Highlights#exactFirst}):
     * by id, marked for the search's text query, nothing else fetched.
     */
    public SearchRequest wordFragments(SearchParams params, List<String> ids) {
        Query text = QueryBuilder.text(params.q());
        return SearchRequest.of(s -> s.index(alias).query(q -> q.ids(i -> i.values(ids))).size(ids.size())
                .timeout(SEARCH_TIMEOUT).highlight(Highlights.words(text)).source(src -> src.fetch(false)));
    }

    /** One batch of an export: all filters in the query, no facets, paged by search_after in a point in time. */
    public SearchRequest batch(SearchParams params, String pitId, List<FieldValue> searchAfter, int size) {
        return SearchRequest.of(s -> {
            s.pit(p -> p.id(pitId).keepAlive(k -> k.time("1m"))).query(filtered(params)).size(size)
                    .trackTotalHits(t -> t.enabled(false)).sort(Sorts.of(params))
                    .source(src -> src.filter(f -> f.excludes(NOT_SHOWN)));
            scoredAsOneIndex(s, params);
            if (searchAfter != null && !searchAfter.isEmpty()) {
                s.searchAfter(searchAfter);
            }
            return s;
        });
    }

    /** A search with text is scored: {@link #RANKED}. Without, every hit scores alike and needs no statistics. */
    private static void scoredAsOneIndex(SearchRequest.Builder s, SearchParams params) {
        if (params.hasQuery()) {
            s.searchType(RANKED);
        }
    }

    public String alias() {
        return alias;
    }
}
