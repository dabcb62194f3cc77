package dev.reportsearch.indexer.split;

import java.util.List;

/**
 * A section before regions, years, themes and achievements are attached.
 *
 * @param order          position in the page, from 0
 * @param heading        its own heading ("" for text before the first heading)
 * @param kind           the kind of its heading, null for text before the first heading
 * @param headingPath    report title (when known) &gt; sub-report title &gt; enclosing headings &gt; its own heading
 * @param text           its own text, headings excluded, paragraphs separated by '\n'
 * @param subReport      index of the sub-report it belongs to, or -1
 * @param yearPart       the year-part heading it lies under ("二一三年工作回顾"), or null
 */
public record SectionDraft(int order, String heading, HeadingKind kind, List<String> headingPath, String text,
                           int subReport, String yearPart) {
    public SectionDraft {
        headingPath = List.copyOf(headingPath);
    }
}
