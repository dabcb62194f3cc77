package dev.reportsearch.api.suggest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Suggestion;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.core.text.SearchText;
import io.javalin.http.Context;

/**
 * GET /api/suggest?q=: completions of a partly typed query from the completion field (report titles,
 * region names, section headings), at most {@link #MAX}.
 */
public final class SuggestHandler {
    public static final int MAX = 10;
    static final int MAX_PREFIX = 50;

    private final ElasticsearchClient client;
    private final String alias;

    public SuggestHandler(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public void handle(Context ctx) throws IOException {
        String q = SearchParams.typedQuery(ctx::queryParams);
        ctx.json(Map.of("q", q, "suggestions", suggest(q)));
    }

    public List<String> suggest(String typed) throws IOException {
        String prefix = SearchText.normalize(typed == null ? "" : typed.strip());
        if (prefix == null || prefix.isBlank()) {
            return List.of();
        }
        String p = prefix.length() > MAX_PREFIX ? prefix.substring(0, MAX_PREFIX) : prefix;
        SearchResponse<JsonNode> res = client.search(s -> s.index(alias).size(0)
                .suggest(sg -> sg.suggesters("complete", c -> c.prefix(p)
                        .completion(cs -> cs.field("suggest").size(MAX * 3))))
                .source(src -> src.filter(f -> f.includes("suggest"))), JsonNode.class);
        Set<String> out = new LinkedHashSet<>();
        List<Suggestion<JsonNode>> suggestions = res.suggest().getOrDefault("complete", List.of());
        for (Suggestion<JsonNode> suggestion : suggestions) {
            for (CompletionSuggestOption<JsonNode> option : suggestion.completion().options()) {
                out.add(option.text());
                // One option per document: its other inputs with the same prefix (a title beside its region) count too.
                if (option.source() != null) {
                    option.source().path("suggest").forEach(input -> {
                        String text = input.asText();
                        if (text.startsWith(p) || SearchText.normalize(text).startsWith(p)) {
                            out.add(text);
                        }
                    });
                }
            }
        }
        return new ArrayList<>(out).subList(0, Math.min(MAX, out.size()));
    }
}
