package dev.reportsearch.indexer.load;

import dev.reportsearch.core.index.IndexDocument;

/**
 * One document to write: its id, its source, and the file it came from (for error reports).
 */
public record IndexDoc(String id, IndexDocument source, String origin) {
}
