package dev.reportsearch.api;

import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** -exclude, OR, quoted phrases, and partial matches that say so (issue 11 item 9). */
class QueryWordsTest {
    private final Http http = ApiFixture.http();

    @Test
    void aMinusWordDropsEveryHitHoldingIt() {
        JsonNode all = ok(http.get("/api/search", "q", "亲子阅读", "region", "泉州市"));
        JsonNode without = ok(http.get("/api/search", "q", "亲子阅读 -晋江", "region", "泉州市"));
        assertThat(without.path("total").asLong()).isPositive().isLessThan(all.path("total").asLong());
        assertThat(without.path("hits")).allSatisfy(h ->
                assertThat(h.path("text").asText() + h.path("heading").asText()).doesNotContain("晋江"));
        assertThat(SearchApiTest.strings(without.path("query").path("excluded"))).containsExactly("晋江");
        JsonNode alone = ok(http.get("/api/search", "q", "-筛查"));
        assertThat(alone.path("total").asLong()).isPositive();
        assertThat(alone.path("hits")).allSatisfy(h -> assertThat(h.path("text").asText()).doesNotContain("筛查"));
    }

    @Test
    void anAllWordsQueryThatNobodyAnswersShowsTheBestPartialMatchesAndSaysSo() {
        JsonNode res = ok(http.get("/api/search", "q", "亲子阅读 无此词语乙丙", "region", "泉州市"));
        assertThat(res.path("hits")).isNotEmpty();
        assertThat(res.path("query").path("partial").asBoolean()).isTrue();
        assertThat(res.path("hits")).allSatisfy(h ->
                assertThat(SearchApiTest.strings(h.path("missingTerms"))).containsExactly("无此词语乙丙"));

        JsonNode full = ok(http.get("/api/search", "q", "亲子阅读 受益家庭", "region", "泉州市"));
        assertThat(full.path("query").path("partial").asBoolean()).isFalse();
        assertThat(full.path("hits").get(0).path("missingTerms")).isEmpty();
    }

    @Test
    void orAsksForAnyWordSoFindingOneIsNoPartialMatch() {
        JsonNode or = ok(http.get("/api/search", "q", "亲子阅读 OR 无此词语乙丙", "region", "泉州市"));
        assertThat(or.path("hits")).isNotEmpty();
        assertThat(or.path("query").path("anyOf").asBoolean()).isTrue();
        assertThat(or.path("query").path("partial").asBoolean()).isFalse();
        JsonNode quotedOr = ok(http.get("/api/search", "q", "\"亲子阅读\" OR \"无此词语乙丙\"", "region", "泉州市"));
        assertThat(quotedOr.path("total").asLong()).as("OR frees quoted phrases from being all required").isPositive();
    }
}
