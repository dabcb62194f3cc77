package dev.reportsearch.api;

import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Suggestions: frequent phrases of the text, and regions offered as filters with their code (issue 11 item 8). */
class SuggestTest {
    private final Http http = ApiFixture.http();

    @Test
    void aPartWordCompletesToAFrequentPhraseOfTheText() {
        JsonNode res = ok(http.get("/api/suggest", "q", "家庭教"));
        assertThat(option(res, "家庭教育")).as("%s", res).isNotNull();
        assertThat(option(res, "家庭教育").path("kind").asText()).isEqualTo("phrase");
        assertThat(res.path("options").size()).isLessThanOrEqualTo(10);
        assertThat(SearchApiTest.strings(res.path("suggestions"))).contains("家庭教育");
    }

    @Test
    void aRegionNameOrItsStartIsOfferedAsAFilterWithItsCode() {
        JsonNode shishi = ok(http.get("/api/suggest", "q", "石狮"));
        JsonNode first = shishi.path("options").get(0);
        assertThat(first.path("kind").asText()).as("%s", shishi).isEqualTo("region");
        assertThat(first.path("text").asText()).isEqualTo("石狮市");
        assertThat(first.path("region").path("code").asText()).isEqualTo("350581");
        assertThat(SearchApiTest.strings(first.path("region").path("path"))).containsExactly("福建省", "泉州市", "石狮市");
        JsonNode yanbian = ok(http.get("/api/suggest", "q", "延边"));
        assertThat(yanbian.path("options").get(0).path("region").path("code").asText()).isEqualTo("222400");
        // a region without indexed content is not offered
        JsonNode none = ok(http.get("/api/suggest", "q", "拉萨"));
        assertThat(none.path("options")).noneSatisfy(o -> assertThat(o.path("kind").asText()).isEqualTo("region"));
    }

    private static JsonNode option(JsonNode res, String text) {
        for (JsonNode o : res.path("options")) {
            if (o.path("text").asText().equals(text)) {
                return o;
            }
        }
        return null;
    }
}
