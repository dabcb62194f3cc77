package dev.reportsearch.api.search;

import java.util.ArrayList;
import java.util.List;

import dev.reportsearch.api.regions.RegionRef;
import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.theme.Theme;
import dev.reportsearch.core.theme.Themes;

/**
 * The filters a search applied, as read, with what a page shows for them: each region whichever way it
 * was given (延边州, 222400) with its code, name and path, each theme with its label, each unit group. A page
 * opened from a URL shows these labels rather than the raw values (issue 11 item 3), and never a chip for a
 * value the API read differently.
 */
public record AppliedFilters(List<RegionRef> region, List<Integer> year, List<Labelled> theme, List<Labelled> unit) {
    /** A filter value and its label. */
    public record Labelled(String value, String label) {
    }

    static AppliedFilters of(SearchParams params) {
        Gazetteer gazetteer = Gazetteer.standard();
        List<RegionRef> regions = new ArrayList<>(params.regions().stream().map(r -> RegionRef.of(r, gazetteer)).toList());
        if (params.regionUnknown()) {
            regions.add(UnknownRegion.ref());
        }
        Themes themes = Themes.standard();
        List<Labelled> themeLabels = params.themes().stream()
                .map(id -> new Labelled(id, themes.byId(id).map(Theme::label).orElse(id))).toList();
        UnitGroups groups = UnitGroups.standard();
        List<Labelled> units = params.units().stream().map(groups::key).distinct().map(u -> new Labelled(u, u)).toList();
        return new AppliedFilters(regions, params.years(), themeLabels, units);
    }
}
