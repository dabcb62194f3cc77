package dev.reportsearch.indexer.clean;

import dev.reportsearch.indexer.read.PageMetadata;

import java.util.List;

/**
 * A page's top split off its body: the metadata read from the title and date/source lines, and the
 * body lines that remain once those lines (and the navigation above the title) are gone.
 *
 * @param metadata what the header says (fields may be null)
 * @param body     the remaining lines, in order
 */
public record PageHeader(PageMetadata metadata, List<String> body) {
    public PageHeader {
        body = List.copyOf(body);
    }
}
