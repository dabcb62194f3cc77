package dev.reportsearch.api.search;

import java.util.List;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import dev.reportsearch.api.regions.RegionRef;

/**
 * 地区不详: content whose region the indexer could not place (it leaves the region fields out rather
 * than guess). It gets a facet entry, a node of the region tree and a filter value of its own, so
 * such reports stay reachable by browsing, and no region is made up for them in the index.
 */
public final class UnknownRegion {
    /** What the page shows and the region filter accepts. */
    public static final String NAME = "地区不详";
    /** The facet bucket key and code for content without region codes; also accepted as a filter value. */
    public static final String CODE = "unknown";
    public static final String LEVEL = "unknown";

    private UnknownRegion() {
    }

    public static boolean isNamedBy(String value) {
        String v = value.strip();
        return v.equals(NAME) || v.equals(CODE);
    }

    /** Documents without any region code. */
    public static Query filter() {
        return Query.of(b -> b.bool(x -> x.mustNot(m -> m.exists(e -> e.field(Facet.REGION.field())))));
    }

    /** As a region to choose or show. */
    public static RegionRef ref() {
        return new RegionRef(CODE, NAME, LEVEL, List.of(NAME), NAME);
    }

    /** Its entry in the region facet, shaped as the other regions' entries. */
    static FacetCounts.RegionCount facetEntry(long count) {
        return new FacetCounts.RegionCount(NAME, CODE, count, LEVEL, List.of(NAME), null, NAME);
    }
}
