package dev.reportsearch.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import dev.reportsearch.api.export.CsvExport;
import dev.reportsearch.api.regions.RegionComparison;
import dev.reportsearch.api.regions.RegionReports;
import dev.reportsearch.api.regions.RegionTree;
import dev.reportsearch.api.reports.OriginalFileHandler;
import dev.reportsearch.api.reports.ReportHandler;
import dev.reportsearch.api.search.Facets;
import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.api.search.SearchRequests;
import dev.reportsearch.api.search.SearchService;
import dev.reportsearch.api.search.SemanticSearch;
import dev.reportsearch.api.similar.SimilarSections;
import dev.reportsearch.api.suggest.SuggestHandler;
import dev.reportsearch.api.themes.ThemeCounts;
import dev.reportsearch.api.trends.FigureTrends;
import dev.reportsearch.core.embed.TextVectors;
import dev.reportsearch.core.es.EsClients;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.theme.Themes;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
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
    private final Deadlines deadlines;

    private ApiServer(Javalin app, ElasticsearchClient client, List<String> routes, Deadlines deadlines) {
        this.app = app;
        this.client = client;
        this.routes = List.copyOf(routes);
        this.deadlines = deadlines;
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
        RegionReports regionReports = new RegionReports(client, alias, gazetteer);
        RegionComparison comparison = new RegionComparison(client, alias, gazetteer, themes);
        ThemeCounts themeCounts = new ThemeCounts(client, alias, themes);
        ReportHandler reports = new ReportHandler(client, alias);
        OriginalFileHandler originals = new OriginalFileHandler(client, alias);
        SimilarSections similar = new SimilarSections(client, alias);
        FigureTrends trends = new FigureTrends(client, alias, gazetteer);
        SuggestHandler suggest = new SuggestHandler(client, alias, gazetteer);
        HealthHandler health = new HealthHandler(client);
        OpenApi openApi = new OpenApi();
        NotFoundPage notFoundPage = new NotFoundPage();
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules()
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        List<String> routes = new ArrayList<>();
        Deadlines deadlines = new Deadlines(config.deadline().toMillis());

        Javalin app = Javalin.create(cfg -> {
            cfg.jsonMapper(new JavalinJackson(mapper, false));
            cfg.jetty.port = config.port();
            cfg.jetty.host = null;
            cfg.staticFiles.add("/web", Location.CLASSPATH);
            cfg.http.defaultContentType = "application/json";
            cfg.jetty.modifyServletContextHandler(h -> h.addFilter(new FilterHolder(new MethodOverrideIgnored()), "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            cfg.jetty.modifyServletContextHandler(h -> h.addFilter(new FilterHolder(new ControlCharactersAsSpaces()), "/*",
                    EnumSet.of(DispatcherType.REQUEST)));
            JettyErrors jettyErrors = new JettyErrors(mapper); // errors raised before our handlers (issue 12 item 2)
            cfg.jetty.modifyServer(server -> server.setErrorHandler(jettyErrors));
            deadlines.register(cfg); // one overall deadline per request (issue 12 item 5)
            cfg.routes.before(ctx -> SecurityHeaders.applyTo(ctx::header));
            cfg.routes.before(ApiServer::onlyGet);
            cfg.routes.before(ctx -> QueryEncoding.requireWellFormed(ctx.queryString()));
            LoadShedding.install(cfg); // overload protection for /api/* (issue 6)
            get(cfg, routes, "/health", health::handle);
            get(cfg, routes, "/openapi.json", openApi::handle);
            get(cfg, routes, "/api/search", ctx -> ctx.json(search.search(SearchParams.from(ctx))));
            get(cfg, routes, "/api/export.csv", export::handle);
            get(cfg, routes, "/api/figures/trend", trends::handle);
            get(cfg, routes, "/api/regions", regions::handle);
            get(cfg, routes, "/api/regions/compare", comparison::handle);
            get(cfg, routes, "/api/regions/{code}/reports", regionReports::handle);
            get(cfg, routes, "/api/themes", themeCounts::handle);
            get(cfg, routes, "/api/reports/{id}", reports::handle);
            get(cfg, routes, "/api/reports/{id}/original", originals::handle);
            get(cfg, routes, "/api/sections/{id}/similar", similar::handle);
            get(cfg, routes, "/api/suggest", suggest::handle);
            // the page's icon, not part of the API: browsers ask for /favicon.ico whatever the page links
            cfg.routes.get("/favicon.ico", ctx -> ctx.redirect("/favicon.svg", HttpStatus.MOVED_PERMANENTLY));
            cfg.routes.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.body()));
            cfg.routes.exception(ElasticsearchException.class, unlessPastDeadline(ApiServer::elasticsearchError));
            cfg.routes.exception(IOException.class, unlessPastDeadline((e, ctx) -> unavailable(ctx, e)));
            cfg.routes.exception(Exception.class, unlessPastDeadline((e, ctx) -> {
                if (causedByIo(e)) {
                    unavailable(ctx, e);
                    return;
                }
                LOG.error("Unexpected error on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal_error", "Something went wrong on our side; it has been logged.");
            }));
            cfg.routes.error(404, ctx -> {
                if (ctx.attribute(ERROR_SENT) == null && !notFoundPage.answer(ctx)) {
                    error(ctx, 404, "not_found", "Nothing here: " + SearchParams.abbreviate(ctx.path()));
                }
            });
        });
        app.start();
        LOG.info("report-search API on http://localhost:{}", app.port());
        return new ApiServer(app, client, routes, deadlines);
    }

    /** Past the deadline a failure is only its effect: {@link Deadlines} answers instead, without an error logged. */
    private static <E extends Exception> ExceptionHandler<E> unlessPastDeadline(ExceptionHandler<E> handler) {
        return (e, ctx) -> {
            if (!Deadlines.passed(ctx)) {
                handler.handle(e, ctx);
            }
        };
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
        deadlines.close();
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
        error(ctx, status, ApiError.of(status, code, message));
    }

    private static void error(Context ctx, int status, ApiError body) {
        ctx.attribute(ERROR_SENT, Boolean.TRUE);
        ctx.status(status).json(body);
    }
}
