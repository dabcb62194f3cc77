package dev.reportsearch.api;

import java.time.Duration;

import dev.reportsearch.core.es.EsConnection;

/**
 * What the API needs to run.
 *
 * @param port       HTTP port (0 picks a free one)
 * @param connection the Elasticsearch cluster to search
 * @param alias      the index alias to search
 * @param deadline   the longest any one request may take; past it the request answers 503 with
 *                   {@code Retry-After}, however many nodes it was still trying
 */
public record ApiConfig(int port, EsConnection connection, String alias, Duration deadline) {
    /** Long enough for an export of 5,000 rows, short enough that a client never waits on a hanging cluster. */
    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(5);

    public ApiConfig {
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("the request deadline must be positive, not " + deadline);
        }
    }

    public ApiConfig(int port, EsConnection connection, String alias) {
        this(port, connection, alias, DEFAULT_DEADLINE);
    }
}
