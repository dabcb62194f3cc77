package dev.reportsearch.api;

import java.io.IOException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.TransportException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.api.search.SearchService;
import dev.reportsearch.core.es.EsClients;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/**
 * The HTTP API and the page, wired explicitly: every route is listed in {@link #create}.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;
    private final ElasticsearchClient client;

    private ApiServer(Javalin app, ElasticsearchClient client) {
        this.app = app;
        this.client = client;
    }

    public static ApiServer start(ApiConfig config) {
        // Short timeouts: with Elasticsearch gone, a client gets a 503 within 2 s, not a hang.
        ElasticsearchClient client = EsClients.create(config.connection(), 1_000, 10_000);
        SearchService search = new SearchService(client, config.alias());
        HealthHandler health = new HealthHandler(client);
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

        Javalin app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.jetty.port = config.port();
            cfg.jetty.host = null;
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.http.defaultContentType = "application/json";
            cfg.routes.before(ApiServer::securityHeaders);
            cfg.routes.get("/health", health::handle);
            cfg.routes.get("/api/search", ctx -> ctx.json(search.search(SearchParams.from(ctx))));
            cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            cfg.routes.exception(TransportException.class, (e, ctx) -> unavailable(ctx, e));
            cfg.routes.exception(IOException.class, (e, ctx) -> unavailable(ctx, e));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal_error", "Something went wrong on our side; it has been logged.");
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                    error(ctx, 404, "not_found", "No such endpoint: " + ctx.path());
                }
            });
        });
        app.start();
        LOG.info("report-search API on http://localhost:{}", app.port());
        return new ApiServer(app, client);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        try {
            client._transport().close();
        } catch (IOException ignored) {
            // closing on shutdown
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'");
    }

    private static void unavailable(Context ctx, Exception e) {
        LOG.warn("Elasticsearch unreachable on {} {}: {}", ctx.method(), ctx.path(), e.toString());
        ApiException u = ApiException.unavailable();
        error(ctx, u.status(), u.code(), u.getMessage());
    }

    static void error(Context ctx, int status, String code, String message) {
        ctx.status(status).json(Map.of("error", Map.of("status", status, "code", code, "message", message)));
    }
}
