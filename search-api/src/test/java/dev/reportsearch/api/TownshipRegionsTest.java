package dev.reportsearch.api;

import static dev.reportsearch.api.EndpointsTest.find;
import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.testkit.RegionEdgeReports;

/**
 * Townships (乡, 镇, 街道) through the real API: the region tree, the region filter by name, chain
 * or 9-digit code, a county filter covering its townships, facets and suggestions. The reports are
 * {@link RegionEdgeReports}: 苍南县's 灵溪镇 and 钱库镇, and 永顺县's 灵溪镇.
 */
class TownshipRegionsTest {
    private final Http http = ApiFixture.http();

    /** Hits in the year only the hand-made township reports cover (seed 001 is also in 苍南县). */
    private long total(String... params) {
        List<String> all = new ArrayList<>(List.of(params));
        all.addAll(List.of("year", String.valueOf(RegionEdgeReports.YEAR)));
        return ok(http.get("/api/search", all.toArray(String[]::new))).path("total").asLong();
    }

    @Test
    void theRegionTreeReachesTownships() {
        JsonNode regions = ok(http.get("/api/regions")).path("regions");
        JsonNode cangnan = find(find(find(regions, "浙江省").path("children"), "温州市").path("children"), "苍南县");
        assertThat(cangnan.path("level").asText()).isEqualTo("county");
        assertThat(cangnan.path("query").asText()).isEqualTo("苍南县");
        JsonNode lingxi = find(cangnan.path("children"), "灵溪镇");
        assertThat(lingxi.path("level").asText()).isEqualTo("township");
        assertThat(lingxi.path("code").asText()).isEqualTo(RegionEdgeReports.LINGXI_CANGNAN);
        assertThat(lingxi.path("path").toString()).isEqualTo("[\"浙江省\",\"温州市\",\"苍南县\",\"灵溪镇\"]");
        assertThat(lingxi.path("query").asText()).isEqualTo("苍南县灵溪镇");
        assertThat(lingxi.path("reports").asLong()).isEqualTo(1);
        assertThat(find(cangnan.path("children"), "钱库镇").path("query").asText()).isEqualTo("钱库镇");
        assertThat(cangnan.path("reports").asLong()).as("the seed and ours").isGreaterThanOrEqualTo(2);
        assertThat(cangnan.path("sections").asLong()).isGreaterThan(2);

        JsonNode yongshun = find(find(find(regions, "湖南省").path("children"), "湘西土家族苗族自治州").path("children"), "永顺县");
        assertThat(find(yongshun.path("children"), "灵溪镇").path("query").asText()).isEqualTo("永顺县灵溪镇");
    }

    @Test
    void aCountyFilterCoversItsTownshipsAndATownshipFilterOnlyItself() {
        assertThat(total("region", "苍南县")).isEqualTo(2);
        assertThat(total("region", "330327")).isEqualTo(2);
        assertThat(total("region", "温州市", "q", "巾帼茶艺")).isEqualTo(2);
        assertThat(total("region", RegionEdgeReports.LINGXI_CANGNAN)).isEqualTo(1);
        assertThat(total("region", "苍南县灵溪镇")).isEqualTo(1);
        assertThat(total("region", "钱库镇")).isEqualTo(1);
        assertThat(total("region", "钱库镇", "region", "永顺县灵溪镇")).isEqualTo(2);
        assertThat(total("region", "永顺县")).isEqualTo(1);
        JsonNode hit = ok(http.get("/api/search", "region", "钱库镇")).path("hits").get(0);
        assertThat(hit.path("region").asText()).isEqualTo("钱库镇");
        assertThat(hit.path("regionPath").toString()).isEqualTo("[\"浙江省\",\"温州市\",\"苍南县\",\"钱库镇\"]");
    }

    @Test
    void aRepeatedTownshipNameAsksForItsCounty() {
        Http.Response res = http.get("/api/search", "region", "灵溪镇");
        assertThat(res.status()).isEqualTo(400);
        assertThat(res.body()).contains("several regions", "苍南县灵溪镇");
        Http.Response unknown = http.get("/api/search", "region", "不存在镇");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("township");
    }

    @Test
    void facetsListTownshipsWithPathParentAndQuery() {
        JsonNode facets = ok(http.get("/api/search", "year", String.valueOf(RegionEdgeReports.YEAR), "region", "苍南县")).path("facets").path("region");
        List<String> codes = new ArrayList<>();
        facets.forEach(e -> codes.add(e.path("code").asText()));
        assertThat(codes).contains(RegionEdgeReports.LINGXI_CANGNAN, RegionEdgeReports.QIANKU, "330327", RegionEdgeReports.LINGXI_YONGSHUN);
        for (JsonNode e : facets) {
            if (e.path("code").asText().equals(RegionEdgeReports.LINGXI_YONGSHUN)) {
                assertThat(e.path("level").asText()).isEqualTo("township");
                assertThat(e.path("parent").asText()).isEqualTo("433127");
                assertThat(e.path("query").asText()).isEqualTo("永顺县灵溪镇");
                assertThat(e.path("path")).hasSize(4);
                assertThat(e.path("count").asLong()).isEqualTo(1);
            }
        }
    }

    @Test
    void aTownshipReportOpensWithItsPathAndTownshipsAreSuggested() {
        JsonNode report = ok(http.get("/api/reports/" + RegionEdgeReports.LINGXI_ID));
        assertThat(report.path("region").asText()).isEqualTo("灵溪镇");
        assertThat(report.path("regionCode").asText()).isEqualTo(RegionEdgeReports.LINGXI_CANGNAN);
        assertThat(report.path("regionPath")).hasSize(4);
        assertThat(report.path("sections").get(1).path("region").asText()).isEqualTo("钱库镇");
        JsonNode suggestions = ok(http.get("/api/suggest", "q", "灵溪")).path("suggestions");
        assertThat(suggestions.toString()).contains("灵溪镇");
    }
}
