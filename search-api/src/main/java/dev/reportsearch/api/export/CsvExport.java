package dev.reportsearch.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.api.json.Docs;
import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.api.search.SearchRequests;
import dev.reportsearch.api.search.SearchType;
import io.javalin.http.Context;

/**
 * GET /api/export.csv: every hit of a search (up to {@link #MAX_ROWS} rows), streamed in batches
 * through a point in time with search_after, as UTF-8 CSV with a byte-order mark. Achievements give
 * one row per figure. Problems before the first byte are ordinary JSON errors.
 */
public final class CsvExport {
    public static final int MAX_ROWS = 5_000;
    static final int BATCH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(CsvExport.class);
    private final ElasticsearchClient client;
    private final SearchRequests requests;

    public CsvExport(ElasticsearchClient client, SearchRequests requests) {
        this.client = client;
        this.requests = requests;
    }

    public void handle(Context ctx) throws IOException {
        SearchParams params = SearchParams.forExport(ctx::queryParams);
        String pit = client.openPointInTime(p -> p.index(requests.alias()).keepAlive(k -> k.time("1m"))).id();
        try {
            SearchResponse<JsonNode> first = client.search(requests.batch(params, pit, null, BATCH), JsonNode.class);
            ctx.contentType("text/csv; charset=utf-8");
            ctx.header("Content-Disposition", "attachment; filename=\"reportsearch-" + params.type().id() + "s.csv\"");
            OutputStream out = ctx.outputStream();
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            write(w, params, first, pit);
            w.flush();
        } finally {
            closeQuietly(pit);
        }
    }

    private void write(Writer w, SearchParams params, SearchResponse<JsonNode> first, String pit) throws IOException {
        boolean achievements = params.type() == SearchType.ACHIEVEMENT;
        w.write(Csv.row(CsvColumns.headers(achievements ? CsvColumns.ACHIEVEMENT : CsvColumns.SECTION)));
        int rows = 0;
        SearchResponse<JsonNode> batch = first;
        while (true) {
            List<Hit<JsonNode>> hits = batch.hits().hits();
            for (Hit<JsonNode> hit : hits) {
                List<List<Object>> lines = achievements ? achievementRows(hit, params.units()) : List.of(sectionRow(hit));
                for (List<Object> line : lines) {
                    if (rows >= MAX_ROWS) {
                        w.write("# capped at " + MAX_ROWS + " rows; narrow the search to export the rest\r\n");
                        return;
                    }
                    w.write(Csv.row(line));
                    rows++;
                }
            }
            w.flush();
            if (hits.size() < BATCH) {
                return;
            }
            List<FieldValue> after = hits.get(hits.size() - 1).sort();
            try {
                batch = client.search(requests.batch(params, pit, after, BATCH), JsonNode.class);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Export stopped after {} rows: {}", rows, e.toString());
                w.write("# export stopped early: the search engine stopped answering; try again\r\n");
                return;
            }
        }
    }

    private static List<Object> sectionRow(Hit<JsonNode> hit) {
        JsonNode s = hit.source();
        return List.of(Docs.text(s, "region"), String.join(" > ", Docs.strings(s.path("regionPath"))), years(s),
                String.join(" ", Docs.strings(s.path("themes"))), Docs.text(s, "title"), Docs.text(s, "heading"),
                Docs.text(s, "text"), Docs.text(s.path("source"), "publisher"), Docs.text(s.path("source"), "url"),
                Docs.text(s.path("source"), "publishedAt"), Docs.text(s, "reportId"), hit.id());
    }

    private static List<List<Object>> achievementRows(Hit<JsonNode> hit, List<String> units) {
        JsonNode s = hit.source();
        List<List<Object>> out = new ArrayList<>();
        for (Map<String, Object> f : Docs.figures(s)) {
            if (!units.isEmpty() && !units.contains(f.get("unit"))) {
                continue;
            }
            out.add(List.of(Docs.text(s, "text"), f.get("raw"), plain((Number) f.get("value")), f.get("unit"), f.get("approx"),
                    Docs.text(s, "region"), String.join(" > ", Docs.strings(s.path("regionPath"))), years(s),
                    Docs.text(s, "title"), Docs.text(s, "heading"), Docs.text(s.path("source"), "publisher"),
                    Docs.text(s.path("source"), "url"), Docs.text(s.path("source"), "publishedAt"), Docs.text(s, "reportId"), hit.id()));
        }
        return out;
    }

    private static String years(JsonNode s) {
        return Docs.ints(s.path("years")).stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private static String plain(Number n) {
        return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
    }

    private void closeQuietly(String pit) {
        try {
            client.closePointInTime(c -> c.id(pit));
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not close point in time: {}", e.toString());
        }
    }
}
