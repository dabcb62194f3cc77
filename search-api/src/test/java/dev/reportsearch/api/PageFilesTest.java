package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/** The favicon, and the page's own 404 for browsers (issue 11 item 11). */
class PageFilesTest {
    private final Http http = ApiFixture.http();

    @Test
    void theFaviconIsServed() {
        Http.Response svg = http.get("/favicon.svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        Http.Response ico = http.get("/favicon.ico");
        assertThat(ico.status()).isEqualTo(301);
        assertThat(ico.header("Location")).endsWith("/favicon.svg");
    }

    @Test
    void aBrowserOpeningAMissingPageGetsThePagesOwn404AndClientsGetJson() {
        Http.Response page = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/nosuch.html"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").timeout(Duration.ofSeconds(10)).GET().build());
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("页面不存在").doesNotContainIgnoringCase("javalin");
        Http.Response json = http.get("/nosuch.html");
        assertThat(json.status()).isEqualTo(404);
        assertThat(json.json().path("error").path("code").asText()).isEqualTo("not_found");
        Http.Response api = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/nosuch"))
                .header("Accept", "text/html").timeout(Duration.ofSeconds(10)).GET().build());
        assertThat(api.json().path("error").path("code").asText()).as("the API always answers JSON").isEqualTo("not_found");
    }
}
