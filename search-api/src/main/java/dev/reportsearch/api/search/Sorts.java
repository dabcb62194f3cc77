package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.List;

import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;

/**
 * The sort of a search. Every order ends in reportId, order and position so that equal keys keep the document
 * order (an achievement's position in its section: achievements of one section share reportId and order, and their
 * equal scores would otherwise follow the index's internal order); paging through all hits (export) adds
 * Elasticsearch's own {@code _shard_doc} tiebreaker.
 */
public final class Sorts {
    private Sorts() {
    }

    public static List<SortOptions> of(SearchParams params) {
        List<SortOptions> sorts = new ArrayList<>();
        switch (params.sort()) {
            case RELEVANCE -> sorts.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
            case NEWEST -> {
                // the latest year a hit covers first: an undated 2023 report before a 2013 one posted in 2022
                sorts.add(field("years", SortOrder.Desc, SortMode.Max));
                sorts.add(field("source.publishedAt", SortOrder.Desc, null));
            }
            case VALUE -> sorts.add(SortOptions.of(s -> s.field(f -> f.field("figures.value").order(SortOrder.Desc)
                    .mode(SortMode.Max).missing("_last")
                    .nested(n -> {
                        n.path("figures");
                        if (!params.units().isEmpty()) {
                            n.filter(Filters.unitsQuery(params.units()));
                        }
                        return n;
                    }))));
        }
        sorts.add(field("reportId", SortOrder.Asc, null));
        sorts.add(field("order", SortOrder.Asc, null));
        sorts.add(field("position", SortOrder.Asc, null));
        return sorts;
    }

    private static SortOptions field(String name, SortOrder order, SortMode mode) {
        return SortOptions.of(s -> s.field(f -> {
            f.field(name).order(order).missing("_last");
            if (mode != null) {
                f.mode(mode);
            }
            return f;
        }));
    }
}
