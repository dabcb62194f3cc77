package dev.reportsearch.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.reportsearch.api.export.CsvExport;
import dev.reportsearch.api.regions.RegionTree;
import dev.reportsearch.api.reports.ReportHandler;
import dev.reportsearch.api.search.Facets;
import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.api.search.SearchRequests;
import dev.reportsearch.api.search.SearchService;
import dev.reportsearch.api.search.SemanticSearch;
import dev.reportsearch.api.suggest.SuggestHandler;
import dev.reportsearch.api.themes.ThemeCounts;
import dev.reportsearch.core.embed.TextVectors;
import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.theme.Themes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;

/**
 * The HTTP API and the page, wired explicitly: every route is listed in {@link #start}. The API is
 * read-only: every route is a GET.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /**
     * Connect fast: a stopped Elasticsearch refuses at once and a vanished host fails within this, so a
     * client gets its 503 within 2 s. A slow answer from a live server is given longer.
     */
    static final int CONNECT_TIMEOUT_MS = 500;
    static final int SOCKET_TIMEOUT_MS = 3_000;

    private static final String ERROR_SENT = "reportsearch.errorSent";

    private final Javalin app;
    private final ElasticsearchClient client;
    private final List<String> routes;

    private ApiServer(Javalin app, ElasticsearchClient client, List<String> routes) {
        this.app = app;
        this.client = client;
        this.routes = List.copyOf(routes);
    }

    public static ApiServer start(ApiConfig config) {
        ElasticsearchClient client = EsClients.create(config.connection(), CONNECT_TIMEOUT_MS, SOCKET_TIMEOUT_MS);
        String alias = config.alias();
        Gazetteer gazetteer = Gazetteer.standard();
        Themes themes = Themes.standard();
        Facets facets = new Facets(gazetteer, themes);
        SearchRequests requests = new SearchRequests(alias, facets);
        SearchService search = new SearchService(client, requests, facets, new SemanticSearch(alias, TextVectors.standard()));
        CsvExport export = new CsvExport(client, requests);
        RegionTree regions = new RegionTree(client, alias, gazetteer);
        ThemeCounts themeCounts = new ThemeCounts(client, alias, themes);
        ReportHandler reports = new ReportHandler(client, alias);
        SuggestHandler suggest = new SuggestHandler(client, alias);
        HealthHandler health = new HealthHandler(client);
        OpenApi openApi = new OpenApi();
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<String> routes = new ArrayList<>();

        Javalin app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.jetty.port = config.port();
            cfg.jetty.host = null;
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.http.defaultContentType = "application/json";
            cfg.jetty.modifyServletContextHandler(h -> h.addFilter(new FilterHolder(new MethodOverrideIgnored()), "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            cfg.routes.before(ApiServer::securityHeaders);
            cfg.routes.before(ApiServer::onlyGet);
            cfg.routes.before(ctx -> QueryEncoding.requireWellFormed(ctx.queryString()));
            LoadShedding.install(cfg); // overload protection for /api/* (issue 6)
            get(cfg, routes, "/health", health::handle);
            get(cfg, routes, "/openapi.json", openApi::handle);
            get(cfg, routes, "/api/search", ctx -> ctx.json(search.search(SearchParams.from(ctx))));
            get(cfg, routes, "/api/export.csv", export::handle);
            get(cfg, routes, "/api/regions", regions::handle);
            get(cfg, routes, "/api/themes", themeCounts::handle);
            get(cfg, routes, "/api/reports/{id}", reports::handle);
            get(cfg, routes, "/api/suggest", suggest::handle);
            cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage()));
            cfg.routes.exception(ElasticsearchException.class, ApiServer::elasticsearchError);
            cfg.routes.exception(IOException.class, (e, ctx) -> unavailable(ctx, e));
            cfg.routes.exception(Exception.class, (e, ctx) -> {
                if (causedByIo(e)) {
                    unavailable(ctx, e);
                    return;
                }
                LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal_error", "Something went wrong on our side; it has been logged.");
            });
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(ERROR_SENT) == null) {
                    error(ctx, 404, "not_found", "Nothing here: " + SearchParams.abbreviate(ctx.path()));
                }
            });
        });
        app.start();
        LOG.info("report-search API on http://localhost:{}", app.port());
        return new ApiServer(app, client, routes);
    }

    private static void get(JavalinConfig cfg, List<String> routes, String path, Handler handler) {
        routes.add(path);
        cfg.routes.get(path, handler);
    }

    public int port() {
        return app.port();
    }

    /** Every path registered, as written (with {param} placeholders): the OpenAPI test checks them. */
    public List<String> routes() {
        return routes;
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

    /** Every route is a GET (HEAD asks the same); anything else is a 405 naming what is allowed, on any path. */
    private static void onlyGet(Context ctx) {
        String method = ctx.req().getMethod();
        if (!"GET".equals(method) && !"HEAD".equals(method)) {
            ctx.header("Allow", "GET");
            throw new ApiException(405, "method_not_allowed", "The API is read-only: use GET.");
        }
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'");
    }

    /** Missing index, red cluster, shards still starting: all mean "not able to search right now". */
    private static void elasticsearchError(ElasticsearchException e, Context ctx) {
        if (e.status() >= 500 || e.status() == 404 || e.status() == 429) {
            unavailable(ctx, e);
            return;
        }
        LOG.error("Elasticsearch refused a request on {} {}: {}", ctx.method(), ctx.path(), e.response(), e);
        error(ctx, 500, "internal_error", "Something went wrong on our side; it has been logged.");
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static void unavailable(Context ctx, Exception e) {
        LOG.warn("Elasticsearch unreachable on {} {}: {}", ctx.method(), ctx.path(), e.toString());
        ApiException u = ApiException.unavailable();
        error(ctx, u.status(), u.code(), u.getMessage());
    }

    static void error(Context ctx, int status, String code, String message) {
        ctx.attribute(ERROR_SENT, Boolean.TRUE);
        ctx.status(status).json(Map.of("error", Map.of("status", status, "code", code, "message", message)));
    }
}
