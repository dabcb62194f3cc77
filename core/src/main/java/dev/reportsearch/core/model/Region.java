package dev.reportsearch.core.model;

import java.util.List;

/**
 * An administrative division of China.
 *
 * @param code      the 6-digit administrative code
 * @param name      the full official name (延边朝鲜族自治州)
 * @param level     province, city (prefecture) or county level
 * @param path      names from the province down to this region, this one last
 * @param pathCodes codes in the same order as {@code path}
 */
public record Region(String code, String name, RegionLevel level, List<String> path, List<String> pathCodes) {
    public Region {
        path = List.copyOf(path);
        pathCodes = List.copyOf(pathCodes);
    }

    /** The code of the region this one lies in, or null for a province. */
    public String parentCode() {
        return pathCodes.size() > 1 ? pathCodes.get(pathCodes.size() - 2) : null;
    }
}
