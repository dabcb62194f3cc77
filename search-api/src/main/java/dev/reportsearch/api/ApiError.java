package dev.reportsearch.api;

/**
 * The contract's error body, {@code {"error": {"status", "code", "message"}}}: written by our handlers
 * and by {@link JettyErrors} alike, and documented as the {@code Error} schema in openapi.json.
 */
public record ApiError(Detail error) {
    public record Detail(int status, String code, String message) {
    }

    public static ApiError of(int status, String code, String message) {
        return new ApiError(new Detail(status, code, message));
    }
}
