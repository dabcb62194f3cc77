package dev.reportsearch.api.regions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** One region of the tree: its counts include everything below it, its children ordered by code. */
    public record RegionNode(String code, String name, String level, List<String> path, String query, long reports, long sections,
                             List<RegionNode> children) {
    }

    /** The answer: the provinces (and 地区不详 last). */
    public record Tree(List<RegionNode> regions) {
    }

    /** A region found in the index, and its counts. */
    private record Counted(Region region, long reports, long sections) {
    }

    public void handle(Context ctx) throws IOException {
        ctx.json(new Tree(tree()));
    }

    public List<RegionNode> tree() throws IOException {
        SearchResponse<Void> res = client.search(s -> s.index(alias).size(0)
                .query(q -> q.terms(t -> t.field("docType").terms(v -> v.value(List.of(
                        FieldValue.of("report"),
                        FieldValue.of("section"))))))
                .aggregations("codes", a -> a.terms(t -> t.field("regionCodes").size(MAX_REGIONS))
                        .aggregations(counts()))
                .aggregations("unknown", a -> a.missing(m -> m.field("regionCodes"))
                        .aggregations(counts())), Void.class);
        Map<String, Counted> found = new TreeMap<>();
        for (StringTermsBucket bucket : res.aggregations().get("codes").sterms().buckets().array()) {
            gazetteer.byCode(bucket.key().stringValue()).ifPresent(r -> found.put(r.code(), new Counted(r,
                    bucket.aggregations().get("reports").cardinality().value(), bucket.aggregations().get("sections").filter().docCount())));
        }
        Map<String, List<Counted>> children = new HashMap<>();
        List<Counted> roots = new ArrayList<>();
        for (Counted c : found.values()) {
            String parent = c.region().parentCode();
            if (parent != null && found.containsKey(parent)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
            } else {
                roots.add(c);
            }
        }
        List<RegionNode> out = new ArrayList<>(roots.stream().map(c -> node(c, children)).toList());
        Aggregate unknown = res.aggregations().get("unknown");
        if (unknown != null && unknown.missing().docCount() > 0) {
            out.add(unknownNode(unknown.missing().aggregations()));
        }
        return out;
    }

    /** Per region: reports with any content there, and sections. */
    private static Map<String, Aggregation> counts() {
        return Map.of(
                "reports", Aggregation.of(r -> r.cardinality(c -> c.field("reportId").precisionThreshold(40_000))),
                "sections", Aggregation.of(r -> r.filter(Filters.term("docType", "section"))));
    }

    /** 地区不详, after the provinces: content the indexer could not place, so that browsing still reaches it. */
    private static RegionNode unknownNode(Map<String, Aggregate> counts) {
        return new RegionNode(UnknownRegion.CODE, UnknownRegion.NAME, UnknownRegion.LEVEL, List.of(UnknownRegion.NAME), UnknownRegion.NAME,
                counts.get("reports").cardinality().value(), counts.get("sections").filter().docCount(), List.of());
    }

    /** The node of a region and, below it, of every region found under it (codes in order, as {@code found} holds them). */
    private RegionNode node(Counted c, Map<String, List<Counted>> children) {
        Region r = c.region();
        return new RegionNode(r.code(), r.name(), r.level().id(), r.path(), gazetteer.unambiguousName(r), c.reports(), c.sections(),
                children.getOrDefault(r.code(), List.of()).stream().map(child -> node(child, children)).toList());
    }
}
