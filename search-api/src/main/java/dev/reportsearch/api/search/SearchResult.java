package dev.reportsearch.api.search;

import java.util.List;

/**
 * The answer of GET /api/search. {@code total}: hits by words (plus, when fused, sections only meaning found);
 * {@code tookMs}: Elasticsearch's time for the requests made (of the page's hits and of its counts, which run at
 * once, the longer); {@code semantic}: whether meaning was fused in; {@code timedOut}: Elasticsearch stopped at the
 * search's time limit ({@link SearchRequests#SEARCH_TIMEOUT}) and answered with what it had reached, so the total and
 * facet counts are at least these (a cold node counting a million figures can take that long) and the hits the best
 * of what it saw: the page says so rather than show a smaller number as if it were the count.
 */
public record SearchResult(long total, int page, int size, String type, String sort, long tookMs, boolean semantic, boolean timedOut,
                           QueryEcho query, AppliedFilters filters, List<SearchHit> hits, FacetCounts facets) {
}
