package dev.reportsearch.api;

import java.util.List;

import dev.reportsearch.api.regions.RegionRef;

/**
 * An error a client can act on. Becomes an {@link ApiError} body; anything else thrown becomes a plain
 * 500 with no internal detail.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final String code;
    private final String param;
    private final String reason;
    private final List<RegionRef> choices;

    public ApiException(int status, String code, String message) {
        this(status, code, message, null, null, null);
    }

    private ApiException(int status, String code, String message, String param, String reason, List<RegionRef> choices) {
        super(message);
        this.status = status;
        this.code = code;
        this.param = param;
        this.reason = reason;
        this.choices = choices == null ? null : List.copyOf(choices);
    }

    /**
     * A 400 naming the parameter, with a reason id the page can say in Chinese (see {@code messages-zh.tsv}).
     *
     * @param reason one of the reasons listed in {@code messages-zh.tsv}
     */
    public static ApiException badParameter(String parameter, String reason, String problem) {
        return new ApiException(400, "bad_parameter", "Parameter '" + parameter + "': " + problem, parameter, reason, null);
    }

    /** A 400 for a value that could mean several things: {@code choices} lists them for the client to pick one. */
    public static ApiException ambiguous(String parameter, String problem, List<RegionRef> choices) {
        return new ApiException(400, "bad_parameter", "Parameter '" + parameter + "': " + problem, parameter,
                "ambiguous_region", choices);
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not_found", what);
    }

    /** A 404 with a reason id the page can say in Chinese (see {@code messages-zh.tsv}): why the thing is not here. */
    public static ApiException notFound(String what, String reason) {
        return new ApiException(404, "not_found", what, null, reason, null);
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

    /** The parameter at fault, or null. */
    public String param() {
        return param;
    }

    /** Why the parameter was refused (a reason id of {@code messages-zh.tsv}), or null. */
    public String reason() {
        return reason;
    }

    /** The values the client may choose from instead, or null. */
    public List<RegionRef> choices() {
        return choices;
    }

    public ApiError body() {
        return ApiError.of(status, code, getMessage(), param, reason, choices);
    }
}
