package dev.reportsearch.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.api.ApiServer;
import dev.reportsearch.es.HealthProbe;
import dev.reportsearch.es.ManagedCluster;
import dev.reportsearch.indexer.BatchIndexer;

/**
 * The security checks of issue 6: the managed server listens on loopback only; the API cannot change
 * anything over HTTP; the page is served with a strict Content-Security-Policy (no inline script) and
 * the other security headers. (docker-compose's security settings are checked elsewhere.)
 */
class SecurityTest {
    private static final String ALIAS = "sec-reports";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void theManagedServerListensOnLoopbackOnly() throws Exception {
        ManagedCluster es = Fixtures.singleNode();
        JsonNode nodes = Fixtures.JSON.readTree(HealthProbe.get(es.url(0), "/_nodes/http,transport").orElseThrow()).path("nodes");
        assertThat(nodes.size()).isEqualTo(1);
        for (JsonNode node : nodes) {
            for (String layer : List.of("http", "transport")) {
                assertThat(node.path(layer).path("publish_address").asText()).as(layer).startsWith("127.0.0.1:");
                assertThat(node.path(layer).path("bound_address")).isNotEmpty()
                        .allSatisfy(a -> assertThat(a.asText()).as(layer + " bound").startsWith("127.0.0.1:"));
            }
        }
        // And from the machine's other addresses nothing answers on its ports.
        int port = es.config(0).httpPort();
        for (InetAddress address : externalAddresses()) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(address, port), 1_000);
                throw new AssertionError("Elasticsearch answers on " + address + ":" + port);
            } catch (java.io.IOException expected) {
                // refused: good
            }
        }
    }

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void theApiIsReadOnlyAndThePageCarriesTheSecurityHeaders() throws Exception {
        ManagedCluster es = Fixtures.singleNode();
        ElasticsearchClient client = Fixtures.client(es.urls());
        try {
            BatchIndexer.Summary s = Fixtures.indexer(client, Fixtures.index(client, ALIAS))
                    .run(List.of(Fixtures.corpus(dir, 9, 10)), true, 1, BatchIndexer.Progress.NONE);
            long before = client.count(c -> c.index(ALIAS)).count();
            String someReport = client.search(r -> r.index(ALIAS).size(1), JsonNode.class).hits().hits().get(0).source()
                    .path("reportId").asText();

            try (ApiServer api = Fixtures.api(es.urls(), ALIAS)) {
                String base = "http://127.0.0.1:" + api.port();
                List<String> paths = List.of("/api/search", "/api/search?q=x", "/api/reports/" + someReport, "/api/reports",
                        "/api/index", "/api/rebuild", "/api/export.csv", "/api/suggest", "/api/regions", "/api/themes",
                        "/api/" + ALIAS, "/api/" + s.index().name() + "/_doc/1", "/health");
                for (String path : paths) {
                    for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                                .method(method, HttpRequest.BodyPublishers.ofString("{\"title\":\"x\",\"q\":\"x\"}"))
                                .header("Content-Type", "application/json").build();
                        Fixtures.Answer a = Fixtures.send(req);
                        assertThat(a.status()).as(method + " " + path + ": " + a.body()).isIn(404, 405);
                    }
                }
                client.indices().refresh(r -> r.index(ALIAS));
                assertThat(client.count(c -> c.index(ALIAS)).count()).as("documents after the writes were refused").isEqualTo(before);
                assertThat(Fixtures.get(base + "/api/reports/" + someReport).status()).as("the report is still there").isEqualTo(200);

                Fixtures.Answer page = Fixtures.get(base + "/");
                assertThat(page.status()).isEqualTo(200);
                String csp = page.header("Content-Security-Policy");
                assertThat(csp).as("Content-Security-Policy").isNotNull();
                String scriptSrc = directive(csp, "script-src").or(() -> directive(csp, "default-src")).orElseThrow();
                assertThat(scriptSrc).as("script-src").contains("'self'").doesNotContain("'unsafe-inline'")
                        .doesNotContain("'unsafe-eval'").doesNotContain("*");
                assertThat(directive(csp, "default-src")).isPresent();
                assertThat(directive(csp, "frame-ancestors")).isPresent();
                assertThat(page.header("X-Content-Type-Options")).isEqualToIgnoringCase("nosniff");
                assertThat(page.header("Referrer-Policy")).isNotBlank();
                // The page itself has no inline script for the policy to forbid: scripts come from files.
                Matcher script = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE)
                        .matcher(page.body());
                int scripts = 0;
                while (script.find()) {
                    scripts++;
                    assertThat(script.group(1)).as("script tag").contains("src=");
                    assertThat(script.group(2).trim()).as("inline script body").isEmpty();
                }
                assertThat(scripts).isPositive();
                assertThat(page.body()).as("inline event handlers").doesNotContainPattern("(?i)\\son[a-z]+\\s*=");
                // The API's answers carry the headers too.
                Fixtures.Answer json = Fixtures.get(base + "/api/search?q=x");
                assertThat(json.header("X-Content-Type-Options")).isEqualToIgnoringCase("nosniff");
            }
        } finally {
            client._transport().close();
        }
    }

    private static Optional<String> directive(String csp, String name) {
        for (String part : csp.split(";")) {
            String p = part.trim();
            if (p.equals(name) || p.startsWith(name + " ")) {
                return Optional.of(p.substring(name.length()).trim());
            }
        }
        return Optional.empty();
    }

    private static List<InetAddress> externalAddresses() throws java.net.SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress() && !a.isLinkLocalAddress())
                .toList();
    }
}
