package dev.reportsearch.core.model;

import java.util.List;

/**
 * An administrative division of China.
 *
 * @param code      the administrative code: 6 digits, or 9 for a township (110101001)
 * @param name      the full official name (延边朝鲜族自治州, 航头镇)
 * @param level     province, city (prefecture), county or township level
 * @param path      names from the province down to this region, this one last
 * @param pathCodes codes in the same order as {@code path}
 */
public record Region(String code, String name, RegionLevel level, List<String> path, List<String> pathCodes) {
    public Region {
        path = RegionPath.immutable(path);
        pathCodes = RegionPath.immutable(pathCodes);
    }

    /** The code of the region this one lies in, or null for a province. */
    public String parentCode() {
        return pathCodes.size() > 1 ? pathCodes.get(pathCodes.size() - 2) : null;
    }
}
