package dev.reportsearch.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

import dev.reportsearch.api.json.Docs;
import dev.reportsearch.api.json.ShownFigure;
import dev.reportsearch.api.search.SearchParams;
import dev.reportsearch.api.search.SearchRequests;
import dev.reportsearch.api.search.SearchType;
import dev.reportsearch.core.index.IndexDocument;
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
            SearchResponse<IndexDocument> first = client.search(requests.batch(params, pit, null, BATCH), IndexDocument.class);
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

    private void write(Writer w, SearchParams params, SearchResponse<IndexDocument> first, String pit) throws IOException {
        boolean achievements = params.type() == SearchType.ACHIEVEMENT;
        w.write(Csv.row(CsvColumns.headers(achievements ? CsvColumns.ACHIEVEMENT : CsvColumns.SECTION)));
        int rows = 0;
        SearchResponse<IndexDocument> batch = first;
        while (true) {
            List<Hit<IndexDocument>> hits = batch.hits().hits();
            for (Hit<IndexDocument> hit : hits) {
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
                batch = client.search(requests.batch(params, pit, after, BATCH), IndexDocument.class);
            } catch (IOException | RuntimeException e) {
                LOG.warn("Export stopped after {} rows: {}", rows, e.toString());
                w.write("# export stopped early: the search engine stopped answering; try again\r\n");
                return;
            }
        }
    }

    private static List<Object> sectionRow(Hit<IndexDocument> hit) {
        IndexDocument s = hit.source();
        IndexDocument.Source src = source(s);
        return List.of(Docs.orEmpty(s.region()), regionPath(s), years(s), String.join(" ", Docs.orEmpty(s.themes())),
                Docs.orEmpty(s.title()), Docs.orEmpty(s.heading()), Docs.orEmpty(s.text()), Docs.orEmpty(src.publisher()),
                Docs.orEmpty(src.url()), Docs.orEmpty(src.publishedAt()), Docs.orEmpty(s.reportId()), hit.id());
    }

    private static List<List<Object>> achievementRows(Hit<IndexDocument> hit, List<String> units) {
        IndexDocument s = hit.source();
        IndexDocument.Source src = source(s);
        List<List<Object>> out = new ArrayList<>();
        for (ShownFigure f : ShownFigure.of(s)) {
            if (!units.isEmpty() && !units.contains(f.unit())) {
                continue;
            }
            out.add(List.of(Docs.orEmpty(s.text()), f.raw(), plain(f.value()), f.unit(), f.approx(),
                    Docs.orEmpty(s.region()), regionPath(s), years(s), Docs.orEmpty(s.title()), Docs.orEmpty(s.heading()),
                    Docs.orEmpty(src.publisher()), Docs.orEmpty(src.url()), Docs.orEmpty(src.publishedAt()), Docs.orEmpty(s.reportId()),
                    hit.id()));
        }
        return out;
    }

    private static IndexDocument.Source source(IndexDocument s) {
        return s.source() == null ? new IndexDocument.Source(null, null, null, null) : s.source();
    }

    private static String regionPath(IndexDocument s) {
        return String.join(" > ", Docs.orEmpty(s.regionPath()));
    }

    private static String years(IndexDocument s) {
        return Docs.orEmpty(s.years()).stream().map(String::valueOf).collect(Collectors.joining(" "));
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
