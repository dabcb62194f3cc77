package dev.reportsearch.api.regions;

import java.util.List;

import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.region.Gazetteer;

/**
 * A region as the API names it wherever it offers one to choose: its code (what the {@code region}
 * parameter is best given), name, level, path from the province down, and {@code query}, the shortest
 * name that the {@code region} parameter reads back as this region.
 */
public record RegionRef(String code, String name, String level, List<String> path, String query) {
    public static RegionRef of(Region r, Gazetteer gazetteer) {
        return new RegionRef(r.code(), r.name(), r.level().id(), r.path(), gazetteer.unambiguousName(r));
    }
}
