package dev.reportsearch.core.model;

import java.util.Locale;

/** The three administrative levels a report can belong to. */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY;

    /** Lower-case id used in JSON and in the index ("province", "city", "county"). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RegionLevel fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
