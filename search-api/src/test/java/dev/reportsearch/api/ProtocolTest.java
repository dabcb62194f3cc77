package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** What the API answers to requests no page sends: wrong methods, method overrides, other paths, broken encoding. */
class ProtocolTest {
    private final Http http = ApiFixture.http();

    static Stream<Arguments> wrongMethods() {
        return Stream.of("/api/search", "/api/export.csv", "/api/reports/" + ApiFixture.HANDMADE_ID, "/api/nothing", "/health", "/")
                .flatMap(path -> Stream.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS").map(m -> Arguments.of(m, path)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("wrongMethods")
    void wrongMethodsAre405AllowingGet(String method, String path) {
        Http.Response res = http.send(request(path).method(method, HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(res.status()).as(res.body()).isEqualTo(405);
        assertThat(res.header("Allow")).isEqualTo("GET");
        assertOurError(res, 405, "method_not_allowed");
    }

    @Test
    void headAsksWhatGetWouldAnswer() {
        Http.Response res = http.send(request("/api/search").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.body()).isEmpty();
    }

    @Test
    void aMethodOverrideHeaderIsIgnored() {
        for (String override : new String[] {"DELETE", "POST", "PUT"}) {
            Http.Response res = http.send(request("/api/search?q=%E5%A6%87%E8%81%94").header("X-HTTP-Method-Override", override).GET().build());
            assertThat(res.status()).as(override + ": " + res.body()).isEqualTo(200);
            assertThat(res.json().has("hits")).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nothing", "/admin/login", "/web/missing.js", "/app.js.bak", "/.git/config"})
    void pathsOutsideTheApiAreOurJson404(String path) {
        Http.Response res = http.get(path);
        assertThat(res.status()).isEqualTo(404);
        assertOurError(res, 404, "not_found");
        assertThat(res.body().toLowerCase()).doesNotContain("javalin").doesNotContain("jetty");
    }

    @Test
    void thePageAndItsFilesAreStillServed() {
        Http.Response page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        for (String file : new String[] {"/app.js", "/app.css"}) {
            assertThat(http.get(file).status()).as(file).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"q=%", "q=%zz", "q=%E5%A6", "q=ok%2", "year=2023&q=a%G0"})
    void malformedPercentEncodingIs400NamingTheParameter(String query) throws IOException {
        for (String path : new String[] {"/api/search", "/api/export.csv", "/api/suggest"}) {
            RawHttp.Answer res = RawHttp.get(http.base(), path + "?" + query);
            assertThat(res.status()).as(path + "?" + query + ": " + res.body()).isEqualTo(400);
            assertThat(res.header("Content-Type")).startsWith("application/json");
            assertThat(res.header("X-Content-Type-Options")).isEqualTo("nosniff");
            JsonNode error = res.json().path("error");
            assertThat(error.path("code").asText()).isEqualTo("bad_parameter");
            assertThat(error.path("message").asText()).contains("'q'");
        }
    }

    /** U+001E and U+001F are reserved in Elasticsearch's completions: a suggestion asked with one was a 500. */
    @ParameterizedTest
    @ValueSource(strings = {"q=%1E", "q=%E5%A6%87%1F", "q=a%00", "q=%07%E5%A6%87", "q=%C2%85%E5%AE%B6"})
    void controlCharactersReadAsSpaces(String query) {
        for (String path : new String[] {"/api/suggest", "/api/search", "/api/export.csv"}) {
            Http.Response res = http.send(request(path + "?" + query).GET().build());
            assertThat(res.status()).as(path + "?" + query + ": " + res.body()).isEqualTo(200);
        }
        Http.Response spaced = http.send(request("/api/suggest?q=%E5%AE%B6%1E").GET().build());
        assertThat(spaced.json().path("suggestions").toString())
                .isEqualTo(http.get("/api/suggest", "q", "家").json().path("suggestions").toString());
    }

    @Test
    void wellFormedEncodingStillWorks() {
        for (String query : new String[] {"q=%25", "q=%E5%A6%87%E8%81%94+%E5%AE%B6%E5%BA%AD", "q=100%25", "q="}) {
            assertThat(http.send(request("/api/search?" + query).GET().build()).status()).as(query).isEqualTo(200);
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(http.base() + pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    private static void assertOurError(Http.Response res, int status, String code) {
        assertThat(res.status()).isEqualTo(status);
        assertThat(OurErrors.check(res.raw().request().uri().toString(), res).path("code").asText()).isEqualTo(code);
    }
}
