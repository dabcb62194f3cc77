package dev.reportsearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;

import dev.reportsearch.core.region.Gazetteer;
import dev.reportsearch.core.theme.Themes;

/** The two requests of a search (issue 10): what each asks Elasticsearch to do decides what a search costs at scale. */
class SearchRequestsTest {
    private static final SearchRequests REQUESTS = new SearchRequests("reports", new Facets(Gazetteer.standard(), Themes.standard()));

    private static SearchParams params(Map<String, List<String>> values) {
        return SearchParams.from(name -> values.getOrDefault(name, List.of()));
    }

    private static JsonNode json(SearchRequest r) throws Exception {
        return new ObjectMapper().readTree(JsonpUtils.toJsonString(r, new JacksonJsonpMapper()));
    }

    @Test
    void thePageOfHitsNeitherCountsNorAggregatesSoThatElasticsearchMaySkipMatches() throws Exception {
        SearchRequest page = REQUESTS.page(params(Map.of("q", List.of("维权 服务"))));
        JsonNode body = json(page);
        assertThat(body.has("aggregations")).isFalse();
        assertThat(body.path("track_total_hits").asBoolean(true)).isFalse();
        assertThat(body.path("size").asInt()).isEqualTo(10);
        assertThat(body.has("highlight")).isTrue();
        assertThat(page.requestCache()).isFalse();
    }

    @Test
    void aPageFiltersByTheChosenFacetsInItsQuerySoThatElasticsearchNeedNotScoreWhatTheyExclude() throws Exception {
        JsonNode body = json(REQUESTS.page(params(Map.of("q", List.of("关爱"), "region", List.of("河南省"), "year", List.of("2022")))));
        assertThat(body.has("post_filter")).isFalse();
        assertThat(body.path("query").path("bool").path("filter").toString()).contains("410000").contains("2022");
    }

    @Test
    void totalAndFacetsAreOneCacheableRequestWithoutHits() throws Exception {
        SearchRequest facets = REQUESTS.facets(params(Map.of("q", List.of("维权 服务"), "year", List.of("2020"))));
        JsonNode body = json(facets);
        assertThat(body.path("size").asInt(-1)).isZero();
        assertThat(body.path("track_total_hits").asBoolean(false)).isTrue();
        assertThat(body.has("highlight") || body.has("sort")).isFalse();
        assertThat(body.path("post_filter").toString()).contains("2020"); // the total counts the chosen year only
        assertThat(facets.requestCache()).isTrue();
    }

    @Test
    void aFacetIsWrappedInAFilterOnlyWhenAnotherFacetIsChosen() throws Exception {
        JsonNode none = json(REQUESTS.facets(params(Map.of("q", List.of("家庭"))))).path("aggregations");
        assertThat(none.path("facet_region").has("terms")).isTrue();
        assertThat(none.path("facet_year").has("terms")).isTrue();
        assertThat(none.path("facet_unit_groups").has("filters")).isTrue();
        assertThat(none.toString()).doesNotContain("match_all");

        JsonNode year = json(REQUESTS.facets(params(Map.of("q", List.of("家庭"), "year", List.of("2020"))))).path("aggregations");
        assertThat(year.path("facet_year").has("terms")).isTrue(); // its own choice does not narrow it: multi-select
        assertThat(year.path("facet_region").path("filter").toString()).contains("2020");
        assertThat(year.path("facet_unit").path("aggregations").has("groups")).isTrue();
        assertThat(year.has("facet_unit_groups")).isFalse();
    }
}
