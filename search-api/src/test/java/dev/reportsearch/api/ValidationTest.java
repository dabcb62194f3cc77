package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every bad parameter is a 400 JSON error naming it, never a 500, on search and export alike. */
class ValidationTest {
    private final Http http = ApiFixture.http();

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("type", new String[] {"type", "report"}),
                Arguments.of("sort", new String[] {"sort", "random"}),
                Arguments.of("sort", new String[] {"sort", "value"}),
                Arguments.of("size", new String[] {"size", "0"}),
                Arguments.of("size", new String[] {"size", "100000"}),
                Arguments.of("size", new String[] {"size", "ten"}),
                Arguments.of("page", new String[] {"page", "-1"}),
                Arguments.of("page", new String[] {"page", "0"}),
                Arguments.of("page", new String[] {"page", "99999999999999999999999"}),
                Arguments.of("year", new String[] {"year", "二〇二三"}),
                Arguments.of("year", new String[] {"year", "2023", "year", "abc"}),
                Arguments.of("year", new String[] {"year", "99999"}),
                Arguments.of("year", new String[] {"year", "٢٠٢٣"}),
                Arguments.of("year", new String[] {"year", "２０２３"}),
                Arguments.of("page", new String[] {"page", "٢"}),
                Arguments.of("size", new String[] {"size", "１０"}),
                Arguments.of("theme", new String[] {"theme", "nonsense"}),
                Arguments.of("region", new String[] {"region", "亚特兰蒂斯"}),
                Arguments.of("region", new String[] {"region", "999999"}),
                Arguments.of("q", new String[] {"q", "妇".repeat(501)}),
                Arguments.of("unit", new String[] {"unit", "元"}),
                Arguments.of("type", new String[] {"type", "section", "type", "achievement"}));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("badParameters")
    void badParameterIs400NamingIt(String parameter, String[] query) {
        for (String path : new String[] {"/api/search", "/api/export.csv"}) {
            Http.Response res = http.get(path, query);
            assertThat(res.status()).as("%s %s", path, res.body()).isEqualTo(400);
            assertThat(res.header("Content-Type")).startsWith("application/json");
            JsonNode error = res.json().path("error");
            assertThat(error.path("status").asInt()).isEqualTo(400);
            assertThat(error.path("code").asText()).isEqualTo("bad_parameter");
            assertThat(error.path("message").asText()).contains("'" + parameter + "'");
            assertThat(res.body()).doesNotContain("Exception").doesNotContain("at dev.");
        }
    }

    /** Paging stops at the first 10,000 hits; the export does not page, so it ignores page and size. */
    @ParameterizedTest(name = "page {0} size {1}")
    @CsvSource({"1001, 10", "101, 100", "10000, 100"})
    void pagesPastTheWindowAre400OnSearchButExportStillWorks(String page, String size) {
        Http.Response search = http.get("/api/search", "page", page, "size", size);
        assertThat(search.status()).as(search.body()).isEqualTo(400);
        assertThat(search.json().path("error").path("message").asText()).contains("'page'");
        Http.Response export = http.get("/api/export.csv", "page", page, "size", size, "region", "泉州市");
        assertThat(EndpointsTest.csvLines(export)).hasSizeGreaterThan(1);
        assertThat(EndpointsTest.csvLines(export)).isEqualTo(EndpointsTest.csvLines(http.get("/api/export.csv", "region", "泉州市")));
    }

    @ParameterizedTest
    @MethodSource("goodEdges")
    void edgesThatAreFine(String[] query) {
        assertThat(http.get("/api/search", query).status()).isEqualTo(200);
    }

    static Stream<Arguments> goodEdges() {
        return Stream.of(
                Arguments.of((Object) new String[] {"size", "100", "page", "100"}),
                Arguments.of((Object) new String[] {"size", "1"}),
                Arguments.of((Object) new String[] {"q", "妇".repeat(500)}),
                Arguments.of((Object) new String[] {"q", ""}),
                Arguments.of((Object) new String[] {"type", "ACHIEVEMENT", "sort", "value", "unit", "元", "unit", "人次"}),
                Arguments.of((Object) new String[] {"region", "350581", "region", "福建省", "year", "2020", "theme", "family"}));
    }

    @ParameterizedTest
    @MethodSource("unknownPaths")
    void unknownThingsAre404Json(String path) {
        Http.Response res = http.get(path);
        assertThat(res.status()).isEqualTo(404);
        assertThat(res.json().path("error").path("code").asText()).isEqualTo("not_found");
    }

    static Stream<String> unknownPaths() {
        return Stream.of("/api/reports/doesnotexist", "/api/reports/..%2F..%2Fetc", "/api/nothing-here");
    }
}
