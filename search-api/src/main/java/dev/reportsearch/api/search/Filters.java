package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import dev.reportsearch.core.index.IndexFields;
import dev.reportsearch.core.model.Region;

/**
 * The filters of a search. Type and text narrow the query itself; the facet filters (region, year,
 * theme, unit) go in the post_filter, so that each facet's aggregation can apply all filters but its own.
 */
public final class Filters {
    private final Query base;
    private final Map<Facet, Query> facets;

    private Filters(Query base, Map<Facet, Query> facets) {
        this.base = base;
        this.facets = facets;
    }

    public static Filters of(SearchParams params) {
        List<Query> base = new ArrayList<>();
        base.add(term("docType", params.type().id()));
        // A section with no text of its own is in its report's outline, never a hit (ReportDocuments writes no body for it).
        base.add(Query.of(b -> b.exists(e -> e.field(IndexFields.BODY))));
        Map<Facet, Query> facets = new EnumMap<>(Facet.class);
        if (!params.units().isEmpty()) {
            // the achievement's units (all its figures'), a facet filter so that the unit facet stays multi-select
            facets.put(Facet.UNIT, terms(Facet.UNIT.field(), params.units()));
        }
        List<Query> regions = new ArrayList<>();
        if (!params.regions().isEmpty()) {
            regions.add(terms(Facet.REGION.field(), params.regions().stream().map(Region::code).toList()));
        }
        if (params.regionUnknown()) {
            regions.add(UnknownRegion.filter());
        }
        if (!regions.isEmpty()) {
            facets.put(Facet.REGION, or(regions));
        }
        if (!params.years().isEmpty()) {
            facets.put(Facet.YEAR, terms(Facet.YEAR.field(), params.years().stream().map(String::valueOf).toList()));
        }
        if (!params.themes().isEmpty()) {
            facets.put(Facet.THEME, terms(Facet.THEME.field(), params.themes()));
        }
        return new Filters(and(base), facets);
    }

    /** Type: part of the query, so it narrows every facet too. */
    public Query base() {
        return base;
    }

    /** All facet filters, for the post_filter; null when none is chosen. */
    public Query postFilter() {
        return facets.isEmpty() ? null : and(List.copyOf(facets.values()));
    }

    /** The facet filters except {@code facet}'s own: what that facet's counts are computed under; null when there are none. */
    public Query allBut(Facet facet) {
        List<Query> others = new ArrayList<>();
        facets.forEach((f, q) -> {
            if (f != facet) {
                others.add(q);
            }
        });
        return others.isEmpty() ? null : and(others);
    }

    /** Base and facet filters together: everything a hit must satisfy (used where no facets are shown). */
    public Query all() {
        List<Query> every = new ArrayList<>();
        every.add(base);
        every.addAll(facets.values());
        return and(every);
    }

    /** figures.unit in units: for the nested filter and for the nested sort. */
    public static Query unitsQuery(List<String> units) {
        return terms("figures.unit", units);
    }

    public static Query term(String field, String value) {
        return Query.of(b -> b.term(t -> t.field(field).value(value)));
    }

    static Query terms(String field, List<String> values) {
        List<FieldValue> fv = values.stream().map(FieldValue::of).toList();
        return Query.of(b -> b.terms(t -> t.field(field).terms(v -> v.value(fv))));
    }

    static Query or(List<Query> filters) {
        return filters.size() == 1 ? filters.get(0) : Query.of(b -> b.bool(bool -> bool.should(filters).minimumShouldMatch("1")));
    }

    static Query and(List<Query> filters) {
        return filters.size() == 1 ? filters.get(0) : Query.of(b -> b.bool(bool -> bool.filter(filters)));
    }
}
