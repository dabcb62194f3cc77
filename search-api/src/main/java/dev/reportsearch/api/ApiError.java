package dev.reportsearch.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import dev.reportsearch.api.regions.RegionRef;

/**
 * The body of every error: {@code {"error": {...}}}. {@code code} and {@code message} (English, for
 * developers) as the contract fixes them; {@code messageZh} says the same to a reader of the page;
 * {@code param} and {@code reason} name the parameter at fault and why, for a client that words its own
 * message; {@code choices} lists what an ambiguous value could mean.
 */
public record ApiError(Body error) {
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(int status, String code, String message, String messageZh, String param, String reason, List<RegionRef> choices) {
    }

    public static ApiError of(int status, String code, String message) {
        return of(status, code, message, null, null, null);
    }

    static ApiError of(int status, String code, String message, String param, String reason, List<RegionRef> choices) {
        String zh = MessagesZh.standard().say(code, param, reason);
        return new ApiError(new Body(status, code, message, zh, param, reason, choices));
    }
}
