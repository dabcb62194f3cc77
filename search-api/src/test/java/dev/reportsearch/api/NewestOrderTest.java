package dev.reportsearch.api;

import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** sort=newest is the latest year covered, then the publication date (issue 11 items 7, 11). */
class NewestOrderTest {
    private final Http http = ApiFixture.http();

    @Test
    void anUndatedLaterReportComesBeforeAnOlderOnePostedLater() {
        JsonNode res = ok(http.get("/api/search", "sort", "newest", "year", String.valueOf(OrderAndUnitReports.LATEST_YEAR),
                "year", String.valueOf(OrderAndUnitReports.OLDER_YEAR)));
        assertThat(res.path("hits")).hasSize(2);
        assertThat(res.path("hits").get(0).path("reportId").asText()).isEqualTo(OrderAndUnitReports.UNDATED_ID);
        assertThat(res.path("hits").get(1).path("reportId").asText()).isEqualTo(OrderAndUnitReports.LATE_POSTED_ID);
    }

    @Test
    void scoreIsNullWhenSortingByDateAndANumberByRelevance() {
        JsonNode newest = ok(http.get("/api/search", "q", "妇女", "sort", "newest"));
        assertThat(newest.path("hits")).isNotEmpty().allSatisfy(h -> assertThat(h.path("score").isNull()).as("%s", h.path("score")).isTrue());
        JsonNode relevance = ok(http.get("/api/search", "q", "妇女"));
        assertThat(relevance.path("hits")).allSatisfy(h -> assertThat(h.path("score").isNumber()).isTrue());
    }
}
