package dev.reportsearch.api.reports;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import dev.reportsearch.api.ApiException;
import dev.reportsearch.api.search.Filters;
import dev.reportsearch.core.index.IndexDocument;
import dev.reportsearch.core.model.ReportIds;
import io.javalin.http.Context;

/**
 * GET /api/reports/{id}/original: the PDF or Word file a report was indexed from, so a reader can open it from the
 * report view. Only the file the index records for that report, only while it is still here and unchanged (its
 * path and content still give the report's id), only PDF and Word files (read from their first bytes), each with
 * its own media type; a 404 says in Chinese why not otherwise.
 */
public final class OriginalFileHandler {
    private final ElasticsearchClient client;
    private final String alias;

    public OriginalFileHandler(ElasticsearchClient client, String alias) {
        this.client = client;
        this.alias = alias;
    }

    /** The URL the report view links for the report read from {@code recorded}, when there is a file to serve. */
    public static String urlFor(String id, String recorded) {
        return OriginalFile.of(recorded).isPresent() ? "/api/reports/" + id + "/original" : null;
    }

    public void handle(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String recorded = recordedFile(id);
        Path path = OriginalFile.existing(recorded).orElseThrow(() -> unavailable(id, "original_missing",
                "The file this report was indexed from is no longer on the server"));
        try (InputStream in = Files.newInputStream(path)) {
            if (!ReportIds.of(recorded, in).equals(id)) {
                throw unavailable(id, "original_changed", "The file this report was indexed from has changed since; index it again");
            }
        }
        OriginalFile file = OriginalFile.at(path).orElseThrow(() -> unavailable(id, "original_not_document",
                "This report was read from a web page or a text file, shown whole on the report page; only PDF and Word files are served"));
        ctx.res().setCharacterEncoding(null); // a file's bytes, not text: no "; charset=utf-8" on its type
        ctx.contentType(file.mediaType());
        ctx.header("Content-Disposition", disposition(file.inline(), OriginalFile.nameOf(recorded)));
        ctx.header("Content-Length", Long.toString(Files.size(path)));
        ctx.result(Files.newInputStream(path));
    }

    private String recordedFile(String id) throws IOException {
        if (!ReportHandler.ID.matcher(id).matches()) {
            throw ReportHandler.notFound(id);
        }
        Query report = Query.of(q -> q.bool(b -> b.filter(List.of(Filters.term("reportId", id), Filters.term("docType", "report")))));
        SearchResponse<IndexDocument> res = client.search(s -> s.index(alias).size(1).query(report)
                .source(src -> src.filter(f -> f.includes("source.file"))), IndexDocument.class);
        if (res.hits().hits().isEmpty() || res.hits().hits().get(0).source() == null) {
            throw ReportHandler.notFound(id);
        }
        IndexDocument.Source source = res.hits().hits().get(0).source().source();
        return source == null ? null : source.file();
    }

    /** The file's own name for the browser: an ASCII stand-in, and the real (Chinese) name as RFC 6266 allows. */
    static String disposition(boolean inline, String name) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    private static ApiException unavailable(String id, String reason, String message) {
        return ApiException.notFound(message + " (report '" + id + "').", reason);
    }
}
