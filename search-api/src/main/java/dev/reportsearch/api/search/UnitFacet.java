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

    /**
     * Entries {@code {value, label, units, count}}, most hits first: {@code value} is what the unit
     * parameter takes back, {@code units} the units found that it stands for.
     */
    static List<Map<String, Object>> read(UnitGroups groups, Aggregate terms, Aggregate groupCounts) {
        Map<String, Map<String, Object>> byKey = new LinkedHashMap<>();
        if (terms == null || !terms.isSterms()) {
            return List.of();
        }
        Map<String, FiltersBucket> exact = groupCounts != null && groupCounts.isFilters()
                ? groupCounts.filters().buckets().keyed() : Map.of();
        for (StringTermsBucket bucket : terms.sterms().buckets().array()) {
            String unit = bucket.key().stringValue();
            String key = groups.key(unit);
            Map<String, Object> entry = byKey.computeIfAbsent(key, k -> {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("value", k);
                e.put("label", k);
                e.put("units", new ArrayList<String>());
                e.put("count", exact.containsKey(k) ? exact.get(k).docCount() : 0L);
                return e;
            });
            units(entry).add(unit);
            if (!exact.containsKey(key)) {
                entry.put("count", (long) entry.get("count") + bucket.docCount());
            }
        }
        List<Map<String, Object>> out = new ArrayList<>(byKey.values());
        for (Map<String, Object> e : out) {
            List<String> others = units(e).stream().filter(u -> !u.equals(e.get("value"))).toList();
            if (!others.isEmpty()) {
                e.put("label", e.get("value") + "（含" + String.join("、", others) + "）");
            }
        }
        out.sort(Comparator.<Map<String, Object>>comparingLong(e -> -(long) e.get("count")).thenComparing(e -> (String) e.get("value")));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> units(Map<String, Object> entry) {
        return (List<String>) entry.get("units");
    }
}
