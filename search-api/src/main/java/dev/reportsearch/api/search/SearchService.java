package dev.reportsearch.api.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.core.text.SearchText;

/** Section search over the alias: the query, highlighting, and the hit shape of the API contract. */
public final class SearchService {
    private final ElasticsearchClient client;
    private final String alias;

    public SearchService(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public Map<String, Object> search(SearchParams params) throws IOException {
        String q = SearchText.normalize(params.q());
        Query type = Query.of(t -> t.term(tt -> tt.field("docType").value("section")));
        Query query = q.isEmpty() ? type : Query.of(b -> b.bool(bool -> bool.filter(type).must(textQuery(q))));
        SearchResponse<JsonNode> res = client.search(s -> s.index(alias)
                .query(query)
                .from((params.page() - 1) * params.size())
                .size(params.size())
                .trackTotalHits(t -> t.enabled(true))
                .highlight(h -> h.preTags(Snippets.PRE).postTags(Snippets.POST)
                        .fields("norm.body", f -> f.fragmentSize(120).numberOfFragments(2).matchedFields("norm.body", "norm.body.chars"))
                        .fields("norm.body.chars", f -> f.fragmentSize(120).numberOfFragments(2))),
                JsonNode.class);
        List<Map<String, Object>> hits = new ArrayList<>();
        for (Hit<JsonNode> hit : res.hits().hits()) {
            hits.add(hit(hit));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("total", res.hits().total() == null ? hits.size() : res.hits().total().value());
        out.put("page", params.page());
        out.put("size", params.size());
        out.put("tookMs", res.took());
        out.put("hits", hits);
        out.put("facets", Map.of());
        return out;
    }

    private static Query textQuery(String q) {
        return Query.of(b -> b.bool(bool -> bool
                .should(s -> s.multiMatch(m -> m.query(q).type(TextQueryType.BestFields).operator(Operator.And)
                        .fields("norm.heading^3", "norm.body", "norm.title^0.5")))
                .should(s -> s.multiMatch(m -> m.query(q).type(TextQueryType.Phrase)
                        .fields("norm.heading.chars^4", "norm.body.chars^2")))
                .minimumShouldMatch("1")));
    }

    private static Map<String, Object> hit(Hit<JsonNode> hit) {
        JsonNode s = hit.source();
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("id", hit.id());
        h.put("type", text(s, "docType"));
        h.put("reportId", text(s, "reportId"));
        h.put("reportTitle", text(s, "title"));
        h.put("heading", text(s, "heading"));
        h.put("region", text(s, "region"));
        h.put("regionPath", strings(s.path("regionPath")));
        h.put("years", ints(s.path("years")));
        h.put("themes", strings(s.path("themes")));
        String original = text(s, "text");
        String normalized = s.path("norm").path("body").asText("");
        List<String> fragments = hit.highlight().getOrDefault("norm.body", hit.highlight().get("norm.body.chars"));
        h.put("snippet", Snippets.of(fragments, original, normalized));
        h.put("text", original);
        JsonNode src = s.path("source");
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("url", nullable(src, "url"));
        source.put("publisher", nullable(src, "publisher"));
        source.put("publishedAt", nullable(src, "publishedAt"));
        h.put("source", source);
        return h;
    }

    private static String text(JsonNode n, String field) {
        return n.path(field).asText("");
    }

    private static String nullable(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<Integer> ints(JsonNode array) {
        List<Integer> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asInt()));
        return out;
    }
}
