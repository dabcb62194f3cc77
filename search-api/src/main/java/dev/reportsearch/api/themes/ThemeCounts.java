package dev.reportsearch.api.themes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import dev.reportsearch.core.theme.Theme;
import dev.reportsearch.core.theme.Themes;
import io.javalin.http.Context;

/** GET /api/themes: every theme of the taxonomy, in its order, with section and achievement counts. */
public final class ThemeCounts {
    private final ElasticsearchClient client;
    private final String alias;
    private final Themes themes;

    public ThemeCounts(ElasticsearchClient client, String alias, Themes themes) {
        this.client = client;
        this.alias = alias;
        this.themes = themes;
    }

    public void handle(Context ctx) throws IOException {
        ctx.json(Map.of("themes", list()));
    }

    public List<Map<String, Object>> list() throws IOException {
        SearchResponse<Void> res = client.search(s -> s.index(alias).size(0)
                .aggregations("types", a -> a.terms(t -> t.field("docType").size(10))
                        .aggregations("themes", th -> th.terms(t -> t.field("themes").size(200)))), Void.class);
        Map<String, Map<String, Long>> countsByType = new HashMap<>();
        for (StringTermsBucket type : res.aggregations().get("types").sterms().buckets().array()) {
            Map<String, Long> counts = new HashMap<>();
            for (StringTermsBucket theme : type.aggregations().get("themes").sterms().buckets().array()) {
                counts.put(theme.key().stringValue(), theme.docCount());
            }
            countsByType.put(type.key().stringValue(), counts);
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (Theme theme : themes.all()) {
            long sections = countsByType.getOrDefault("section", Map.of()).getOrDefault(theme.id(), 0L);
            long achievements = countsByType.getOrDefault("achievement", Map.of()).getOrDefault(theme.id(), 0L);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", theme.id());
            m.put("label", theme.label());
            m.put("count", sections);
            m.put("sections", sections);
            m.put("achievements", achievements);
            out.add(m);
        }
        return out;
    }
}
