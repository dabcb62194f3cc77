package dev.reportsearch.indexer.classify;

import dev.reportsearch.core.model.Region;

/**
 * What a report says about where it comes from.
 *
 * @param title      the report's title or heading line; may be null or empty
 * @param sourceLine the publisher text (来源:石狮市、晋江市妇联); may be null
 * @param body       the report text
 * @param within     a region the answer must lie within (the page's region when detecting a
 *                   sub-report's); may be null
 */
public record RegionEvidence(String title, String sourceLine, String body, Region within) {
    public RegionEvidence {
        title = title == null ? "" : title;
        sourceLine = sourceLine == null ? "" : sourceLine;
        body = body == null ? "" : body;
    }

    public static RegionEvidence ofBody(String body) {
        return new RegionEvidence(null, null, body, null);
    }
}
