package dev.reportsearch.api.search;

import java.util.List;

/**
 * The answer of GET /api/search. {@code total}: hits by words (plus, when fused, sections only meaning found);
 * {@code tookMs}: Elasticsearch's time for the requests made (of the page's hits and of its counts, which run at
 * once, the longer); {@code semantic}: whether meaning was fused in.
 */
public record SearchResult(long total, int page, int size, String type, String sort, long tookMs, boolean semantic,
                           QueryEcho query, AppliedFilters filters, List<SearchHit> hits, FacetCounts facets) {
}
