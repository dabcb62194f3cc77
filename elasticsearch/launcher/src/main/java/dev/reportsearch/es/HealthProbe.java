package dev.reportsearch.es;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Asks a node for cluster health (the minimal distribution has no GET /), over plain HTTP or, for a secured node, TLS with its superuser. */
public final class HealthProbe {
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern NODES = Pattern.compile("\"number_of_nodes\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HealthProbe() {
    }

    /** The cluster's health (green, yellow, red) with its node count, or empty when nothing answers. */
    public static Optional<Health> health(String url) {
        return health(url, null);
    }

    /** As {@link #health(String)}, for a node run with {@code security} (null: none). */
    public static Optional<Health> health(String url, NodeSecurity security) {
        try {
            HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(url + "/_cluster/health?timeout=2s"))
                    .timeout(Duration.ofSeconds(4)).GET();
            HttpClient http = HTTP;
            if (security != null) {
                req.header("Authorization", security.authorization());
                http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).sslContext(security.sslContext()).build();
            }
            HttpResponse<String> res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
            Matcher s = STATUS.matcher(res.body());
            Matcher n = NODES.matcher(res.body());
            if (!s.find()) {
                return Optional.empty();
            }
            return Optional.of(new Health(s.group(1), n.find() ? Integer.parseInt(n.group(1)) : 0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** GET {@code url + path} and the body when the answer is 2xx; empty when nothing (good) answers. */
    public static Optional<String> get(String url, String path) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url + path)).timeout(Duration.ofSeconds(5)).GET().build();
            HttpResponse<String> res = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            return res.statusCode() / 100 == 2 ? Optional.of(res.body()) : Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    public record Health(String status, int nodes) {
        public boolean usable() {
            return !"red".equals(status);
        }
    }
}
