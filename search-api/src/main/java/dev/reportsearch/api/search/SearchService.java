package dev.reportsearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
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
 * the first hits found by words and those found by meaning are fused ({@link Fusion}) and the page cut from
 * them; total and facets stay those of the words' search (plus the sections only meaning found, in total).
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
        boolean fused = SemanticSearch.appliesTo(params) && semantic.available(client);
        SearchResponse<JsonNode> res;
        List<Hit<JsonNode>> page;
        long total;
        long took;
        if (fused) {
            int depth = SemanticSearch.depth(params);
            res = client.search(requests.page(params, 0, depth), JsonNode.class);
            SearchResponse<JsonNode> near = client.search(semantic.request(params, depth), JsonNode.class);
            List<Hit<JsonNode>> all = Fusion.fuse(res.hits().hits(), near.hits().hits(), Hit::id, Fusion.MEANING_WEIGHT);
            page = all.subList(Math.min(params.from(), all.size()), Math.min(params.from() + params.size(), all.size()));
            Set<String> byWords = new HashSet<>();
            res.hits().hits().forEach(h -> byWords.add(h.id()));
            total = totalOf(res) + near.hits().hits().stream().filter(h -> !byWords.contains(h.id())).count();
            took = res.took() + near.took();
        } else {
            res = client.search(requests.page(params), JsonNode.class);
            page = res.hits().hits();
            total = totalOf(res);
            took = res.took();
        }
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Hit<JsonNode> hit : page) {
            hits.add(HitMapper.hit(hit));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", total);
        out.put("page", params.page());
        out.put("size", params.size());
        out.put("type", params.type().id());
        out.put("sort", params.sort().id());
        out.put("tookMs", took);
        out.put("semantic", fused);
        out.put("hits", hits);
        out.put("facets", facets.read(res.aggregations()));
        return out;
    }

    private static long totalOf(SearchResponse<JsonNode> res) {
        return res.hits().total() == null ? res.hits().hits().size() : res.hits().total().value();
    }
}
