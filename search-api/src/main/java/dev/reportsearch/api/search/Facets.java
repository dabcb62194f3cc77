package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.LongTermsBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.theme.Theme;
import dev.reportsearch.core.theme.Themes;

/**
 * Disjunctive facet counts: per facet a terms aggregation, inside a filter aggregation holding every other
 * facet's filter when another facet is chosen (a filter that filters nothing still costs a pass over every
 * match: 10–15% of the facets' time at 100,000 reports, bench/README.md). The search query (text, type, unit)
 * applies to all of them.
 */
public final class Facets {
    static final int REGION_BUCKETS = 500;
    static final int YEAR_BUCKETS = 200;
    static final int THEME_BUCKETS = 100;
    static final int UNIT_BUCKETS = 200;
    private static final String VALUES = "values";
    private static final String GROUPS = "groups";
    /** The unit groups' counts, beside the unit facet's terms when no other facet's filter wraps them. */
    private static final String UNIT_GROUPS = "facet_unit_groups";

    private final Gazetteer gazetteer;
    private final Themes themes;
    private final UnitGroups unitGroups = UnitGroups.standard();

    public Facets(Gazetteer gazetteer, Themes themes) {
        this.gazetteer = gazetteer;
        this.themes = themes;
    }

    public Map<String, Aggregation> aggregations(Filters filters) {
        Map<String, Aggregation> aggs = new LinkedHashMap<>();
        for (Facet facet : Facet.values()) {
            // content without a region counts under 地区不详 (the bucket of the missing value)
            Aggregation terms = Aggregation.of(a -> a.terms(t -> {
                t.field(facet.field()).size(buckets(facet));
                return facet == Facet.REGION ? t.missing(UnknownRegion.CODE) : t;
            }));
            Query others = filters.allBut(facet);
            if (others == null) {
                aggs.put(name(facet), terms);
                if (facet == Facet.UNIT) {
                    aggs.put(UNIT_GROUPS, UnitFacet.groupCounts(unitGroups));
                }
                continue;
            }
            aggs.put(name(facet), Aggregation.of(a -> {
                a.filter(others).aggregations(VALUES, terms);
                return facet == Facet.UNIT ? a.aggregations(GROUPS, UnitFacet.groupCounts(unitGroups)) : a;
            }));
        }
        return aggs;
    }

    /** The facets part of a search response: region, year, theme, unit. */
    public FacetCounts read(Map<String, Aggregate> aggs) {
        Aggregate unit = aggs.get(name(Facet.UNIT));
        Aggregate groups = unit != null && unit.isFilter() ? unit.filter().aggregations().get(GROUPS) : aggs.get(UNIT_GROUPS);
        return new FacetCounts(regions(values(aggs, Facet.REGION)), years(values(aggs, Facet.YEAR)), themes(values(aggs, Facet.THEME)),
                UnitFacet.read(unitGroups, values(aggs, Facet.UNIT), groups));
    }

    private List<FacetCounts.RegionCount> regions(Aggregate terms) {
        List<FacetCounts.RegionCount> out = new ArrayList<>();
        if (terms == null || !terms.isSterms()) {
            return out;
        }
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
            if (bucket.key().stringValue().equals(UnknownRegion.CODE)) {
                out.add(UnknownRegion.facetEntry(bucket.docCount()));
                continue;
            }
            gazetteer.byCode(bucket.key().stringValue()).ifPresent(r -> out.add(new FacetCounts.RegionCount(r.name(), r.code(),
                    bucket.docCount(), r.level().id(), r.path(), r.parentCode(), gazetteer.unambiguousName(r))));
        }
        out.sort(Comparator.comparingLong((FacetCounts.RegionCount e) -> -e.count()).thenComparing(FacetCounts.RegionCount::code));
        return out;
    }

    private static List<FacetCounts.YearCount> years(Aggregate terms) {
        List<FacetCounts.YearCount> out = new ArrayList<>();
        if (terms == null || !terms.isLterms()) {
            return out;
        }
        for (LongTermsBucket bucket : terms.lterms().buckets().array()) {
            out.add(new FacetCounts.YearCount((int) bucket.key(), bucket.docCount()));
        }
        out.sort(Comparator.comparingInt(FacetCounts.YearCount::value));
        return out;
    }

    private List<FacetCounts.ThemeCount> themes(Aggregate terms) {
        List<FacetCounts.ThemeCount> out = new ArrayList<>();
        if (terms == null || !terms.isSterms()) {
            return out;
        }
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
            String id = bucket.key().stringValue();
            out.add(new FacetCounts.ThemeCount(id, themes.byId(id).map(Theme::label).orElse(id), bucket.docCount()));
        }
        return out;
    }

    /** A facet's terms: inside its filter of the other facets' choices, or alone when there was none. */
    private static Aggregate values(Map<String, Aggregate> aggs, Facet facet) {
        Aggregate agg = aggs.get(name(facet));
        return agg != null && agg.isFilter() ? agg.filter().aggregations().get(VALUES) : agg;
    }

    private static String name(Facet facet) {
        return "facet_" + facet.id();
    }

    private static int buckets(Facet facet) {
        return switch (facet) {
            case REGION -> REGION_BUCKETS;
            case YEAR -> YEAR_BUCKETS;
            case THEME -> THEME_BUCKETS;
            case UNIT -> UNIT_BUCKETS;
        };
    }

}
