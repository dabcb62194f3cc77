package dev.reportsearch.api;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.javalin.http.Context;

/** GET /health: are we, and is Elasticsearch, able to answer searches. */
final class HealthHandler {
    private final ElasticsearchClient client;

    /** The answer; {@code cluster} (green, yellow, red) only when Elasticsearch answered. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Health(String status, String elasticsearch, String cluster) {
    }

    HealthHandler(ElasticsearchClient client) {
        this.client = client;
    }

    void handle(Context ctx) {
        String cluster;
        try {
            HealthStatus status = client.cluster().health(h -> h.timeout(t -> t.time("1s"))).status();
            cluster = status.jsonValue();
        } catch (Exception e) {
            ctx.status(503).json(new Health("degraded", "down", null));
            return;
        }
        boolean up = !"red".equals(cluster);
        ctx.status(up ? 200 : 503).json(new Health(up ? "ok" : "degraded", up ? "up" : "down", cluster));
    }
}
