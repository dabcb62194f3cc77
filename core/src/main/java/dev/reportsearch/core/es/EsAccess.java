package dev.reportsearch.core.es;

import java.io.IOException;
import java.util.Optional;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;

import org.apache.http.ConnectionClosedException;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;

/**
 * Checks, before any work, that a cluster accepts the connection's TLS trust and credentials, and says
 * in one line what to fix when it does not: a wrong password, an expired or invalid API key, a
 * certificate from an untrusted CA. A cluster that does not answer at all is not refused here: the API
 * serves 503s until it comes back, as it does when Elasticsearch goes down later.
 */
public final class EsAccess {
    /** Any authenticated user may call it, whatever its roles: it tests the credentials and nothing else. */
    private static final String WHO_AM_I = "/_security/_authenticate";

    private EsAccess() {
    }

    /** Throws {@link EsAccessException} when the cluster refuses this connection's certificate trust or credentials. */
    public static void check(EsConnection connection) {
        ElasticsearchClient client = EsClients.create(connection, 5_000, 10_000);
        try (RestClient rest = ((RestClientTransport) client._transport()).restClient()) {
            rest.performRequest(new Request("GET", WHO_AM_I));
        } catch (IOException e) {
            Optional<String> why = explain(e, connection);
            if (why.isPresent()) {
                throw new EsAccessException(why.get(), e);
            }
        }
    }

    /** What the user must fix for this failure, when it is one of access (credentials, TLS); empty otherwise. */
    public static Optional<String> explain(Throwable failure, EsConnection connection) {
        String where = "Elasticsearch at " + connection.describe();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ResponseException r && r.getResponse().getStatusLine().getStatusCode() == 401) {
                return Optional.of(refused(where, connection));
            }
            if (t instanceof SSLPeerUnverifiedException) {
                return Optional.of("The certificate of " + where + " does not name that host (" + t.getMessage()
                        + "): connect with a host name or address its certificate was made for.");
            }
            if (t instanceof SSLHandshakeException) {
                return Optional.of(untrusted(where, connection));
            }
            if (t instanceof SSLException && String.valueOf(t.getMessage()).contains("plaintext")) {
                return Optional.of(where + " speaks plain HTTP: use an http:// URL, or turn on TLS in Elasticsearch.");
            }
            if (t instanceof ConnectionClosedException && !connection.usesTls()) {
                return Optional.of(where + " closed the connection: if it runs with TLS (Elasticsearch 8 does by default), "
                        + "use an https:// URL with --es-ca-cert or --es-ca-fingerprint.");
            }
        }
        return Optional.empty();
    }

    private static String refused(String where, EsConnection c) {
        if (c.apiKey() != null) {
            return where + " refused the API key: it is wrong, expired or invalidated. Create a new one "
                    + "(POST /_security/api_key) and pass its 'encoded' value with --es-api-key or " + EsConnection.ENV_API_KEY + ".";
        }
        if (c.username() != null) {
            return where + " refused user '" + c.username() + "': the user or password is wrong. Fix --es-user/--es-password (or "
                    + EsConnection.ENV_USER + "/" + EsConnection.ENV_PASSWORD + ").";
        }
        return where + " requires authentication: give --es-user and --es-password, or --es-api-key.";
    }

    private static String untrusted(String where, EsConnection c) {
        if (c.trust().caFingerprint() != null) {
            return "The certificate of " + where + " does not come from the CA whose fingerprint was given: check "
                    + "--es-ca-fingerprint (the 'HTTP CA certificate SHA-256 fingerprint' Elasticsearch printed on first start), or give the CA file with --es-ca-cert.";
        }
        if (c.trust().caCert() != null) {
            return "The certificate of " + where + " is not signed by the CA in " + c.trust().caCert()
                    + ": give the cluster's own CA (config/certs/http_ca.crt) with --es-ca-cert.";
        }
        return "The certificate of " + where + " is not signed by a CA this machine trusts: give the cluster's CA "
                + "with --es-ca-cert PATH (config/certs/http_ca.crt) or --es-ca-fingerprint HEX.";
    }
}
