package dev.reportsearch.api;

import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Regions are keyed by code; a name several regions share is a 400 listing them (issue 11 item 2). */
class RegionCodesTest {
    private final Http http = ApiFixture.http();

    @Test
    void aSharedNameIs400ListingTheChoicesWithCodeNameAndPath() {
        Http.Response res = http.get("/api/search", "region", "普陀区");
        assertThat(res.status()).as(res.body()).isEqualTo(400);
        JsonNode error = res.json().path("error");
        assertThat(error.path("code").asText()).isEqualTo("bad_parameter");
        assertThat(error.path("param").asText()).isEqualTo("region");
        assertThat(error.path("reason").asText()).isEqualTo("ambiguous_region");
        List<String> codes = new ArrayList<>();
        for (JsonNode choice : error.path("choices")) {
            codes.add(choice.path("code").asText());
            assertThat(choice.path("name").asText()).isEqualTo("普陀区");
            assertThat(choice.path("path").size()).isGreaterThan(1);
            assertThat(choice.path("query").asText()).as("a name the filter reads back").isNotEqualTo("普陀区");
        }
        assertThat(codes).contains("310107", "330903");
        // each choice, sent back by code or by its unambiguous name, is accepted
        for (JsonNode choice : error.path("choices")) {
            assertThat(http.get("/api/search", "region", choice.path("code").asText()).status()).isEqualTo(200);
            assertThat(http.get("/api/search", "region", choice.path("query").asText()).status()).isEqualTo(200);
        }
    }

    @Test
    void facetEntriesAndHitsCarryTheCodeThatFiltersBackToThem() {
        JsonNode res = ok(http.get("/api/search", "q", "亲子阅读"));
        JsonNode entry = SearchApiTest.entry(res.path("facets").path("region"), "石狮市");
        assertThat(entry.path("code").asText()).isEqualTo("350581");
        JsonNode byCode = ok(http.get("/api/search", "q", "亲子阅读", "region", entry.path("code").asText()));
        assertThat(byCode.path("total").asLong()).isEqualTo(entry.path("count").asLong());
        assertThat(byCode.path("hits")).allSatisfy(h -> assertThat(h.path("regionCode").asText()).startsWith("3505"));
    }

    @Test
    void theResponseSaysWhichFiltersItAppliedWithTheirLabels() {
        JsonNode filters = ok(http.get("/api/search", "region", "延边州", "region", "地区不详", "theme", "health", "year", "2023"))
                .path("filters");
        assertThat(filters.path("region").get(0).path("code").asText()).isEqualTo("222400");
        assertThat(filters.path("region").get(0).path("name").asText()).isEqualTo("延边朝鲜族自治州");
        assertThat(filters.path("region").get(1).path("code").asText()).isEqualTo("unknown");
        assertThat(filters.path("theme").get(0).path("label").asText()).isEqualTo("妇女健康");
        assertThat(filters.path("year").get(0).asInt()).isEqualTo(2023);
        JsonNode units = ok(http.get("/api/search", "type", "achievement", "unit", "名", "unit", "位")).path("filters").path("unit");
        assertThat(units).hasSize(1);
        assertThat(units.get(0).path("value").asText()).isEqualTo("人");
    }
}
