package dev.reportsearch.api.search;

import dev.reportsearch.api.ApiException;
import io.javalin.http.Context;

/**
 * The validated parameters of GET /api/search. Every bad value is a 400 naming the parameter.
 *
 * @param q    the query text, normalised and trimmed; "" for browsing
 * @param page 1-based page
 * @param size hits per page, 1..100
 */
public record SearchParams(String q, int page, int size) {
    public static final int MAX_QUERY_LENGTH = 500;
    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    public static SearchParams from(Context ctx) {
        String q = ctx.queryParam("q");
        q = q == null ? "" : q.strip();
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ApiException.badParameter("q", "at most " + MAX_QUERY_LENGTH + " characters, got " + q.length());
        }
        int page = intParam(ctx, "page", 1, 1, Integer.MAX_VALUE);
        int size = intParam(ctx, "size", 10, 1, MAX_SIZE);
        if ((long) page * size > MAX_WINDOW) {
            throw ApiException.badParameter("page", "results past the first " + MAX_WINDOW + " hits cannot be paged to; narrow the search");
        }
        return new SearchParams(q, page, size);
    }

    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "must be a whole number, got '" + abbreviate(raw) + "'");
        }
        if (value < min || value > max) {
            throw ApiException.badParameter(name, "must be between " + min + " and " + max + ", got " + value);
        }
        return value;
    }

    static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
