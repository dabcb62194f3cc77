package dev.reportsearch.indexer.read;

import java.time.LocalDate;

/**
 * What a page says about itself; every field may be null.
 *
 * @param title       the page's title
 * @param publishedAt its publication date
 * @param url         its canonical URL
 * @param publisher   its source line's publisher (来源:...)
 */
public record PageMetadata(String title, LocalDate publishedAt, String url, String publisher) {
    public static final PageMetadata NONE = new PageMetadata(null, null, null, null);

    /** This metadata with {@code date} as its publication date. */
    public PageMetadata withPublishedAt(LocalDate date) {
        return new PageMetadata(title, date, url, publisher);
    }

    /** This metadata, with each missing field taken from {@code other}. */
    public PageMetadata orElse(PageMetadata other) {
        return new PageMetadata(
                title != null ? title : other.title,
                publishedAt != null ? publishedAt : other.publishedAt,
                url != null ? url : other.url,
                publisher != null ? publisher : other.publisher);
    }
}
