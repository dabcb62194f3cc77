package dev.reportsearch.api;

import static dev.reportsearch.api.EndpointsTest.find;
import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.testkit.RegionEdgeReports;

/** 地区不详: a report without a region stays reachable through the tree, the facet and the filter. */
class UnknownRegionTest {
    private final Http http = ApiFixture.http();
    private final String year = String.valueOf(RegionEdgeReports.YEAR);

    @Test
    void theRegionTreeEndsWithUnknown() {
        JsonNode regions = ok(http.get("/api/regions")).path("regions");
        JsonNode unknown = regions.get(regions.size() - 1);
        assertThat(unknown.path("name").asText()).isEqualTo("地区不详");
        assertThat(unknown.path("code").asText()).isEqualTo("unknown");
        assertThat(unknown.path("query").asText()).isEqualTo("地区不详");
        assertThat(unknown.path("reports").asLong()).isPositive();
        assertThat(unknown.path("children")).isEmpty();
        assertThat(find(regions, "浙江省").path("code").asText()).isEqualTo("330000");
    }

    @Test
    void theFacetCountsItAndTheFilterFindsIt() {
        JsonNode facet = ok(http.get("/api/search", "year", year)).path("facets").path("region");
        JsonNode unknown = null;
        for (JsonNode e : facet) {
            if (e.path("code").asText().equals("unknown")) {
                unknown = e;
            }
        }
        assertThat(unknown).as("地区不详 in %s", facet).isNotNull();
        assertThat(unknown.path("value").asText()).isEqualTo("地区不详");
        assertThat(unknown.path("count").asLong()).isEqualTo(1);

        JsonNode hits = ok(http.get("/api/search", "year", year, "region", "地区不详"));
        assertThat(hits.path("total").asLong()).isEqualTo(1);
        assertThat(hits.path("hits").get(0).path("reportId").asText()).isEqualTo(RegionEdgeReports.UNPLACED_ID);
        assertThat(ok(http.get("/api/search", "year", year, "region", "unknown")).path("total").asLong()).isEqualTo(1);
        // OR-ed with a region like any other value
        assertThat(ok(http.get("/api/search", "year", year, "region", "地区不详", "region", "钱库镇")).path("total").asLong())
                .isEqualTo(2);
    }

    @Test
    void aSectionWithoutRegionExportsEveryColumnInItsPlace() {
        List<String> records = EndpointsTest.csvLines(http.get("/api/export.csv", "year", year, "region", "地区不详"));
        assertThat(records).hasSize(2);
        List<String> header = EndpointsTest.csvCells(records.get(0));
        List<String> row = EndpointsTest.csvCells(records.get(1));
        assertThat(row).hasSameSizeAs(header);
        assertThat(row.get(header.indexOf("地区"))).isEmpty();
        assertThat(row.get(header.indexOf("年份"))).contains(year);
        assertThat(row.get(header.indexOf("报告编号"))).isEqualTo(RegionEdgeReports.UNPLACED_ID);
    }
}
