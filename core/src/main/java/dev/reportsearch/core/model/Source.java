package dev.reportsearch.core.model;

import java.time.LocalDate;

/**
 * Where a report came from.
 *
 * @param file        the file it was read from, as given to the indexer
 * @param url         the page's canonical URL, or null
 * @param publisher   the source line's publisher (来源:...), or null
 * @param publishedAt the page's publication date, or null
 */
public record Source(String file, String url, String publisher, LocalDate publishedAt) {
}
