package dev.reportsearch.api.search;

import java.util.Locale;

/** How hits are ordered: by score, newest first, or (achievements) largest figure first. */
public enum SortOrder {
    RELEVANCE, NEWEST, VALUE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
