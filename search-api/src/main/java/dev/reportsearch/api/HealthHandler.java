package dev.reportsearch.api;

import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;

import io.javalin.http.Context;

/** GET /health: are we, and is Elasticsearch, able to answer searches. */
final class HealthHandler {
    private final ElasticsearchClient client;

    HealthHandler(ElasticsearchClient client) {
        this.client = client;
    }

    void handle(Context ctx) {
        String cluster;
        try {
            HealthStatus status = client.cluster().health(h -> h.timeout(t -> t.time("1s"))).status();
            cluster = status.jsonValue();
        } catch (Exception e) {
            ctx.status(503).json(Map.of("status", "degraded", "elasticsearch", "down"));
            return;
        }
        boolean up = !"red".equals(cluster);
        ctx.status(up ? 200 : 503).json(Map.of("status", up ? "ok" : "degraded",
                "elasticsearch", up ? "up" : "down", "cluster", cluster));
    }
}
