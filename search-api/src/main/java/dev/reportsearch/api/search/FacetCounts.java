package dev.reportsearch.api.search;

import java.util.List;

/** The facets part of a search response: each facet's values with their counts, given every other facet's filter. */
public record FacetCounts(List<RegionCount> region, List<YearCount> year, List<ThemeCount> theme, List<UnitCount> unit) {
    /**
     * A region and its hits: {@code value} its name, {@code parent} the code of the region it lies in (null for a
     * province and for 地区不详), {@code query} the name the region filter reads back as it.
     */
    public record RegionCount(String value, String code, long count, String level, List<String> path, String parent, String query) {
    }

    public record YearCount(int value, long count) {
    }

    public record ThemeCount(String value, String label, long count) {
    }

    /** {@code value}: what the unit parameter takes back; {@code units}: the units found that it stands for. */
    public record UnitCount(String value, String label, List<String> units, long count) {
    }
}
