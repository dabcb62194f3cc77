package dev.reportsearch.api.themes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** A theme of the taxonomy: {@code count} is {@code sections}, kept for older clients. */
    public record ThemeCount(String id, String label, long count, long sections, long achievements) {
    }

    /** The answer: every theme, in the taxonomy's order. */
    public record ThemeList(List<ThemeCount> themes) {
    }

    public void handle(Context ctx) throws IOException {
        ctx.json(new ThemeList(list()));
    }

    public List<ThemeCount> list() throws IOException {
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
        List<ThemeCount> out = new ArrayList<>();
        for (Theme theme : themes.all()) {
            long sections = countsByType.getOrDefault("section", Map.of()).getOrDefault(theme.id(), 0L);
            long achievements = countsByType.getOrDefault("achievement", Map.of()).getOrDefault(theme.id(), 0L);
            out.add(new ThemeCount(theme.id(), theme.label(), sections, sections, achievements));
        }
        return out;
    }
}
