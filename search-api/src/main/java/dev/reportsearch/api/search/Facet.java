package dev.reportsearch.api.search;

import java.util.Locale;

/** The multi-select facets: each is a filter and an aggregation over one field. */
public enum Facet {
    REGION("regionCodes"), YEAR("years"), THEME("themes"), UNIT("units");

    private final String field;

    Facet(String field) {
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
