package dev.reportsearch.api.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.core.search.Hit;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.api.json.Docs;
import dev.reportsearch.core.index.IndexFields;

/** One search hit in the shape of the API contract, with its HTML-safe snippet. */
public final class HitMapper {
    private HitMapper() {
    }

    public static Map<String, Object> hit(Hit<JsonNode> hit) {
        JsonNode s = hit.source();
        boolean achievement = SearchType.ACHIEVEMENT.id().equals(Docs.text(s, "docType"));
        Map<String, Object> h = new LinkedHashMap<>();
        h.put("id", hit.id());
        h.put("type", Docs.text(s, "docType"));
        h.put("reportId", Docs.text(s, "reportId"));
        h.put("sectionId", Docs.nullable(s, "sectionId"));
        h.put("reportTitle", Docs.text(s, "title"));
        h.put("heading", Docs.text(s, "heading"));
        Docs.putRegion(h, s);
        h.put("years", Docs.ints(s.path("years")));
        h.put("themes", Docs.strings(s.path("themes")));
        String original = Docs.text(s, IndexFields.BODY);
        Map<String, List<String>> hl = hit.highlight();
        if (achievement) {
            List<Map<String, Object>> figures = Docs.figures(s);
            List<String> raws = figures.stream().map(f -> (String) f.get("raw")).toList();
            List<String> highlighted = new java.util.ArrayList<>();
            hl.getOrDefault(Highlights.BODY, List.of()).forEach(highlighted::add);
            hl.getOrDefault(Highlights.BODY_EXACT, List.of()).forEach(highlighted::add);
            h.put("snippet", Snippets.whole(original, highlighted, raws));
            h.put("text", original);
            h.put("figures", figures);
        } else {
            List<String> fragments = hl.getOrDefault(Highlights.BODY_EXACT, hl.get(Highlights.BODY));
            h.put("snippet", Snippets.of(fragments, original));
            h.put("text", original);
        }
        h.put("source", Docs.source(s));
        // sorted by a field, Elasticsearch scores nothing (NaN): say so with null, never the string "NaN"
        Double score = hit.score();
        h.put("score", score == null || score.isNaN() ? null : score);
        return h;
    }
}
