package dev.reportsearch.indexer.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.reportsearch.core.index.DocType;
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
        List<IndexDoc> docs = new ArrayList<>();
        Map<String, Object> r = common(report, DocType.REPORT, report.region(), report.years(), now);
        r.put("subReports", report.subReports().stream().map(ReportDocuments::subReport).toList());
        r.put("sectionCount", report.sections().size());
        r.put("achievementCount", report.sections().stream().mapToInt(s -> s.achievements().size()).sum());
        List<String> suggest = new ArrayList<>();
        addSuggestion(suggest, report.title());
        if (report.region() != null) {
            addSuggestion(suggest, report.region().name());
        }
        r.put("suggest", suggest);
        docs.add(new IndexDoc(report.id(), r, origin));

        for (Section section : report.sections()) {
            String sectionId = sectionId(report.id(), section.order());
            Map<String, Object> s = common(report, DocType.SECTION, regionOf(report, section), section.years(), now);
            s.put("sectionId", sectionId);
            s.put("order", section.order());
            s.put("heading", section.heading());
            s.put("headingPath", section.headingPath());
            putBody(s, section.text());
            s.put("themes", section.themes());
            if (!section.achievements().isEmpty()) {
                // its sentences with figures, one value each so that a phrase never spans two: a search
                // scores the section by its best passage too
                s.put(IndexFields.PASSAGES, section.achievements().stream().map(Achievement::text).toList());
            }
            List<String> sectionSuggest = new ArrayList<>();
            addSuggestion(sectionSuggest, section.heading());
            // a section placed below the report's region (a county report's 钱库镇 part) suggests that place too
            if (section.region() != null && !section.region().equals(report.region())) {
                addSuggestion(sectionSuggest, section.region().name());
            }
            s.put("suggest", sectionSuggest);
            docs.add(new IndexDoc(sectionId, s, origin));

            int n = 0;
            for (Achievement achievement : section.achievements()) {
                Map<String, Object> a = common(report, DocType.ACHIEVEMENT, regionOf(report, section), section.years(), now);
                a.put("sectionId", sectionId);
                a.put("order", section.order());
                a.put("position", n); // breaks ties between a section's achievements, which share reportId and order
                a.put("heading", section.heading());
                a.put("headingPath", section.headingPath());
                putBody(a, achievement.text());
                a.put("themes", achievement.themes());
                a.put("figures", achievement.figures().stream().limit(MAX_FIGURES_PER_ACHIEVEMENT).map(ReportDocuments::figure).toList());
                // units and maxValue are plain fields: they may speak for every figure, kept or not
                a.put("units", achievement.figures().stream().map(Figure::unitKey).distinct().toList());
                a.put("maxValue", achievement.figures().stream().mapToDouble(Figure::value).max().orElse(0));
                docs.add(new IndexDoc(achievementId(report.id(), section.order(), n++), a, origin));
            }
        }
        return docs;
    }

    private static Map<String, Object> common(Report report, DocType type, Region region, List<Integer> years, String now) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("docType", type.id());
        d.put("reportId", report.id());
        d.put("title", report.title());
        putRegion(d, region);
        d.put("years", years);
        d.put("source", source(report.source()));
        d.put("indexedAt", now);
        return d;
    }

    private static Region regionOf(Report report, Section section) {
        return section.region() != null ? section.region() : report.region();
    }

    private static void putRegion(Map<String, Object> d, Region region) {
        if (region == null) {
            return;
        }
        d.put("region", region.name());
        d.put("regionCode", region.code());
        d.put("regionLevel", region.level().id());
        d.put("regionPath", region.path());
        d.put("regionCodes", region.pathCodes());
    }

    /**
     * The body, where there is one. A section with no text of its own (a parent heading, a heading left alone
     * once chrome went) has none: searches ask for one, so it is never a hit, yet the report's outline still
     * lists it.
     */
    private static void putBody(Map<String, Object> doc, String body) {
        if (body != null && !body.isBlank()) {
            doc.put(IndexFields.BODY, body);
        }
    }

    private static Map<String, Object> source(Source source) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (source != null) {
            s.put("file", source.file());
            s.put("url", source.url());
            s.put("publisher", source.publisher());
            s.put("publishedAt", source.publishedAt() == null ? null : source.publishedAt().toString());
        }
        return s;
    }

    private static Map<String, Object> subReport(SubReport sub) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("heading", sub.heading());
        m.put("region", sub.region() == null ? null : sub.region().name());
        m.put("regionCode", sub.region() == null ? null : sub.region().code());
        return m;
    }

    private static Map<String, Object> figure(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("raw", f.raw());
        m.put("value", f.value());
        m.put("unit", f.unitKey());
        m.put("approx", f.approx());
        m.put("kind", f.kind().id());
        return m;
    }

    private static void addSuggestion(List<String> into, String text) {
        if (text != null && !text.isBlank()) {
            String t = text.strip();
            into.add(t.length() > 50 ? t.substring(0, 50) : t);
        }
    }
}
