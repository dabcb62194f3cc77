package dev.reportsearch.api.regions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import dev.reportsearch.core.index.IndexFields;
import dev.reportsearch.api.ApiException;
import dev.reportsearch.api.search.Filters;
import dev.reportsearch.api.search.RegionParam;
import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.api.search.UnknownRegion;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.theme.Theme;
import dev.reportsearch.core.theme.Themes;
import io.javalin.http.Context;

/**
 * GET /api/regions/compare?region=…&region=…: two or more regions side by side, in one request: their
 * reports, sections and achievements (figure sentences), by year and by theme, each region counting
 * everything below it.
 */
public final class RegionComparison {
    static final int MIN_REGIONS = 2;
    static final int MAX_REGIONS = 6;
    static final int YEAR_BUCKETS = 200;
    static final int THEME_BUCKETS = 100;
    /** Exact distinct report counts up to here (cardinality is approximate above its threshold). */
    static final int PRECISION = 40_000;

    private final ElasticsearchClient client;
    private final String alias;
    private final Gazetteer gazetteer;
    private final Themes themes;

    /** Counts of one region, or of one of its years. */
    public record Counts(long reports, long sections, long achievements) {
    }

    /** One year of a region. */
    public record YearCounts(int year, long reports, long sections, long achievements) {
    }

    /** One theme of a region: its sections. */
    public record ThemeCount(String value, String label, long sections) {
    }

    /** One region of the comparison. */
    public record Column(RegionRef region, Counts total, List<YearCounts> byYear, List<ThemeCount> byTheme) {
    }

    /** The answer, the regions in the order asked. */
    public record Comparison(List<Column> regions) {
    }

    public RegionComparison(ElasticsearchClient client, String alias, Gazetteer gazetteer, Themes themes) {
        this.client = client;
        this.alias = alias;
        this.gazetteer = gazetteer;
        this.themes = themes;
    }

    public void handle(Context ctx) throws IOException {
        List<String> values = SearchParams.values(ctx::queryParams, "region");
        if (values.size() < MIN_REGIONS || values.size() > MAX_REGIONS) {
            throw ApiException.badParameter("region", "compare_count", "give " + MIN_REGIONS + " to " + MAX_REGIONS
                    + " regions to compare, got " + values.size());
        }
        ctx.json(compare(values));
    }

    public Comparison compare(List<String> values) throws IOException {
        Map<String, RegionRef> refs = new LinkedHashMap<>();
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        for (String value : values) {
            boolean unknown = UnknownRegion.isNamedBy(value);
            RegionRef ref = unknown ? UnknownRegion.ref() : RegionRef.of(RegionParam.resolve(value), gazetteer);
            Query in = unknown ? UnknownRegion.filter() : Filters.term("regionCodes", ref.code());
            if (refs.putIfAbsent(ref.code(), ref) == null) {
                aggs.put(ref.code(), Aggregation.of(a -> a.filter(in).aggregations(counts())
                        .aggregations("byYear", y -> y.terms(t -> t.field("years").size(YEAR_BUCKETS)).aggregations(counts()))
                        .aggregations("byTheme", th -> th.filter(Filters.term("docType", "section"))
                                .aggregations("themes", t -> t.terms(tt -> tt.field("themes").size(THEME_BUCKETS))))));
            }
        }
        SearchResponse<Void> res = client.search(s -> s.index(alias).size(0)
                // what a search finds: sections and achievements with text (an outline-only heading is no hit)
                .query(q -> q.bool(b -> b.filter(f -> f.terms(t -> t.field("docType")
                                .terms(v -> v.value(List.of(FieldValue.of("section"), FieldValue.of("achievement"))))))
                        .filter(f -> f.exists(e -> e.field(IndexFields.BODY)))))
                .aggregations(aggs), Void.class);
        List<Column> columns = new ArrayList<>();
        refs.forEach((code, ref) -> columns.add(column(ref, res.aggregations().get(code).filter().aggregations())));
        return new Comparison(columns);
    }

    private Column column(RegionRef ref, Map<String, Aggregate> a) {
        List<YearCounts> years = new ArrayList<>();
        for (LongTermsBucket b : a.get("byYear").lterms().buckets().array()) {
            Counts c = counts(b.aggregations());
            years.add(new YearCounts((int) b.key(), c.reports(), c.sections(), c.achievements()));
        }
        years.sort(Comparator.comparingInt(YearCounts::year));
        List<ThemeCount> byTheme = new ArrayList<>();
        for (StringTermsBucket b : a.get("byTheme").filter().aggregations().get("themes").sterms().buckets().array()) {
            String id = b.key().stringValue();
            byTheme.add(new ThemeCount(id, themes.byId(id).map(Theme::label).orElse(id), b.docCount()));
        }
        return new Column(ref, counts(a), years, byTheme);
    }

    /** Reports with content there (distinct report ids), sections, achievements. */
    private static Map<String, Aggregation> counts() {
        return Map.of(
                "reports", Aggregation.of(r -> r.cardinality(c -> c.field("reportId").precisionThreshold(PRECISION))),
                "sections", Aggregation.of(r -> r.filter(Filters.term("docType", "section"))),
                "achievements", Aggregation.of(r -> r.filter(Filters.term("docType", "achievement"))));
    }

    private static Counts counts(Map<String, Aggregate> a) {
        return new Counts(a.get("reports").cardinality().value(), a.get("sections").filter().docCount(),
                a.get("achievements").filter().docCount());
    }
}
