package dev.reportsearch.indexer.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.core.index.IndexFields;
import dev.reportsearch.core.model.Achievement;
import dev.reportsearch.core.model.Figure;
import dev.reportsearch.core.model.Region;
import dev.reportsearch.core.model.Report;
import dev.reportsearch.core.model.Section;
import dev.reportsearch.core.model.Source;
import dev.reportsearch.core.model.SubReport;

/**
 * Turns a report into index documents: one for the report, one per section, one per achievement.
 * Ids derive from the report id and positions, so writing the same report again overwrites.
 *
 * <p>Each text is written once, as the original shown to users ({@link IndexFields}): Elasticsearch analyses
 * its search normal form from it (index version 4; before, a second copy in that form travelled in every
 * document's {@code _source}).
 */
public final class ReportDocuments {
    /**
     * Figures written per achievement document (the first ones). Figures are nested objects, and
     * Elasticsearch refuses a document with more than index.mapping.nested_objects.limit (10,000) of
     * them, which would fail a whole rebuild over one table of numbers read as a single sentence. A real
     * achievement holds a handful; past a thousand, more figures of one table add nothing to a search.
     */
    public static final int MAX_FIGURES_PER_ACHIEVEMENT = 1000;

    private ReportDocuments() {
    }

    public static String sectionId(String reportId, int order) {
        return reportId + "-s" + order;
    }

    public static String achievementId(String reportId, int sectionOrder, int n) {
        return reportId + "-s" + sectionOrder + "-a" + n;
    }

    public static List<IndexDoc> of(Report report) {
        String now = Instant.now().toString();
        String origin = report.source() == null ? report.id() : report.source().file();
        IndexDocument.Source source = source(report.source());
        List<IndexDoc> docs = new ArrayList<>();
        List<String> suggest = new ArrayList<>();
        addSuggestion(suggest, report.title());
        if (report.region() != null) {
            addSuggestion(suggest, report.region().name());
        }
        IndexDocument.Shared ofReport = new IndexDocument.Shared(report.id(), report.title(), report.region(), report.years(), source, now);
        docs.add(new IndexDoc(report.id(), IndexDocument.report(ofReport,
                report.subReports().stream().map(ReportDocuments::subReport).toList(), report.sections().size(),
                report.sections().stream().mapToInt(s -> s.achievements().size()).sum(), suggest), origin));

        for (Section section : report.sections()) {
            String sectionId = sectionId(report.id(), section.order());
            IndexDocument.Shared shared = new IndexDocument.Shared(report.id(), report.title(), regionOf(report, section),
                    section.years(), source, now);
            // its sentences with figures, one value each so that a phrase never spans two: a search
            // scores the section by its best passage too
            List<String> passages = section.achievements().isEmpty() ? null : section.achievements().stream().map(Achievement::text).toList();
            List<String> sectionSuggest = new ArrayList<>();
            addSuggestion(sectionSuggest, section.heading());
            // a section placed below the report's region (a county report's 钱库镇 part) suggests that place too
            if (section.region() != null && !section.region().equals(report.region())) {
                addSuggestion(sectionSuggest, section.region().name());
            }
            docs.add(new IndexDoc(sectionId, IndexDocument.section(shared, part(sectionId, section, section.text(), section.themes()),
                    passages, sectionSuggest), origin));

            int n = 0;
            for (Achievement achievement : section.achievements()) {
                // units and maxValue speak for every figure, kept or not
                // position breaks ties between a section's achievements, which share reportId and order
                docs.add(new IndexDoc(achievementId(report.id(), section.order(), n), IndexDocument.achievement(shared,
                        part(sectionId, section, achievement.text(), achievement.themes()), n++,
                        achievement.figures().stream().limit(MAX_FIGURES_PER_ACHIEVEMENT).map(ReportDocuments::figure).toList(),
                        achievement.figures().stream().map(Figure::unitKey).distinct().toList(),
                        achievement.figures().stream().mapToDouble(Figure::value).max().orElse(0)), origin));
            }
        }
        return docs;
    }

    private static Region regionOf(Report report, Section section) {
        return section.region() != null ? section.region() : report.region();
    }

    /**
     * A section's part of a document. The body only where there is one: a section with no text of its own (a parent
     * heading, a heading left alone once chrome went) has none; searches ask for one, so it is never a hit, yet the
     * report's outline still lists it.
     */
    private static IndexDocument.Part part(String sectionId, Section section, String body, List<String> themes) {
        return new IndexDocument.Part(sectionId, section.order(), section.heading(), section.headingPath(),
                body == null || body.isBlank() ? null : body, themes);
    }

    /** A report read without a source (only tests make one) has none in the index either. */
    private static IndexDocument.Source source(Source source) {
        return source == null ? null : new IndexDocument.Source(source.file(), source.url(), source.publisher(),
                source.publishedAt() == null ? null : source.publishedAt().toString());
    }

    private static IndexDocument.SubReport subReport(SubReport sub) {
        return new IndexDocument.SubReport(sub.heading(), sub.region() == null ? null : sub.region().name(),
                sub.region() == null ? null : sub.region().code());
    }

    private static IndexDocument.Figure figure(Figure f) {
        return new IndexDocument.Figure(f.raw(), f.value(), f.unitKey(), f.approx(), f.kind().id());
    }

    private static void addSuggestion(List<String> into, String text) {
        if (text != null && !text.isBlank()) {
            String t = text.strip();
            into.add(t.length() > 50 ? t.substring(0, 50) : t);
        }
    }
}
