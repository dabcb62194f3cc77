package dev.reportsearch.api.search;

import java.util.Locale;

/** What a search returns: sections (the default) or achievements. The id is the docType in the index. */
public enum SearchType {
    SECTION, ACHIEVEMENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
