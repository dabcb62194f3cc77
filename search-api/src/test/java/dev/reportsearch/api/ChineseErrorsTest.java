package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Errors keep their code and carry param, reason and a Chinese sentence for the page (issue 11 item 5). */
class ChineseErrorsTest {
    private final Http http = ApiFixture.http();

    @ParameterizedTest
    @CsvSource({
            "/api/search, year, abc, not_a_year, 年份",
            "/api/search, year, 1066, year_out_of_range, 年份",
            "/api/search, page, x, not_a_number, 页码",
            "/api/search, sort, random, not_allowed_value, 排序",
            "/api/search, region, 亚特兰蒂斯, unknown_region, 地区",
            "/api/search, theme, nonsense, unknown_theme, 主题",
            "/api/search, unit, 元, needs_achievements, 单位",
            "/api/export.csv, year, abc, not_a_year, 年份"})
    void aBadParameterSaysWhichAndWhyInChinese(String path, String param, String value, String reason, String zhName) {
        Http.Response res = http.get(path, param, value);
        assertThat(res.status()).isEqualTo(400);
        JsonNode error = res.json().path("error");
        assertThat(error.path("code").asText()).isEqualTo("bad_parameter");
        assertThat(error.path("param").asText()).isEqualTo(param);
        assertThat(error.path("reason").asText()).isEqualTo(reason);
        assertThat(error.path("messageZh").asText()).matches(".*\\p{IsHan}.*").doesNotContain("Parameter");
        if (!reason.equals("unknown_region")) {
            assertThat(error.path("messageZh").asText()).contains(zhName);
        }
    }

    @ParameterizedTest
    @CsvSource({"/api/reports/nosuch, not_found", "/api/nothing, not_found"})
    void otherErrorsAreSaidInChineseToo(String path, String code) {
        JsonNode error = http.get(path).json().path("error");
        assertThat(error.path("code").asText()).isEqualTo(code);
        assertThat(error.path("messageZh").asText()).contains("没有找到");
        assertThat(error.has("param")).isFalse();
    }
}
