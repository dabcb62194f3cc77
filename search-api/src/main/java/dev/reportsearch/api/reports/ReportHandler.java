package dev.reportsearch.api.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import dev.reportsearch.api.ApiException;
import dev.reportsearch.api.json.Docs;
import dev.reportsearch.api.json.ShownFigure;
import dev.reportsearch.api.json.ShownSource;
import dev.reportsearch.api.search.Filters;
import dev.reportsearch.api.search.SearchRequests;
import dev.reportsearch.core.index.DocType;
import dev.reportsearch.core.index.IndexDocument;
import io.javalin.http.Context;

/**
 * GET /api/reports/{id}: the whole report in document order, each section with its achievements, and where its
 * original PDF or Word file opens ({@link OriginalFileHandler}) when the server still has it.
 * All of a report's documents come back in one search on reportId.
 */
public final class ReportHandler {
    static final int MAX_DOCS = 10_000;
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    private static final Pattern ACHIEVEMENT_NO = Pattern.compile("-a(\\d+)$");

    private final ElasticsearchClient client;
    private final String alias;

    public ReportHandler(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    public void handle(Context ctx) throws IOException {
        ctx.json(report(ctx.pathParam("id")));
    }

    public ReportPage report(String id) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw notFound(id);
        }
        SearchResponse<IndexDocument> res = client.search(s -> s.index(alias).size(MAX_DOCS)
                .query(Filters.term("reportId", id))
                .sort(o -> o.field(f -> f.field("order").order(SortOrder.Asc).missing("_first")))
                .source(src -> src.filter(f -> f.excludes(SearchRequests.NOT_SHOWN))), IndexDocument.class);
        IndexDocument report = null;
        Map<String, Hit<IndexDocument>> sections = new LinkedHashMap<>();
        Map<String, List<ReportPage.Achievement>> achievementsBySection = new HashMap<>();
        List<Hit<IndexDocument>> achievements = new ArrayList<>();
        for (Hit<IndexDocument> hit : res.hits().hits()) {
            IndexDocument d = hit.source();
            if (d.is(DocType.REPORT)) {
                report = d;
            } else if (d.is(DocType.SECTION)) {
                sections.put(hit.id(), hit);
                achievementsBySection.put(hit.id(), new ArrayList<>());
            } else if (d.is(DocType.ACHIEVEMENT)) {
                achievements.add(hit);
            }
        }
        if (report == null) {
            throw notFound(id);
        }
        achievements.sort(Comparator.comparingInt((Hit<IndexDocument> h) -> orderOf(h.source()))
                .thenComparingInt(h -> achievementNo(h.id())));
        for (Hit<IndexDocument> a : achievements) {
            List<ReportPage.Achievement> of = achievementsBySection.get(a.source().sectionId());
            if (of != null) {
                IndexDocument d = a.source();
                of.add(new ReportPage.Achievement(a.id(), Docs.orEmpty(d.text()), ShownFigure.of(d), Docs.orEmpty(d.themes())));
            }
        }
        List<ReportPage.Section> outline = new ArrayList<>();
        sections.forEach((sectionId, hit) -> outline.add(section(hit, achievementsBySection.get(sectionId))));
        return new ReportPage(id, Docs.orEmpty(report.title()), report.region(), report.regionCode(), report.regionLevel(),
                Docs.orEmpty(report.regionPath()), Docs.orEmpty(report.years()), ShownSource.of(report),
                OriginalFileHandler.urlFor(id, report.source() == null ? null : report.source().file()),
                Docs.orEmpty(report.subReports()).stream().map(ReportHandler::subReport).toList(),
                sections.size(), achievements.size(), outline);
    }

    private static ReportPage.Section section(Hit<IndexDocument> hit, List<ReportPage.Achievement> achievements) {
        IndexDocument s = hit.source();
        return new ReportPage.Section(hit.id(), orderOf(s), Docs.orEmpty(s.heading()), Docs.orEmpty(s.headingPath()),
                Docs.orEmpty(s.themes()), Docs.orEmpty(s.years()), s.region(), Docs.orEmpty(s.regionPath()), Docs.orEmpty(s.text()),
                achievements);
    }

    private static IndexDocument.SubReport subReport(IndexDocument.SubReport sub) {
        return new IndexDocument.SubReport(Docs.orEmpty(sub.heading()), sub.region(), sub.regionCode());
    }

    private static int orderOf(IndexDocument d) {
        return d.order() == null ? 0 : d.order();
    }

    private static int achievementNo(String id) {
        Matcher m = ACHIEVEMENT_NO.matcher(id);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static ApiException notFound(String id) {
        return ApiException.notFound("No report with id '" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
    }
}
