package dev.reportsearch.api;

import dev.reportsearch.core.es.EsConnection;

/**
 * What the API needs to run.
 *
 * @param port       HTTP port (0 picks a free one)
 * @param connection the Elasticsearch cluster to search
 * @param alias      the index alias to search
 */
public record ApiConfig(int port, EsConnection connection, String alias) {
}
