package dev.reportsearch.core.model;

import java.util.List;

/**
 * One indexed page: a report, or a page holding several sub-reports.
 *
 * @param id         stable id derived from the file's path and content, so re-indexing replaces
 * @param title      the report's title
 * @param region     the report's own region (the publisher's), or null when unknown
 * @param years      the years the report covers, ascending
 * @param source     where it came from
 * @param subReports the reports inside this page, empty for a page holding one report
 * @param sections   all sections in document order
 */
public record Report(String id, String title, Region region, List<Integer> years, Source source,
                     List<SubReport> subReports, List<Section> sections) {
    public Report {
        years = List.copyOf(years);
        subReports = List.copyOf(subReports);
        sections = List.copyOf(sections);
    }
}
