package dev.reportsearch.api;

import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.testkit.RegionEdgeReports;

/** GET /api/regions/{code}/reports: a region's reports, paged, by year, newest first (issue 11 item 12). */
class RegionReportsTest {
    private final Http http = ApiFixture.http();

    @Test
    void aRegionListsEveryReportWithContentThereNewestFirst() {
        JsonNode res = ok(http.get("/api/regions/350200/reports"));
        assertThat(res.path("region").path("name").asText()).isEqualTo("厦门市");
        List<String> ids = ids(res);
        assertThat(ids).containsSubsequence(OrderAndUnitReports.UNDATED_ID, OrderAndUnitReports.LATE_POSTED_ID);
        assertThat(ids.get(0)).isEqualTo(OrderAndUnitReports.UNDATED_ID);
        JsonNode first = res.path("reports").get(0);
        assertThat(first.path("title").asText()).contains("鹭岛");
        assertThat(first.path("sectionsHere").asLong()).isEqualTo(1);
        assertThat(res.path("years").get(0).path("value").asInt()).isEqualTo(OrderAndUnitReports.LATEST_YEAR);
    }

    @Test
    void aCityListsReportsWithAnySectionBelowItAndFiltersByYearAndPages() {
        JsonNode shishi = ok(http.get("/api/regions/石狮市/reports"));
        assertThat(ids(shishi)).contains(ApiFixture.HANDMADE_ID);
        assertThat(shishi.path("region").path("code").asText()).isEqualTo("350581");
        JsonNode byYear = ok(http.get("/api/regions/350200/reports", "year", String.valueOf(OrderAndUnitReports.OLDER_YEAR)));
        assertThat(ids(byYear)).containsExactly(OrderAndUnitReports.LATE_POSTED_ID);
        assertThat(byYear.path("years").size()).as("years of all the region's reports").isGreaterThan(1);
        JsonNode fujian = ok(http.get("/api/regions/350000/reports", "size", "2"));
        JsonNode page2 = ok(http.get("/api/regions/350000/reports", "size", "2", "page", "2"));
        assertThat(fujian.path("total").asLong()).isGreaterThan(2);
        assertThat(ids(page2)).hasSize(2).doesNotContainAnyElementsOf(ids(fujian));
    }

    @Test
    void unknownAndAmbiguousRegionsAnswerLikeTheFilter() {
        assertThat(ids(ok(http.get("/api/regions/unknown/reports")))).contains(RegionEdgeReports.UNPLACED_ID);
        Http.Response ambiguous = http.get("/api/regions/普陀区/reports");
        assertThat(ambiguous.status()).isEqualTo(400);
        assertThat(ambiguous.json().path("error").path("choices")).isNotEmpty();
        assertThat(http.get("/api/regions/999999/reports").status()).isEqualTo(400);
        assertThat(http.get("/api/regions/350200/reports", "year", "abc").status()).isEqualTo(400);
    }

    private static List<String> ids(JsonNode res) {
        List<String> out = new ArrayList<>();
        res.path("reports").forEach(r -> out.add(r.path("id").asText()));
        return out;
    }
}
