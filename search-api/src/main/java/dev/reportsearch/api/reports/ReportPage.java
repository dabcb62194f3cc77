package dev.reportsearch.api.reports;

import java.util.List;

import dev.reportsearch.api.json.ShownFigure;
import dev.reportsearch.api.json.ShownSource;
import dev.reportsearch.core.index.IndexDocument;

/**
 * The answer of GET /api/reports/{id}: the report and its sections in document order, each with its achievements.
 * {@code original}: where its original PDF or Word file opens, null when there is none.
 */
public record ReportPage(String id, String title, String region, String regionCode, String regionLevel, List<String> regionPath,
                         List<Integer> years, ShownSource source, String original, List<IndexDocument.SubReport> subReports,
                         int sectionCount, int achievementCount, List<Section> sections) {

    /** One section, with the region of the (sub-)report it belongs to. */
    public record Section(String id, int order, String heading, List<String> headingPath, List<String> themes, List<Integer> years,
                          String region, List<String> regionPath, String text, List<Achievement> achievements) {
    }

    /** One quotable sentence of a section, with its figures. */
    public record Achievement(String id, String text, List<ShownFigure> figures, List<String> themes) {
    }
}
