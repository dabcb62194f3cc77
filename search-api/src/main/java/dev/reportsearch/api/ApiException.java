package dev.reportsearch.api;

/**
 * An error a client can act on. Becomes {@code {"error": {"status", "code", "message"}}}; anything
 * else thrown becomes a plain 500 with no internal detail.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static ApiException badParameter(String parameter, String problem) {
        return new ApiException(400, "bad_parameter", "Parameter '" + parameter + "': " + problem);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what);
    }

    public static ApiException unavailable() {
        return new ApiException(503, "search_unavailable",
                "The search engine (Elasticsearch) is not reachable right now. Try again in a moment.");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
