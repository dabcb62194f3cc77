package dev.reportsearch.indexer.split;

import java.util.List;

/**
 * A page split into sub-reports (empty for a page holding one report) and sections in document order.
 */
public record SplitDocument(List<SubReportDraft> subReports, List<SectionDraft> sections) {
    public SplitDocument {
        subReports = List.copyOf(subReports);
        sections = List.copyOf(sections);
    }
}
