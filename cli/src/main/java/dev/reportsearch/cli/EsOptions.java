package dev.reportsearch.cli;

import picocli.CommandLine.Option;

/** Where Elasticsearch is: an existing cluster by URL, or our managed node (the default). */
public final class EsOptions {
    @Option(names = "--es", paramLabel = "URL[,URL...]",
            description = "Use an existing cluster instead of the managed one (also: REPORTSEARCH_ES).")
    String urls;

    @Option(names = "--es-user", description = "User for basic auth (also: REPORTSEARCH_ES_USER).")
    String user;

    @Option(names = "--es-password", description = "Password for basic auth (also: REPORTSEARCH_ES_PASSWORD).")
    String password;

    @Option(names = "--es-api-key", description = "Encoded API key (also: REPORTSEARCH_ES_API_KEY).")
    String apiKey;

    @Option(names = "--es-ca-cert", paramLabel = "PATH",
            description = "CA certificate (PEM) of an https:// cluster, e.g. Elasticsearch's config/certs/http_ca.crt (also: REPORTSEARCH_ES_CA_CERT).")
    String caCert;

    @Option(names = "--es-ca-fingerprint", paramLabel = "HEX",
            description = "SHA-256 fingerprint of an https:// cluster's CA, as Elasticsearch prints it on first start (also: REPORTSEARCH_ES_CA_FINGERPRINT).")
    String caFingerprint;

    @Option(names = "--es-port", defaultValue = "9200", description = "HTTP port of the managed node (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--es-heap", defaultValue = "1024", description = "Heap of the managed node in MB (default: ${DEFAULT-VALUE}).")
    int heapMb;

    @Option(names = "--alias", defaultValue = "reportsearch", description = "Index alias to write and search (default: ${DEFAULT-VALUE}).")
    String alias;
}
