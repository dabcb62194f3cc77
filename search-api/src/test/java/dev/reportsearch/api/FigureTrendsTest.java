package dev.reportsearch.api;

import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Figures over time and by region for an achievements search (issue 11, beyond the anchors). */
class FigureTrendsTest {
    private final Http http = ApiFixture.http();

    @Test
    void figuresInOneUnitAreSummedByYearAndRegion() {
        JsonNode trend = ok(http.get("/api/figures/trend", "region", "泉州市", "unit", "万元", "year", "2031"));
        assertThat(trend.path("units").toString()).contains("元");
        JsonNode year = trend.path("byYear").get(0);
        assertThat(year.path("key").asText()).isEqualTo("2031");
        assertThat(year.path("figures").asLong()).isEqualTo(1);
        assertThat(year.path("sum").asDouble()).isEqualTo(123_450_000d);
        JsonNode shishi = trend.path("byRegion").get(0);
        assertThat(shishi.path("key").asText()).isEqualTo("350581");
        assertThat(shishi.path("label").asText()).isEqualTo("石狮市");
        assertThat(shishi.path("max").asDouble()).isEqualTo(123_450_000d);
        JsonNode people = ok(http.get("/api/figures/trend", "year", String.valueOf(OrderAndUnitReports.LATEST_YEAR), "unit", "人"));
        assertThat(people.path("byYear").get(0).path("sum").asDouble()).as("人 and 名 add up").isEqualTo(150d);
        assertThat(people.path("byYear").get(0).path("hits").asLong()).isEqualTo(1);
    }

    @Test
    void aUnitIsRequired() {
        Http.Response res = http.get("/api/figures/trend", "q", "贷款");
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.json().path("error").path("reason").asText()).isEqualTo("needs_unit");
        assertThat(http.get("/api/figures/trend", "type", "section", "unit", "元").status()).isEqualTo(400);
    }
}
