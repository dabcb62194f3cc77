package dev.reportsearch.api;

import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Regions side by side by year and theme (issue 11, beyond the anchors). */
class RegionComparisonTest {
    private final Http http = ApiFixture.http();

    @Test
    void twoRegionsSideBySideWithCountsThatMatchTheSearch() {
        JsonNode res = ok(http.get("/api/regions/compare", "region", "石狮市", "region", "350200"));
        JsonNode shishi = res.path("regions").get(0);
        JsonNode xiamen = res.path("regions").get(1);
        assertThat(shishi.path("region").path("code").asText()).isEqualTo("350581");
        assertThat(xiamen.path("region").path("name").asText()).isEqualTo("厦门市");
        long sections = ok(http.get("/api/search", "region", "石狮市")).path("total").asLong();
        long achievements = ok(http.get("/api/search", "region", "石狮市", "type", "achievement")).path("total").asLong();
        assertThat(shishi.path("total").path("sections").asLong()).isEqualTo(sections);
        assertThat(shishi.path("total").path("achievements").asLong()).isEqualTo(achievements);
        assertThat(shishi.path("total").path("reports").asLong()).isPositive();
        assertThat(xiamen.path("byYear").toString()).contains("\"year\":" + OrderAndUnitReports.OLDER_YEAR, "\"year\":" + OrderAndUnitReports.LATEST_YEAR);
        assertThat(shishi.path("byTheme").get(0).path("label").asText()).isNotBlank();
    }

    @Test
    void oneRegionIsNoComparison() {
        Http.Response res = http.get("/api/regions/compare", "region", "石狮市");
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.json().path("error").path("reason").asText()).isEqualTo("compare_count");
    }
}
