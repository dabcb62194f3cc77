package dev.reportsearch.api.regions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import dev.reportsearch.api.json.Docs;
import dev.reportsearch.api.json.ShownSource;
import dev.reportsearch.api.search.Filters;
import dev.reportsearch.api.search.RegionParam;
import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.api.search.UnknownRegion;
import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;
import io.javalin.http.Context;

/**
 * GET /api/regions/{code}/reports: the reports with any content in a region (or below it), newest first
 * (the latest year covered, then the publication date), paged, optionally only those covering given years,
 * with the years of all of them to filter by. The region browser lists these instead of stitching reports
 * together from pages of section hits (issue 11 item 12).
 */
public final class RegionReports {
    /** Reports in one region counted at most; a province of a national index stays well below. */
    static final int MAX_REPORTS = 10_000;

    private final ElasticsearchClient client;
    private final String alias;
    private final Gazetteer gazetteer;

    /** One report of the list. {@code sectionsHere}: its sections in the region asked for. */
    public record ReportSummary(String id, String title, String region, String regionCode, List<String> regionPath,
                                List<Integer> years, ShownSource source, long sectionCount, long achievementCount,
                                long sectionsHere) {
    }

    /** A year and how many of the region's reports cover it. */
    public record YearCount(int value, long count) {
    }

    /** The answer: the region (null path for 地区不详), the page of reports, and every year covered. */
    public record Page(RegionRef region, long total, int page, int size, List<ReportSummary> reports, List<YearCount> years) {
    }

    public RegionReports(ElasticsearchClient client, String alias, Gazetteer gazetteer) {
        this.client = client;
        this.alias = alias;
        this.gazetteer = gazetteer;
    }

    public void handle(Context ctx) throws IOException {
        int page = SearchParams.intParam(ctx::queryParams, "page", 1, 1, MAX_REPORTS);
        int size = SearchParams.intParam(ctx::queryParams, "size", 20, 1, SearchParams.MAX_SIZE);
        ctx.json(list(ctx.pathParam("code"), SearchParams.years(ctx::queryParams), page, size));
    }

    public Page list(String regionValue, List<Integer> years, int page, int size) throws IOException {
        boolean unknown = UnknownRegion.isNamedBy(regionValue);
        Region region = unknown ? null : RegionParam.resolve(regionValue);
        RegionRef ref = unknown ? UnknownRegion.ref() : RegionRef.of(region, gazetteer);
        Map<String, Long> sectionsHere = sectionsPerReport(unknown ? UnknownRegion.filter() : Filters.term("regionCodes", region.code()));
        if (sectionsHere.isEmpty()) {
            return new Page(ref, 0, page, size, List.of(), List.of());
        }
        List<FieldValue> ids = sectionsHere.keySet().stream().map(FieldValue::of).toList();
        Query reports = Query.of(q -> q.bool(b -> b.filter(Filters.term("docType", "report"))
                .filter(f -> f.terms(t -> t.field("reportId").terms(v -> v.value(ids))))));
        List<FieldValue> yearValues = years.stream().map(y -> FieldValue.of(y.longValue())).toList();
        SearchResponse<IndexDocument> res = client.search(s -> {
            s.index(alias).query(reports).from((page - 1) * size).size(size).trackTotalHits(t -> t.enabled(true))
                    .sort(o -> o.field(f -> f.field("years").order(SortOrder.Desc).mode(SortMode.Max).missing("_last")))
                    .sort(o -> o.field(f -> f.field("source.publishedAt").order(SortOrder.Desc).missing("_last")))
                    .sort(o -> o.field(f -> f.field("reportId").order(SortOrder.Asc)))
                    .aggregations("years", a -> a.terms(t -> t.field("years").size(200)))
                    .source(src -> src.filter(f -> f.includes("reportId", "title", "region", "regionCode", "regionPath",
                            "years", "source", "sectionCount", "achievementCount")));
            if (!yearValues.isEmpty()) {
                s.postFilter(p -> p.terms(t -> t.field("years").terms(v -> v.value(yearValues))));
            }
            return s;
        }, IndexDocument.class);
        List<ReportSummary> out = new ArrayList<>();
        for (Hit<IndexDocument> hit : res.hits().hits()) {
            IndexDocument d = hit.source();
            String id = Docs.orEmpty(d.reportId());
            out.add(new ReportSummary(id, Docs.orEmpty(d.title()), d.region(), d.regionCode(), Docs.orEmpty(d.regionPath()),
                    Docs.orEmpty(d.years()), ShownSource.of(d), count(d.sectionCount()), count(d.achievementCount()),
                    sectionsHere.getOrDefault(id, 0L)));
        }
        List<YearCount> yearCounts = new ArrayList<>();
        for (LongTermsBucket b : res.aggregations().get("years").lterms().buckets().array()) {
            yearCounts.add(new YearCount((int) b.key(), b.docCount()));
        }
        yearCounts.sort(Comparator.comparingInt(YearCount::value).reversed());
        long total = res.hits().total() == null ? out.size() : res.hits().total().value();
        return new Page(ref, total, page, size, out, yearCounts);
    }

    private static long count(Integer n) {
        return n == null ? 0 : n;
    }

    /** Every report with content in the region, and how many of its sections lie there. */
    private Map<String, Long> sectionsPerReport(Query inRegion) throws IOException {
        SearchResponse<Void> res = client.search(s -> s.index(alias).size(0)
                .query(q -> q.bool(b -> b.filter(inRegion).filter(f -> f.terms(t -> t.field("docType")
                        .terms(v -> v.value(List.of(FieldValue.of("report"), FieldValue.of("section"))))))))
                .aggregations("reports", a -> a.terms(t -> t.field("reportId").size(MAX_REPORTS))
                        .aggregations("sections", sub -> sub.filter(Filters.term("docType", "section")))), Void.class);
        Map<String, Long> out = new HashMap<>();
        for (StringTermsBucket b : res.aggregations().get("reports").sterms().buckets().array()) {
            out.put(b.key().stringValue(), b.aggregations().get("sections").filter().docCount());
        }
        return out;
    }
}
