package dev.reportsearch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.reportsearch.api.ApiServer;
import dev.reportsearch.core.es.EsConnection;
import dev.reportsearch.testkit.TestElasticsearch;

/** The page says so when the API is down, instead of going blank. */
class ApiDownE2ETest {
    private Browser browser;
    private ApiServer server;

    @AfterEach
    void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @Test
    void theBannerShowsWhenTheApiServerGoesAway() {
        server = Product.startAnotherServer(EsConnection.of(TestElasticsearch.url()));
        browser = new Browser("http://localhost:" + server.port());
        browser.open("/?q=" + PageTest.enc("家庭教育"));
        browser.settled("results");
        assertThat(browser.find("#banner").isDisplayed()).isFalse();

        server.close();
        server = null;
        browser.find("#q").sendKeys("讲座");
        browser.visible("#banner");
        assertThat(browser.text("#banner")).contains("无法连接", "重试");
        browser.until("the search marked failed", d -> "error".equals(browser.find("#results").getDomAttribute("data-state")));
        assertThat(browser.text("#status")).contains("暂时无法");
        browser.screenshot("07-error-banner");
    }

    @Test
    void theBannerShowsWhenElasticsearchIsUnreachable() {
        server = Product.startAnotherServer(EsConnection.of("http://127.0.0.1:" + Product.closedPort()));
        browser = new Browser("http://localhost:" + server.port());
        browser.open("/?q=" + PageTest.enc("家庭教育"));
        browser.visible("#banner");
        assertThat(browser.text("#banner")).contains("暂时不可用");
        assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("家庭教育");
        browser.screenshot("07-error-banner-503");
    }
}
