package dev.reportsearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * GET /api/search: runs one page and answers in the contract's shape. Where {@link SemanticSearch} applies,
 * the first hits found by words and those found by meaning are fused ({@link Fusion}), the page cut from them
 * and only its hits fetched to show; total and facets stay those of the words' search (plus, in total, the
 * sections only meaning found).
 */
public final class SearchService {
    private final ElasticsearchClient client;
    private final SearchRequests requests;
    private final Facets facets;
    private final SemanticSearch semantic;

    public SearchService(ElasticsearchClient client, SearchRequests requests, Facets facets, SemanticSearch semantic) {
        this.client = client;
        this.requests = requests;
        this.facets = facets;
        this.semantic = semantic;
    }

    public Map<String, Object> search(SearchParams params) throws IOException {
        QueryText text = QueryText.parse(params.q());
        boolean fused = SemanticSearch.appliesTo(params, text) && semantic.available(client);
        SearchResponse<JsonNode> res;
        List<Map<String, Object>> hits = new ArrayList<>();
        List<List<String>> missing = new ArrayList<>();
        long total;
        long took;
        if (fused) {
            int depth = SemanticSearch.depth(params);
            res = client.search(requests.ranking(params, depth), JsonNode.class);
            SearchResponse<JsonNode> near = client.search(semantic.nearest(params, depth), JsonNode.class);
            List<Fusion.Ranked<Hit<JsonNode>>> all = Fusion.ranked(res.hits().hits(), near.hits().hits(), Hit::id, Fusion.MEANING_WEIGHT);
            List<Fusion.Ranked<Hit<JsonNode>>> page = all.subList(Math.min(params.from(), all.size()), Math.min(params.from() + params.size(), all.size()));
            took = res.took() + near.took();
            if (!page.isEmpty()) {
                SearchResponse<JsonNode> shown = client.search(semantic.shown(params, page.stream().map(r -> r.item().id()).toList()), JsonNode.class);
                took += shown.took();
                Map<String, Hit<JsonNode>> byId = new HashMap<>();
                shown.hits().hits().forEach(h -> byId.put(h.id(), h));
                for (Fusion.Ranked<Hit<JsonNode>> r : page) {
                    Hit<JsonNode> hit = byId.get(r.item().id());
                    if (hit != null) { // gone between the two requests (a rebuild swapped the index): left out
                        Map<String, Object> h = HitMapper.hit(hit);
                        h.put("score", r.score());
                        hits.add(withMissingTerms(h, text, hit, missing));
                    }
                }
            }
            Set<String> byWords = new HashSet<>();
            res.hits().hits().forEach(h -> byWords.add(h.id()));
            total = totalOf(res) + near.hits().hits().stream().filter(h -> !byWords.contains(h.id())).count();
        } else {
            res = client.search(requests.page(params), JsonNode.class);
            for (Hit<JsonNode> hit : res.hits().hits()) {
                hits.add(withMissingTerms(HitMapper.hit(hit), text, hit, missing));
            }
            total = totalOf(res);
            took = res.took();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total);
        out.put("page", params.page());
        out.put("size", params.size());
        out.put("type", params.type().id());
        out.put("sort", params.sort().id());
        out.put("tookMs", took);
        out.put("semantic", fused);
        out.put("query", QueryEcho.of(text, missing));
        out.put("filters", AppliedFilters.of(params));
        out.put("hits", hits);
        out.put("facets", facets.read(res.aggregations()));
        return out;
    }

    /** The query terms a hit lacks ({@link MatchedTerms}), on the hit for the page and in {@code missing} for the echo. */
    private static Map<String, Object> withMissingTerms(Map<String, Object> h, QueryText text, Hit<JsonNode> hit, List<List<String>> missing) {
        List<String> lacks = MatchedTerms.missing(text, hit.matchedQueries());
        h.put("missingTerms", lacks);
        missing.add(lacks);
        return h;
    }

    private static long totalOf(SearchResponse<JsonNode> res) {
        return res.hits().total() == null ? res.hits().hits().size() : res.hits().total().value();
    }
}
