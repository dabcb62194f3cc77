package dev.reportsearch.indexer.clean;

import dev.reportsearch.indexer.read.PageMetadata;

import java.util.List;
import java.util.Set;

/**
 * A page's text once chrome and metadata lines are gone: one paragraph (or heading) a line.
 *
 * @param fileName     the file as given to the reader
 * @param metadata     title, publication date, canonical URL, publisher (fields may be null)
 * @param paragraphs   the body, in order, normalised and joined
 * @param headingHints lines the markup marks as headings, normalised like the paragraphs
 */
public record CleanDocument(String fileName, PageMetadata metadata, List<String> paragraphs, Set<String> headingHints) {
    public CleanDocument {
        paragraphs = List.copyOf(paragraphs);
        headingHints = Set.copyOf(headingHints);
    }
}
