package dev.reportsearch.api.reports;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.api.ApiException;
import dev.reportsearch.api.json.Docs;
import dev.reportsearch.api.search.Filters;
import dev.reportsearch.api.search.SearchRequests;
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

    public Map<String, Object> report(String id) throws IOException {
        if (!ID.matcher(id).matches()) {
            throw notFound(id);
        }
        SearchResponse<JsonNode> res = client.search(s -> s.index(alias).size(MAX_DOCS)
                .query(Filters.term("reportId", id))
                .sort(o -> o.field(f -> f.field("order").order(SortOrder.Asc).missing("_first")))
                .source(src -> src.filter(f -> f.excludes(SearchRequests.NOT_SHOWN))), JsonNode.class);
        JsonNode report = null;
        Map<String, Map<String, Object>> sections = new LinkedHashMap<>();
        List<Hit<JsonNode>> achievements = new ArrayList<>();
        for (Hit<JsonNode> hit : res.hits().hits()) {
            switch (Docs.text(hit.source(), "docType")) {
                case "report" -> report = hit.source();
                case "section" -> sections.put(hit.id(), section(hit));
                case "achievement" -> achievements.add(hit);
                default -> { }
            }
        }
        if (report == null) {
            throw notFound(id);
        }
        achievements.sort(Comparator.comparingInt((Hit<JsonNode> h) -> h.source().path("order").asInt())
                .thenComparingInt(h -> achievementNo(h.id())));
        for (Hit<JsonNode> a : achievements) {
            Map<String, Object> section = sections.get(Docs.text(a.source(), "sectionId"));
            if (section != null) {
                achievementsOf(section).add(achievement(a));
            }
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("title", Docs.text(report, "title"));
        Docs.putRegion(out, report);
        out.put("years", Docs.ints(report.path("years")));
        out.put("source", Docs.source(report));
        out.put("original", OriginalFileHandler.urlFor(id, Docs.nullable(report.path("source"), "file")));
        out.put("subReports", subReports(report));
        out.put("sectionCount", sections.size());
        out.put("achievementCount", achievements.size());
        out.put("sections", new ArrayList<>(sections.values()));
        return out;
    }

    private static Map<String, Object> section(Hit<JsonNode> hit) {
        JsonNode s = hit.source();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", hit.id());
        m.put("order", s.path("order").asInt());
        m.put("heading", Docs.text(s, "heading"));
        m.put("headingPath", Docs.strings(s.path("headingPath")));
        m.put("themes", Docs.strings(s.path("themes")));
        m.put("years", Docs.ints(s.path("years")));
        m.put("region", Docs.nullable(s, "region"));
        m.put("regionPath", Docs.strings(s.path("regionPath")));
        m.put("text", Docs.text(s, "text"));
        m.put("achievements", new ArrayList<Map<String, Object>>());
        return m;
    }

    private static Map<String, Object> achievement(Hit<JsonNode> hit) {
        JsonNode s = hit.source();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", hit.id());
        m.put("text", Docs.text(s, "text"));
        m.put("figures", Docs.figures(s));
        m.put("themes", Docs.strings(s.path("themes")));
        return m;
    }

    private static List<Map<String, Object>> subReports(JsonNode report) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (JsonNode sub : report.path("subReports")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("heading", Docs.text(sub, "heading"));
            m.put("region", Docs.nullable(sub, "region"));
            m.put("regionCode", Docs.nullable(sub, "regionCode"));
            out.add(m);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> achievementsOf(Map<String, Object> section) {
        return (List<Map<String, Object>>) section.get("achievements");
    }

    private static int achievementNo(String id) {
        Matcher m = ACHIEVEMENT_NO.matcher(id);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    static ApiException notFound(String id) {
        return ApiException.notFound("No report with id '" + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + "'");
    }
}
