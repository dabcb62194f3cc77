package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.core.es.EsConnection;

/**
 * Requests Jetty refuses before any of our handlers runs (a bad path, a request line or header too
 * long, a broken request) still answer in our JSON error shape, in UTF-8, with our security headers.
 * No Elasticsearch is needed: none of these reaches it.
 */
class ErrorsBeforeHandlersTest {
    private static ApiServer api;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        int nobody;
        try (ServerSocket s = new ServerSocket(0)) {
            nobody = s.getLocalPort();
        }
        api = ApiServer.start(new ApiConfig(0, EsConnection.of("http://127.0.0.1:" + nobody), "nothing"));
        base = "http://127.0.0.1:" + api.port();
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    static Stream<Arguments> refusedByJetty() {
        String host = "Host: 127.0.0.1\r\n";
        return Stream.of(
                Arguments.of("NUL in the path", "GET /api/reports/x%00 HTTP/1.0\r\n\r\n", 400),
                Arguments.of("9,000-character query", "GET /api/search?q=" + "a".repeat(9_000) + " HTTP/1.0\r\n\r\n", 414),
                Arguments.of("9 KB header", "GET /api/search HTTP/1.0\r\nX-Filler: " + "b".repeat(9 * 1024) + "\r\n\r\n", 431),
                Arguments.of("a DELETE with a 9 KB header", "DELETE /api/search HTTP/1.0\r\nX-Filler: " + "b".repeat(9 * 1024)
                        + "\r\nContent-Length: 2\r\n\r\n{}", 431),
                Arguments.of("an unknown method on a path Jetty refuses", "FOO /api/reports/x%00 HTTP/1.0\r\n\r\n", 400),
                Arguments.of("dot segments above the root", "GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.0\r\n\r\n", 400),
                Arguments.of("encoded slash in the id", "GET /api/reports/a%2fb HTTP/1.0\r\n\r\n", 404),
                Arguments.of("a request line that is not HTTP", "GARBAGE\r\n\r\n", 400),
                Arguments.of("an unknown HTTP version", "GET /api/search HTTP/7.0\r\n\r\n", 505),
                Arguments.of("HTTP/1.1 without Host", "GET /api/search HTTP/1.1\r\nConnection: close\r\n\r\n", 400),
                Arguments.of("two Host headers", "GET /api/search HTTP/1.1\r\n" + host + host + "Connection: close\r\n\r\n", 400),
                Arguments.of("a Content-Length that is not a number", "GET /api/search HTTP/1.0\r\nContent-Length: abc\r\n\r\n", 400),
                Arguments.of("an unknown transfer coding", "GET /api/search HTTP/1.1\r\n" + host
                        + "Transfer-Encoding: gzip\r\nConnection: close\r\n\r\n", 400),
                Arguments.of("a control character in a header", "GET /api/search HTTP/1.0\r\nX-A: b\u0001c\r\n\r\n", 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedByJetty")
    void answersInOurJsonWithOurHeaders(String what, String request, int status) throws IOException {
        RawHttp.Answer res = RawHttp.send(base, request);
        assertThat(res.status()).as("%s: %s", what, res.body()).isEqualTo(status);
        JsonNode error = OurErrors.check(what, res);
        assertThat(res.body().toLowerCase()).doesNotContain("jetty").doesNotContain("<html").doesNotContain("javalin");
        assertThat(error.path("message").asText()).as("says what to do").doesNotContain("Exception");
    }
}
