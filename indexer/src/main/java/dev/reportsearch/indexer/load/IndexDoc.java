package dev.reportsearch.indexer.load;

import java.util.Map;

/**
 * One document to write: its id, its JSON source, and the file it came from (for error reports).
 */
public record IndexDoc(String id, Map<String, Object> source, String origin) {
}
