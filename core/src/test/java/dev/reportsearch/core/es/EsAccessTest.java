package dev.reportsearch.core.es;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

/**
 * The access check against a real HTTP server standing in for Elasticsearch's authenticate endpoint:
 * the credentials are sent as Elasticsearch expects them, and each refusal becomes one line naming the
 * option to fix. (The TLS cases run against a real secured node in cluster-tests.)
 */
class EsAccessTest {
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void anApiKeyIsSentAsElasticsearchExpectsItAndAcceptedWhenValid() throws Exception {
        String url = serve(200, "{\"username\":\"app\"}");
        assertThatCode(() -> EsAccess.check(new EsConnection(List.of(url), null, null, "a2V5OnNlY3JldA=="))).doesNotThrowAnyException();
        assertThat(authorization.get()).isEqualTo("ApiKey a2V5OnNlY3JldA==");
    }

    @Test
    void aRefusedKeyUserOrNoCredentialsEachSayWhatToFix() throws Exception {
        String url = serve(401, "{\"error\":{\"type\":\"security_exception\"},\"status\":401}");
        assertRefused(new EsConnection(List.of(url), null, null, "ZXhwaXJlZA=="), "--es-api-key");
        assertRefused(new EsConnection(List.of(url), "app", "wrong", null), "--es-password");
        assertRefused(new EsConnection(List.of(url), null, null, null), "--es-user");
    }

    @Test
    void aClusterWithoutSecurityOrNotAnsweringIsNotRefusedHere() throws Exception {
        String url = serve(500, "{\"error\":\"Security must be explicitly enabled\"}");
        assertThatCode(() -> EsAccess.check(EsConnection.of(url))).doesNotThrowAnyException();
        server.stop(0);
        server = null;
        // Down is not a configuration error: the API answers 503 until the cluster is back.
        assertThatCode(() -> EsAccess.check(EsConnection.of(url))).doesNotThrowAnyException();
    }

    @Test
    void aBadFingerprintOrUnreadableCaFileIsSaidBeforeConnecting() {
        assertThatThrownBy(() -> EsTrust.of(null, "12:34")).hasMessageContaining("64 hex digits");
        EsConnection c = new EsConnection(List.of("https://127.0.0.1:9200"), null, null, null, EsTrust.of("/nonexistent/http_ca.crt", null));
        assertThatThrownBy(() -> EsAccess.check(c)).hasMessageContaining("--es-ca-cert");
    }

    private static void assertRefused(EsConnection c, String option) {
        assertThatThrownBy(() -> EsAccess.check(c)).isInstanceOf(EsAccessException.class)
                .hasMessageContaining(option)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    private String serve(int status, String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/_security/_authenticate", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-elastic-product", "Elasticsearch");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
