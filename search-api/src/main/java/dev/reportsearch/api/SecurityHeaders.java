package dev.reportsearch.api;

import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The headers every answer carries, ours or Jetty's: no content sniffing (an error body is never run
 * as a page), no referrer, and a CSP that lets the page load only its own files.
 */
final class SecurityHeaders {
    static final Map<String, String> ALL = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'");

    private SecurityHeaders() {
    }

    static void applyTo(BiConsumer<String, String> setHeader) {
        ALL.forEach(setHeader);
    }
}
