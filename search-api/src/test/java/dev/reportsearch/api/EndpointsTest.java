package dev.reportsearch.api;

import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Reports, regions, themes, suggest, export and health, as the contract writes them. */
class EndpointsTest {
    private final Http http = ApiFixture.http();

    @Test
    void aReportComesWholeWithSectionsInOrder() {
        JsonNode report = ok(http.get("/api/reports/" + ApiFixture.HANDMADE_ID));
        assertThat(report.path("id").asText()).isEqualTo(ApiFixture.HANDMADE_ID);
        assertThat(report.path("title").asText()).isEqualTo("泉州市妇联亲子阅读工作报告");
        assertThat(report.path("region").asText()).isEqualTo("泉州市");
        assertThat(report.path("regionPath").toString()).contains("福建省", "泉州市");
        assertThat(report.path("years").get(0).asInt()).isEqualTo(2031);
        assertThat(report.path("source").path("url").asText()).isEqualTo("https://example.org/quanzhou/qinzi");
        JsonNode sections = report.path("sections");
        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).path("heading").asText()).isEqualTo("石狮亲子阅读");
        assertThat(sections.get(1).path("heading").asText()).isEqualTo("晋江亲子阅读");
        for (String field : List.of("id", "heading", "themes", "years", "text", "achievements")) {
            assertThat(sections.get(0).has(field)).as(field).isTrue();
        }
        JsonNode achievement = sections.get(0).path("achievements").get(0);
        assertThat(achievement.path("text").asText()).contains("12345万元");
        assertThat(achievement.path("figures")).hasSize(2);
    }

    @Test
    void aSeedReportFromSearchOpensWithAllItsSections() {
        JsonNode hit = ok(http.get("/api/search", "region", "延边州")).path("hits").get(0);
        JsonNode report = ok(http.get("/api/reports/" + hit.path("reportId").asText()));
        assertThat(report.path("sections").size()).isGreaterThan(2);
        List<Integer> orders = new ArrayList<>();
        report.path("sections").forEach(s -> orders.add(s.path("order").asInt()));
        assertThat(orders).isSorted();
        assertThat(report.path("sections").toString()).contains(hit.path("id").asText());
    }

    @Test
    void regionsFormATreeWithCounts() {
        JsonNode regions = ok(http.get("/api/regions")).path("regions");
        JsonNode fujian = find(regions, "福建省");
        assertThat(fujian.path("level").asText()).isEqualTo("province");
        JsonNode quanzhou = find(fujian.path("children"), "泉州市");
        assertThat(quanzhou.path("level").asText()).isEqualTo("city");
        JsonNode shishi = find(quanzhou.path("children"), "石狮市");
        JsonNode jinjiang = find(quanzhou.path("children"), "晋江市");
        assertThat(shishi.path("level").asText()).isEqualTo("county");
        assertThat(shishi.path("sections").asLong()).isPositive();
        assertThat(jinjiang.path("reports").asLong()).isPositive();
        assertThat(quanzhou.path("sections").asLong()).isGreaterThanOrEqualTo(shishi.path("sections").asLong() + jinjiang.path("sections").asLong());
        assertThat(quanzhou.path("reports").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(find(regions, "吉林省").path("children").toString()).contains("延边朝鲜族自治州");
    }

    @Test
    void themesListEveryThemeWithLabelAndCounts() {
        JsonNode themes = ok(http.get("/api/themes")).path("themes");
        assertThat(themes.size()).isGreaterThanOrEqualTo(10);
        JsonNode family = null;
        for (JsonNode t : themes) {
            assertThat(t.has("id") && t.has("label") && t.has("count")).isTrue();
            if (t.path("id").asText().equals("family")) {
                family = t;
            }
        }
        assertThat(family).isNotNull();
        assertThat(family.path("count").asLong()).isPositive();
        assertThat(family.path("achievements").asLong()).isPositive();
    }

    @Test
    void suggestCompletesTitlesHeadingsAndRegions() {
        JsonNode res = ok(http.get("/api/suggest", "q", "石狮"));
        assertThat(res.path("suggestions").toString()).contains("石狮亲子阅读");
        assertThat(res.path("suggestions").size()).isLessThanOrEqualTo(10);
        assertThat(ok(http.get("/api/suggest", "q", "泉州")).path("suggestions").toString()).contains("泉州市妇联亲子阅读工作报告");
        assertThat(ok(http.get("/api/suggest", "q", "")).path("suggestions")).isEmpty();
        assertThat(ok(http.get("/api/suggest", "q", "\"*:(")).path("suggestions").isArray()).isTrue();
        assertThat(ok(http.get("/api/suggest", "q", "家")).path("suggestions").size()).isBetween(1, 10);
    }

    @Test
    void exportGivesCsvWithBomOneRowPerSectionHit() {
        Http.Response res = http.get("/api/export.csv", "q", "亲子阅读");
        assertThat(res.status()).isEqualTo(200);
        assertThat(res.header("Content-Type")).startsWith("text/csv");
        assertThat(res.bytes()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<String> lines = csvLines(res);
        long total = ok(http.get("/api/search", "q", "亲子阅读")).path("total").asLong();
        assertThat(lines.get(0)).startsWith("地区,").contains(",发布单位,");
        assertThat(lines).hasSize((int) total + 1);
        assertThat(String.join("\n", lines)).contains("石狮亲子阅读").contains("泉州市妇联,https://example.org/quanzhou/qinzi");
    }

    @Test
    void exportOfAchievementsGivesOneRowPerFigure() {
        Http.Response res = http.get("/api/export.csv", "type", "achievement", "region", "石狮市", "q", "创业贷款");
        List<String> lines = csvLines(res);
        assertThat(lines.get(0)).startsWith("原文语句,数字原文,数值,单位,约数,地区").contains(",发布单位,");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("12345万元,123450000,元,false,石狮市"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("8888人次,8888,人次,false,石狮市"));
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("1.2345E8"));

        List<String> onlyMoney = csvLines(http.get("/api/export.csv", "type", "achievement", "region", "石狮市", "q", "创业贷款", "unit", "元"));
        assertThat(onlyMoney).noneSatisfy(l -> assertThat(l).contains("8888人次,"));
    }

    @Test
    void exportStreamsEverythingAcrossBatches() {
        long total = ok(http.get("/api/search", "type", "achievement")).path("total").asLong();
        List<String> lines = csvLines(http.get("/api/export.csv", "type", "achievement"));
        assertThat(total).isPositive();
        long figures = lines.size() - 1;
        assertThat(figures).isGreaterThanOrEqualTo(Math.min(total, 5000));
        List<String> sections = csvLines(http.get("/api/export.csv"));
        long sectionTotal = ok(http.get("/api/search")).path("total").asLong();
        assertThat(sectionTotal).isGreaterThan(500 / 10);
        assertThat(sections).hasSize((int) Math.min(sectionTotal, 5000) + 1);
    }

    @Test
    void healthSaysUp() {
        JsonNode health = ok(http.get("/health"));
        assertThat(health.path("status").asText()).isEqualTo("ok");
        assertThat(health.path("elasticsearch").asText()).isEqualTo("up");
    }

    @Test
    void writesAreRefusedWithoutAStackTrace() throws Exception {
        Http.Response res = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/api/search"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(res.status()).isEqualTo(405);
        assertThat(res.header("Allow")).isEqualTo("GET");
        assertThat(res.body()).doesNotContain("Exception");
    }

    /** CSV records (quoted newlines kept inside their record), BOM removed. */
    static List<String> csvLines(Http.Response res) {
        assertThat(res.status()).as(res.body()).isEqualTo(200);
        String body = new String(res.bytes(), StandardCharsets.UTF_8).substring(1);
        List<String> records = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && c == '\r') {
                continue;
            }
            if (!quoted && c == '\n') {
                records.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            records.add(current.toString());
        }
        return records;
    }

    /** The cells of one CSV record, unquoted ("" inside quotes is one "). */
    static List<String> csvCells(String record) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < record.length(); i++) {
            char c = record.charAt(i);
            if (c == '"' && quoted && i + 1 < record.length() && record.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    static JsonNode find(JsonNode nodes, String name) {
        for (JsonNode n : nodes) {
            if (n.path("name").asText().equals(name)) {
                return n;
            }
        }
        throw new AssertionError(name + " not in " + nodes);
    }
}
