package dev.reportsearch.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.javalin.http.Context;

/**
 * The page's own 404 ({@code web/404.html}, in Chinese) for a browser that opens a path outside the API
 * and the API's JSON; clients and every {@code /api} path get the JSON error instead.
 */
final class NotFoundPage {
    static final String RESOURCE = "/web/404.html";
    private final byte[] page;

    NotFoundPage() {
        try (InputStream in = NotFoundPage.class.getResourceAsStream(RESOURCE)) {
            this.page = in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers with the page if the request is a browser's for a page; false when the JSON error should answer. */
    boolean answer(Context ctx) {
        String accept = ctx.header("Accept");
        boolean forApi = ctx.path().startsWith("/api/") || ctx.path().equals("/api") || ctx.path().equals("/openapi.json");
        if (page == null || forApi || accept == null || !accept.contains("text/html")) {
            return false;
        }
        ctx.status(404).contentType("text/html; charset=utf-8").result(page);
        return true;
    }
}
