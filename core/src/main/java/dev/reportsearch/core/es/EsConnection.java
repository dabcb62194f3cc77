package dev.reportsearch.core.es;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * How to reach an Elasticsearch cluster: one or more node URLs and optional credentials.
 *
 * @param urls     node URLs (http://host:port); requests fail over between them
 * @param username basic-auth user, or null
 * @param password basic-auth password, or null
 * @param apiKey   an encoded API key (sent as "Authorization: ApiKey ..."), or null
 * @param trust    which CA an https:// cluster's certificate must come from
 */
public record EsConnection(List<String> urls, String username, String password, String apiKey, EsTrust trust) {
    public static final String ENV_URL = "REPORTSEARCH_ES";
    public static final String ENV_USER = "REPORTSEARCH_ES_USER";
    public static final String ENV_PASSWORD = "REPORTSEARCH_ES_PASSWORD";
    public static final String ENV_API_KEY = "REPORTSEARCH_ES_API_KEY";
    public static final String ENV_CA_CERT = "REPORTSEARCH_ES_CA_CERT";
    public static final String ENV_CA_FINGERPRINT = "REPORTSEARCH_ES_CA_FINGERPRINT";

    public EsConnection {
        if (urls == null || urls.isEmpty()) {
            throw new IllegalArgumentException("at least one Elasticsearch URL is needed");
        }
        urls = List.copyOf(urls);
        for (String url : urls) {
            URI uri = URI.create(url);
            if (uri.getHost() == null || uri.getScheme() == null || !uri.getScheme().matches("https?")) {
                throw new IllegalArgumentException("not an Elasticsearch URL: '" + url + "' (expected http://host:port or https://host:port)");
            }
        }
        trust = trust == null ? EsTrust.SYSTEM : trust;
    }

    /** Without a CA of its own: plain http://, or https:// with a certificate the JVM already trusts. */
    public EsConnection(List<String> urls, String username, String password, String apiKey) {
        this(urls, username, password, apiKey, EsTrust.SYSTEM);
    }

    public static EsConnection of(String commaSeparatedUrls) {
        return new EsConnection(split(commaSeparatedUrls), null, null, null);
    }

    /** From REPORTSEARCH_ES (comma-separated URLs) and the credential variables; null when unset. */
    public static EsConnection fromEnvironment(Map<String, String> env) {
        String urls = env.get(ENV_URL);
        if (urls == null || urls.isBlank()) {
            return null;
        }
        return new EsConnection(split(urls), env.get(ENV_USER), env.get(ENV_PASSWORD), env.get(ENV_API_KEY),
                EsTrust.of(env.get(ENV_CA_CERT), env.get(ENV_CA_FINGERPRINT)));
    }

    public EsConnection withCredentials(String user, String pass, String key) {
        return new EsConnection(urls, user != null ? user : username, pass != null ? pass : password,
                key != null ? key : apiKey, trust);
    }

    /** This connection trusting that CA; the fields given replace this one's. */
    public EsConnection withTrust(String caCertPath, String caFingerprint) {
        if (caCertPath == null && caFingerprint == null) {
            return this;
        }
        return new EsConnection(urls, username, password, apiKey, EsTrust.of(caCertPath, caFingerprint));
    }

    public boolean usesTls() {
        return urls.stream().anyMatch(u -> u.startsWith("https:"));
    }

    /** The URLs joined for display; never shows credentials. */
    public String describe() {
        return String.join(",", urls);
    }

    private static List<String> split(String urls) {
        return Arrays.stream(urls.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.endsWith("/") ? s.substring(0, s.length() - 1) : s).toList();
    }
}
