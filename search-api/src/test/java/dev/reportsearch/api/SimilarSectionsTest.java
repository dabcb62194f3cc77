package dev.reportsearch.api;

import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** 相似做法: sections of other reports in other regions about the same work (issue 11, beyond the anchors). */
class SimilarSectionsTest {
    private final Http http = ApiFixture.http();

    @Test
    void similarSectionsComeFromOtherReportsAndRegionsAndShareTheWork() {
        JsonNode section = ok(http.get("/api/search", "q", "\"家庭教育\"", "size", "1")).path("hits").get(0);
        JsonNode res = ok(http.get("/api/sections/" + section.path("id").asText() + "/similar", "size", "5"));
        assertThat(res.path("hits")).isNotEmpty().hasSizeLessThanOrEqualTo(5);
        assertThat(res.path("hits")).allSatisfy(h -> {
            assertThat(h.path("reportId").asText()).isNotEqualTo(section.path("reportId").asText());
            assertThat(h.path("regionCode").asText()).isNotEqualTo(section.path("regionCode").asText());
            assertThat(h.path("type").asText()).isEqualTo("section");
        });
        assertThat(res.path("hits")).as("the same kind of work").anySatisfy(h -> assertThat(h.path("text").asText()).contains("家庭教育"));
    }

    @Test
    void anUnknownSectionIs404() {
        Http.Response res = http.get("/api/sections/nosuch-s0/similar");
        assertThat(res.status()).isEqualTo(404);
        assertThat(res.json().path("error").path("code").asText()).isEqualTo("not_found");
        assertThat(http.get("/api/sections/" + ApiFixture.HANDMADE_ID + "-s0/similar", "size", "0").status()).isEqualTo(400);
    }
}
