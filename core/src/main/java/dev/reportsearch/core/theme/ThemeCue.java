package dev.reportsearch.core.theme;

/**
 * A word that signals a theme.
 *
 * @param word   the word as it appears in report text (家风)
 * @param theme  the theme it signals
 * @param weight how surely it signals it; 1 unless the taxonomy says otherwise
 */
public record ThemeCue(String word, Theme theme, double weight) {
}
