package dev.reportsearch.core.index;

import java.util.Locale;

/** The three kinds of document in the index, in the {@code docType} field. */
public enum DocType {
    REPORT, SECTION, ACHIEVEMENT;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
