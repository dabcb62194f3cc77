package dev.reportsearch.api;

import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The unit facet counts over all hits, with 人/名/位 and 元/万元 counted together (issue 11 item 4). */
class UnitFacetTest {
    private final Http http = ApiFixture.http();
    private final String year = String.valueOf(OrderAndUnitReports.LATEST_YEAR);

    @Test
    void unitFacetCountsAllHitsAndGroupsPeople() {
        JsonNode res = ok(http.get("/api/search", "type", "achievement", "year", year, "size", "1"));
        assertThat(res.path("hits")).hasSize(1);
        JsonNode units = res.path("facets").path("unit");
        JsonNode people = SearchApiTest.entry(units, "人");
        assertThat(people).as("%s", units).isNotNull();
        assertThat(people.path("count").asLong()).as("one sentence with 人 and 名 counts once").isEqualTo(1);
        assertThat(SearchApiTest.strings(people.path("units"))).containsExactlyInAnyOrder("人", "名");
        assertThat(people.path("label").asText()).contains("名");
        assertThat(SearchApiTest.entry(units, "名")).as("名 is counted with 人").isNull();
        assertThat(SearchApiTest.count(units, "元")).as("counted beyond the one hit shown").isEqualTo(1);
    }

    @Test
    void aUnitFilterKeepsItsGroupAndStaysMultiSelect() {
        JsonNode byMing = ok(http.get("/api/search", "type", "achievement", "year", year, "unit", "名"));
        assertThat(byMing.path("total").asLong()).isEqualTo(1);
        assertThat(byMing.path("hits").get(0).path("text").asText()).contains("120人");
        JsonNode byWan = ok(http.get("/api/search", "type", "achievement", "year", year, "unit", "万元"));
        assertThat(byWan.path("total").asLong()).as("万元 finds figures indexed in 元").isEqualTo(1);
        assertThat(byWan.path("hits").get(0).path("figures").get(0).path("value").asLong()).isEqualTo(50_000);
        assertThat(SearchApiTest.count(byWan.path("facets").path("unit"), "人")).as("other units still counted").isEqualTo(1);
        assertThat(ok(http.get("/api/search", "type", "achievement", "year", year, "unit", "元", "unit", "人"))
                .path("total").asLong()).isEqualTo(2);
    }

    @Test
    void sectionsHaveAnEmptyUnitFacet() {
        JsonNode unit = ok(http.get("/api/search", "year", year)).path("facets").path("unit");
        assertThat(unit.isArray()).as("present, and empty").isTrue();
        assertThat(unit).isEmpty();
    }
}
