package dev.reportsearch.core.model;

import java.util.List;

/**
 * A quotable sentence (or run of clauses) holding one or more figures.
 *
 * @param text    the quote, as it stands in the report
 * @param figures its figures, in the order they appear
 * @param themes  theme ids, ranked: the sentence's own first, then its section's
 */
public record Achievement(String text, List<Figure> figures, List<String> themes) {
    public Achievement {
        figures = List.copyOf(figures);
        themes = List.copyOf(themes);
    }
}
