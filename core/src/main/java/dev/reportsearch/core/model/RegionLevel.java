package dev.reportsearch.core.model;

import java.util.Locale;

/**
 * The administrative levels a report can belong to, highest first. TOWNSHIP (乡, 镇, 街道, 民族乡,
 * 苏木) comes last so that comparisons between the older three levels are unchanged.
 */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP;

    /** Lower-case id used in JSON and in the index ("province", "city", "county", "township"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegionLevel fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
