package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.FiltersBucket;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

/**
 * The unit facet: hits per unit over all hits (achievements; sections have no figures), with units a
 * reader counts together ({@link UnitGroups}) as one entry. A group's count is exact, from a filter of
 * its own (an achievement with 人 and 名 figures counts once), not a sum of its units' counts.
 */
final class UnitFacet {
    private UnitFacet() {
    }

    /** One keyed filter per group of several units: hits with a figure in any of them. */
    static Aggregation groupCounts(UnitGroups groups) {
        Map<String, Query> keyed = new LinkedHashMap<>();
        groups.multiUnitGroups().forEach((key, units) -> keyed.put(key, Filters.terms(Facet.UNIT.field(), units)));
        return Aggregation.of(a -> a.filters(f -> f.filters(b -> b.keyed(keyed))));
    }

    /** Entries most hits first; a group's label names the other units it counts ({@code 人（含名）}). */
    static List<FacetCounts.UnitCount> read(UnitGroups groups, Aggregate terms, Aggregate groupCounts) {
        if (terms == null || !terms.isSterms()) {
            return List.of();
        }
        Map<String, FiltersBucket> exact = groupCounts != null && groupCounts.isFilters()
                ? groupCounts.filters().buckets().keyed() : Map.of();
        Map<String, List<String>> unitsByKey = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
            String unit = bucket.key().stringValue();
            String key = groups.key(unit);
            unitsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(unit);
            // a group of several units has its exact count; a unit alone counts its own bucket
            counts.merge(key, exact.containsKey(key) ? exact.get(key).docCount() : bucket.docCount(),
                    (was, more) -> exact.containsKey(key) ? was : was + more);
        }
        List<FacetCounts.UnitCount> out = new ArrayList<>();
        unitsByKey.forEach((key, units) -> {
            List<String> others = units.stream().filter(u -> !u.equals(key)).toList();
            String label = others.isEmpty() ? key : key + "（含" + String.join("、", others) + "）";
            out.add(new FacetCounts.UnitCount(key, label, units, counts.get(key)));
        });
        out.sort(Comparator.comparingLong((FacetCounts.UnitCount e) -> -e.count()).thenComparing(FacetCounts.UnitCount::value));
        return out;
    }
}
