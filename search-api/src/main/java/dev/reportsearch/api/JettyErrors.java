package dev.reportsearch.api;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Errors Jetty raises before any of our handlers runs (a request line or headers too long, a path it
 * will not route, a broken request) answer like ours: the contract's JSON in UTF-8, our security
 * headers, and a message saying what to change, instead of Jetty's HTML page in ISO-8859-1. Jetty's
 * own reason is logged, never sent: it is internal detail.
 */
final class JettyErrors extends ErrorHandler {
    private static final Logger LOG = LoggerFactory.getLogger(JettyErrors.class);
    private final ObjectMapper mapper;

    JettyErrors(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Jetty writes an error body only for GET, POST and HEAD; ours goes with every method (a DELETE with a 9 KB header too). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String reason, Throwable cause,
            Callback callback) throws IOException {
        LOG.debug("Jetty refused {} {}: {} {}", request.getMethod(), request.getHttpURI().getPath(), status, reason, cause);
        ApiError body = forStatus(status);
        SecurityHeaders.applyTo(response.getHeaders()::put);
        if (status == 503) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(mapper.writeValueAsBytes(body)), callback);
    }

    static ApiError forStatus(int status) {
        return switch (status) {
            case 404 -> ApiError.of(status, "not_found", "Nothing here: see /openapi.json for the API's paths.");
            case 405 -> ApiError.of(status, "method_not_allowed", "The API is read-only: use GET.");
            case 408 -> ApiError.of(status, "request_timeout", "The request arrived too slowly: send it again.");
            case 413 -> ApiError.of(status, "request_too_large", "The request is too large: the API takes GETs without a body.");
            case 414 -> ApiError.of(status, "uri_too_long",
                    "The address is too long (over 8 KB): shorten the query or choose fewer filters.");
            case 431 -> ApiError.of(status, "headers_too_large",
                    "The request headers are too large (over 8 KB): clear this site's cookies or send fewer headers.");
            case 503 -> ApiError.of(status, "overloaded", "The service is busy right now: try again in a second.");
            case 505 -> ApiError.of(status, "http_version_not_supported", "Use HTTP/1.1.");
            default -> status >= 500
                    ? ApiError.of(status, "internal_error", "Something went wrong on our side; try again in a moment.")
                    : ApiError.of(status, "bad_request", "The request is malformed (its line, path or headers):"
                            + " send a GET with a percent-encoded address, as a browser does.");
        };
    }
}
