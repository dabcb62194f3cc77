package dev.reportsearch.api.regions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;

import dev.reportsearch.api.search.Filters;
import dev.reportsearch.api.search.UnknownRegion;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;
import io.javalin.http.Context;

/**
 * GET /api/regions: every region with indexed content, as a province &gt; city &gt; county &gt; township
 * tree. A region's counts include everything below it: reports with any content there, and sections.
 * Each node's {@code query} is the text the {@code region} filter reads back as that region (its
 * name, or its name after its county where the name repeats: 苍南县灵溪镇). Content without a region
 * comes last, as {@link UnknownRegion 地区不详}.
 */
public final class RegionTree {
    static final int MAX_REGIONS = 5_000;

    private final ElasticsearchClient client;
    private final String alias;
    private final Gazetteer gazetteer;

    public RegionTree(ElasticsearchClient client, String alias, Gazetteer gazetteer) {
        this.client = client;
        this.alias = alias;
        this.gazetteer = gazetteer;
    }

    public void handle(Context ctx) throws IOException {
        ctx.json(Map.of("regions", tree()));
    }

    public List<Map<String, Object>> tree() throws IOException {
        SearchResponse<Void> res = client.search(s -> s.index(alias).size(0)
                .query(q -> q.terms(t -> t.field("docType").terms(v -> v.value(List.of(
                        FieldValue.of("report"),
                        FieldValue.of("section"))))))
                .aggregations("codes", a -> a.terms(t -> t.field("regionCodes").size(MAX_REGIONS))
                        .aggregations(counts()))
                .aggregations("unknown", a -> a.missing(m -> m.field("regionCodes"))
                        .aggregations(counts())), Void.class);
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        Aggregate codes = res.aggregations().get("codes");
        for (StringTermsBucket bucket : codes.sterms().buckets().array()) {
            Optional<Region> region = gazetteer.byCode(bucket.key().stringValue());
            region.ifPresent(r -> nodes.put(r.code(), node(r, gazetteer.unambiguousName(r), bucket.aggregations().get("reports").cardinality().value(),
                    bucket.aggregations().get("sections").filter().docCount())));
        }
        List<Map<String, Object>> roots = new ArrayList<>();
        for (Map<String, Object> node : nodes.values()) {
            String parent = (String) node.remove("parentCode");
            Map<String, Object> up = parent == null ? null : nodes.get(parent);
            if (up == null) {
                roots.add(node);
            } else {
                children(up).add(node);
            }
        }
        sort(roots);
        Aggregate unknown = res.aggregations().get("unknown");
        if (unknown != null && unknown.missing().docCount() > 0) {
            roots.add(unknownNode(unknown.missing().aggregations()));
        }
        return roots;
    }

    /** Per region: reports with any content there, and sections. */
    private static Map<String, Aggregation> counts() {
        return Map.of(
                "reports", Aggregation.of(r -> r.cardinality(c -> c.field("reportId").precisionThreshold(40_000))),
                "sections", Aggregation.of(r -> r.filter(Filters.term("docType", "section"))));
    }

    /** 地区不详, after the provinces: content the indexer could not place, so that browsing still reaches it. */
    private static Map<String, Object> unknownNode(Map<String, Aggregate> counts) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("code", UnknownRegion.CODE);
        n.put("name", UnknownRegion.NAME);
        n.put("level", UnknownRegion.LEVEL);
        n.put("path", List.of(UnknownRegion.NAME));
        n.put("query", UnknownRegion.NAME);
        n.put("reports", counts.get("reports").cardinality().value());
        n.put("sections", counts.get("sections").filter().docCount());
        n.put("children", List.of());
        return n;
    }

    private static Map<String, Object> node(Region r, String query, long reports, long sections) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("code", r.code());
        n.put("name", r.name());
        n.put("level", r.level().id());
        n.put("path", r.path());
        n.put("query", query);
        n.put("reports", reports);
        n.put("sections", sections);
        n.put("children", new ArrayList<Map<String, Object>>());
        n.put("parentCode", r.parentCode());
        return n;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> children(Map<String, Object> node) {
        return (List<Map<String, Object>>) node.get("children");
    }

    private static void sort(List<Map<String, Object>> level) {
        level.sort(Comparator.comparing(n -> (String) n.get("code")));
        level.forEach(n -> sort(children(n)));
    }
}
