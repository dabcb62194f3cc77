package dev.reportsearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import com.fasterxml.jackson.databind.JsonNode;

/** GET /api/search: runs one page and answers in the contract's shape. */
public final class SearchService {
    private final ElasticsearchClient client;
    private final SearchRequests requests;
    private final Facets facets;

    public SearchService(ElasticsearchClient client, SearchRequests requests, Facets facets) {
        this.client = client;
        this.requests = requests;
        this.facets = facets;
    }

    public Map<String, Object> search(SearchParams params) throws IOException {
        SearchResponse<JsonNode> res = client.search(requests.page(params), JsonNode.class);
        QueryText text = QueryText.parse(params.q());
        List<Map<String, Object>> hits = new ArrayList<>();
        List<List<String>> missing = new ArrayList<>();
        for (Hit<JsonNode> hit : res.hits().hits()) {
            Map<String, Object> h = HitMapper.hit(hit);
            List<String> lacks = MatchedTerms.missing(text, hit.matchedQueries());
            h.put("missingTerms", lacks);
            missing.add(lacks);
            hits.add(h);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", res.hits().total() == null ? hits.size() : res.hits().total().value());
        out.put("page", params.page());
        out.put("size", params.size());
        out.put("type", params.type().id());
        out.put("sort", params.sort().id());
        out.put("tookMs", res.took());
        out.put("query", QueryEcho.of(text, missing));
        out.put("filters", AppliedFilters.of(params));
        out.put("hits", hits);
        out.put("facets", facets.read(res.aggregations()));
        return out;
    }
}
