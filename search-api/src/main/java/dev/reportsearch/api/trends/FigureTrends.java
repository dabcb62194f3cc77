package dev.reportsearch.api.trends;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StatsAggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import dev.reportsearch.api.ApiException;
import dev.reportsearch.api.search.Filters;
import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.api.search.SearchRequests;
import dev.reportsearch.api.search.SearchType;
import dev.reportsearch.core.region.Gazetteer;
import io.javalin.http.Context;

/**
 * GET /api/figures/trend: the figures of an achievements search in one unit (group), by year and by
 * region: how many sentences, how many figures, their sum and the largest. Editors quote trends and
 * journalists compare regions; each point is the search narrowed to that year or region
 * ({@code year=} or {@code region=<code>}), so the page links it to its sentences.
 */
public final class FigureTrends {
    static final int MAX_YEARS = 200;
    static final int MAX_REGIONS = 30;

    private final ElasticsearchClient client;
    private final String alias;
    private final Gazetteer gazetteer;

    /**
     * One point: a year or a region. {@code hits}: sentences with a figure in the unit; {@code figures},
     * {@code sum}, {@code max}: over those figures.
     */
    public record Point(String key, String label, long hits, long figures, double sum, double max) {
    }

    /** The answer: the units summed, and the points by year (ascending) and by region (most sentences first). */
    public record Trend(List<String> units, long total, List<Point> byYear, List<Point> byRegion) {
    }

    public FigureTrends(ElasticsearchClient client, String alias, Gazetteer gazetteer) {
        this.client = client;
        this.alias = alias;
        this.gazetteer = gazetteer;
    }

    public void handle(Context ctx) throws IOException {
        ctx.json(trend(SearchParams.forExport(achievements(ctx::queryParams))));
    }

    /** The search's parameters, type achievement unless given. */
    static Function<String, List<String>> achievements(Function<String, List<String>> params) {
        return name -> name.equals("type") && params.apply(name).isEmpty() ? List.of(SearchType.ACHIEVEMENT.id()) : params.apply(name);
    }

    public Trend trend(SearchParams params) throws IOException {
        if (params.type() != SearchType.ACHIEVEMENT) {
            throw ApiException.badParameter("type", "needs_achievements", "figures are achievements' only: leave type out or give achievement");
        }
        if (params.units().isEmpty()) {
            throw ApiException.badParameter("unit", "needs_unit", "give the unit to sum (unit=元, unit=人 ...): figures in different units do not add up");
        }
        Query query = SearchRequests.filtered(params);
        Aggregation stats = Aggregation.of(a -> a.nested(n -> n.path("figures"))
                .aggregations("unit", u -> u.filter(Filters.unitsQuery(params.units()))
                        .aggregations("stats", s -> s.stats(st -> st.field("figures.value")))));
        SearchResponse<Void> res = client.search(s -> s.index(alias).size(0).query(query).trackTotalHits(t -> t.enabled(true))
                .aggregations("byYear", a -> a.terms(t -> t.field("years").size(MAX_YEARS)).aggregations("figures", stats))
                .aggregations("byRegion", a -> a.terms(t -> t.field("regionCode").size(MAX_REGIONS)).aggregations("figures", stats)),
                Void.class);
        List<Point> byYear = new ArrayList<>();
        for (LongTermsBucket b : res.aggregations().get("byYear").lterms().buckets().array()) {
            byYear.add(point(String.valueOf(b.key()), String.valueOf(b.key()), b.docCount(), b.aggregations().get("figures")));
        }
        byYear.sort(Comparator.comparing(Point::key));
        List<Point> byRegion = new ArrayList<>();
        for (StringTermsBucket b : res.aggregations().get("byRegion").sterms().buckets().array()) {
            String code = b.key().stringValue();
            String label = gazetteer.byCode(code).map(r -> r.name()).orElse(code);
            byRegion.add(point(code, label, b.docCount(), b.aggregations().get("figures")));
        }
        long total = res.hits().total() == null ? 0 : res.hits().total().value();
        return new Trend(params.units(), total, byYear, byRegion);
    }

    private static Point point(String key, String label, long hits, Aggregate figures) {
        StatsAggregate stats = figures.nested().aggregations().get("unit").filter().aggregations().get("stats").stats();
        return new Point(key, label, hits, stats.count(), stats.count() == 0 ? 0 : stats.sum(), stats.count() == 0 ? 0 : stats.max());
    }
}
