package dev.reportsearch.core.model;

import java.util.Locale;

/** What a figure counts, derived from its unit. */
public enum FigureKind {
    MONEY, PEOPLE, EVENTS, ORGANISATIONS, PERCENT, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
