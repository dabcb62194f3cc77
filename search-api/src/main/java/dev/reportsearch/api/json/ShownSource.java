package dev.reportsearch.api.json;

import dev.reportsearch.api.reports.OriginalFile;
import dev.reportsearch.core.index.IndexDocument;

/** The public part of a document's source: the file's name (its folders stay internal), url, publisher, publishedAt. */
public record ShownSource(String file, String url, String publisher, String publishedAt) {
    private static final ShownSource NONE = new ShownSource(null, null, null, null);

    public static ShownSource of(IndexDocument doc) {
        IndexDocument.Source s = doc.source();
        return s == null ? NONE : new ShownSource(OriginalFile.nameOf(s.file()), s.url(), s.publisher(), s.publishedAt());
    }
}
