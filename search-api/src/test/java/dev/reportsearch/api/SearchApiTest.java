package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.core.text.SearchText;

/** GET /api/search as the contract writes it, over the seeds, the samples and a hand-made report. */
class SearchApiTest {
    private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");
    private final Http http = ApiFixture.http();

    @Test
    void aQueryFindsSectionsWithTheContractFields() {
        JsonNode res = ok(http.get("/api/search", "q", "家庭教育"));
        assertThat(res.path("total").asLong()).isPositive();
        assertThat(res.path("page").asInt()).isEqualTo(1);
        assertThat(res.path("size").asInt()).isEqualTo(10);
        assertThat(res.has("tookMs")).isTrue();
        assertThat(res.path("timedOut").isBoolean()).as("whether Elasticsearch stopped at the time limit").isTrue();
        assertThat(res.path("timedOut").asBoolean()).as("a search of the samples is answered in full").isFalse();
        JsonNode hit = res.path("hits").get(0);
        for (String field : List.of("id", "type", "reportId", "reportTitle", "heading", "region", "regionPath", "years",
                "themes", "snippet", "text", "source")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        assertThat(hit.path("type").asText()).isEqualTo("section");
        assertThat(hit.path("source").has("url")).isTrue();
        assertThat(hit.path("source").has("publishedAt")).isTrue();
        assertThat(hit.path("snippet").asText()).contains("<mark>");
        assertThat(res.path("facets").path("region").isArray()).isTrue();
        assertThat(res.path("facets").path("year").isArray()).isTrue();
        assertThat(res.path("facets").path("theme").get(0).has("label")).isTrue();
    }

    @Test
    void aPassageAnsweringPartOfTheQueryIsRankedNotDropped() {
        JsonNode part = ok(http.get("/api/search", "q", "亲子阅读 无此词语乙丙", "region", "晋江市"));
        assertThat(part.path("hits")).as("one of two words found").isNotEmpty();
        JsonNode quoted = ok(http.get("/api/search", "q", "亲子阅读 \"无此词语乙丙\"", "region", "晋江市"));
        assertThat(quoted.path("total").asLong()).as("a quoted phrase stays required").isZero();
        JsonNode both = ok(http.get("/api/search", "q", "亲子阅读 受益家庭", "region", "泉州市"));
        assertThat(both.path("hits").get(0).path("heading").asText()).as("all words rank first").isEqualTo("晋江亲子阅读");
    }

    @Test
    void theFieldsOtherNamesForAWordFindAndMarkTheText() {
        JsonNode res = ok(http.get("/api/search", "q", "妇女联合会 亲子阅读", "region", "泉州市"));
        List<JsonNode> top = List.of(res.path("hits").get(0), res.path("hits").get(1));
        assertThat(top).as("both words, one of them as 妇联, rank first")
                .allSatisfy(h -> assertThat(h.path("reportId").asText()).isEqualTo(ApiFixture.HANDMADE_ID))
                .allSatisfy(h -> assertThat(h.path("snippet").asText()).contains("<mark>妇联</mark>"));
    }

    /**
     * A word found only as its smartcn words, apart in the text (亲子活动 in "开展亲子阅读活动"), has no exact fragment:
     * its snippet is cut from the words' fragments, which a page asks for apart (Highlights#words), and marks them.
     */
    @Test
    void aWordFoundOnlyAsItsWordsIsMarkedAsThem() {
        // words only: a fused search (semantic retrieval) asks for its page's fragments in a request of its own
        JsonNode res = ok(http.get("/api/search", "q", "亲子活动", "region", "晋江市", "semantic", "false"));
        assertThat(res.path("hits")).isNotEmpty();
        JsonNode hit = res.path("hits").get(0);
        assertThat(hit.path("text").asText()).contains("亲子阅读活动").doesNotContain("亲子活动");
        List<String> marked = new ArrayList<>();
        Matcher m = MARK.matcher(hit.path("snippet").asText());
        while (m.find()) {
            marked.add(m.group(1));
        }
        assertThat(marked).isNotEmpty().allSatisfy(mark -> assertThat("亲子活动").contains(mark));
    }

    /**
     * An exact substring marks its own characters and no others, whether it is one character alone (searched on single
     * characters), an even count (pairs side by side) or an odd one (the last pair overlapping the one before).
     */
    @Test
    void exactSubstringsMarkTheirCharactersAndNoOthers() {
        for (String exact : List.of("妇", "两癌", "巧妇贷", "两癌筛查")) {
            JsonNode res = ok(http.get("/api/search", "q", "\"" + exact + "\""));
            assertThat(res.path("hits")).as(exact).isNotEmpty();
            // a hit found in its heading or title alone has no mark in its text
            List<String> marked = new ArrayList<>();
            for (JsonNode hit : res.path("hits")) {
                Matcher m = MARK.matcher(hit.path("snippet").asText());
                while (m.find()) {
                    marked.add(SearchText.normalize(m.group(1))); // 兩癌篩查 is marked for 两癌筛查
                }
            }
            assertThat(marked).as("marks of \"%s\"", exact).isNotEmpty().allSatisfy(mark -> assertThat(mark).matches("(" + exact + ")+"));
        }
    }

    @Test
    void browsingWithoutAQueryListsEverythingNewestFirst() {
        JsonNode res = ok(http.get("/api/search"));
        assertThat(res.path("total").asLong()).isGreaterThan(50);
        assertThat(res.path("sort").asText()).isEqualTo("newest");
        int latest = res.path("facets").path("year").get(res.path("facets").path("year").size() - 1).path("value").asInt();
        assertThat(res.path("hits").get(0).path("years").toString()).contains(String.valueOf(latest));
    }

    @Test
    void regionFacetIsDisjunctive() {
        JsonNode all = ok(http.get("/api/search", "q", "亲子阅读"));
        long jinjiang = count(all.path("facets").path("region"), "晋江市");
        assertThat(jinjiang).isPositive();

        JsonNode chosen = ok(http.get("/api/search", "q", "亲子阅读", "region", "石狮市"));
        assertThat(chosen.path("hits")).allSatisfy(h -> assertThat(strings(h.path("regionPath"))).contains("石狮市"));
        assertThat(count(chosen.path("facets").path("region"), "晋江市")).as("晋江市 still counted").isEqualTo(jinjiang);
        JsonNode shishiEntry = entry(chosen.path("facets").path("region"), "石狮市");
        assertThat(shishiEntry.path("level").asText()).isEqualTo("county");
        assertThat(strings(shishiEntry.path("path"))).containsExactly("福建省", "泉州市", "石狮市");
        assertThat(chosen.path("total").asLong()).isLessThan(all.path("total").asLong());

        JsonNode both = ok(http.get("/api/search", "q", "亲子阅读", "region", "石狮市", "region", "晋江市"));
        assertThat(both.path("total").asLong()).isGreaterThan(chosen.path("total").asLong());
    }

    @Test
    void seedQuanzhouCountiesAreDisjunctiveToo() {
        JsonNode chosen = ok(http.get("/api/search", "region", "石狮市", "region", "350500"));
        assertThat(count(chosen.path("facets").path("region"), "晋江市")).isPositive();
    }

    @Test
    void aProvinceOrCityFilterMatchesEverythingBelowIt() {
        long city = ok(http.get("/api/search", "region", "泉州市")).path("total").asLong();
        long shishi = ok(http.get("/api/search", "region", "石狮市")).path("total").asLong();
        long province = ok(http.get("/api/search", "region", "福建省")).path("total").asLong();
        long byCode = ok(http.get("/api/search", "region", "350500")).path("total").asLong();
        assertThat(shishi).isPositive();
        assertThat(city).isGreaterThan(shishi).isEqualTo(byCode);
        assertThat(province).isGreaterThanOrEqualTo(city);
        assertThat(ok(http.get("/api/search", "region", "延边州")).path("total").asLong()).isPositive();
    }

    @Test
    void yearAndThemeFacetsAreDisjunctiveAndYearsSorted() {
        JsonNode all = ok(http.get("/api/search"));
        List<Integer> years = new ArrayList<>();
        all.path("facets").path("year").forEach(y -> years.add(y.path("value").asInt()));
        assertThat(years).isSorted().hasSizeGreaterThan(3);
        int year = years.get(years.size() / 2);
        JsonNode chosen = ok(http.get("/api/search", "year", String.valueOf(year)));
        assertThat(chosen.path("facets").path("year")).hasSameSizeAs(all.path("facets").path("year"));
        assertThat(chosen.path("hits")).allSatisfy(h -> assertThat(h.path("years").toString()).contains(String.valueOf(year)));

        JsonNode themed = ok(http.get("/api/search", "theme", "family"));
        assertThat(themed.path("hits")).allSatisfy(h -> assertThat(strings(h.path("themes"))).contains("family"));
        assertThat(themed.path("facets").path("theme").size()).isGreaterThan(1);
        JsonNode family = entry(themed.path("facets").path("theme"), "family");
        assertThat(family.path("label").asText()).isNotBlank();
        assertThat(family.path("count").asLong()).isEqualTo(themed.path("total").asLong());
    }

    @Test
    void achievementsCarryFiguresAndMarkThem() {
        JsonNode res = ok(http.get("/api/search", "q", "创业贷款", "type", "achievement", "region", "石狮市"));
        JsonNode hit = res.path("hits").get(0);
        assertThat(hit.path("type").asText()).isEqualTo("achievement");
        assertThat(hit.path("figures").get(0).path("raw").asText()).isEqualTo("12345万元");
        assertThat(hit.path("figures").get(0).path("value").asLong()).isEqualTo(123_450_000L);
        assertThat(hit.path("figures").get(0).path("unit").asText()).isEqualTo("元");
        assertThat(hit.path("figures").get(0).path("approx").asBoolean()).isFalse();
        assertThat(hit.path("snippet").asText()).contains("<mark>12345万元</mark>").contains("<mark>8888人次</mark>");
        assertThat(hit.path("heading").asText()).isEqualTo("石狮亲子阅读");
        assertThat(hit.path("region").asText()).isEqualTo("石狮市");
        assertThat(hit.path("source").path("url").asText()).isEqualTo("https://example.org/quanzhou/qinzi");
    }

    @Test
    void achievementsSortByValueWithinTheChosenUnits() {
        JsonNode money = ok(http.get("/api/search", "type", "achievement", "sort", "value", "unit", "元", "size", "20"));
        List<Double> values = new ArrayList<>();
        for (JsonNode hit : money.path("hits")) {
            double max = 0;
            for (JsonNode f : hit.path("figures")) {
                if (f.path("unit").asText().equals("元")) {
                    max = Math.max(max, f.path("value").asDouble());
                }
            }
            assertThat(max).as("hit has a figure in 元: %s", hit.path("text")).isPositive();
            values.add(max);
        }
        assertThat(values).hasSizeGreaterThan(2);
        assertThat(values).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        JsonNode people = ok(http.get("/api/search", "type", "achievement", "unit", "人次"));
        assertThat(people.path("total").asLong()).isPositive();
        assertThat(people.path("hits")).allSatisfy(h -> assertThat(h.path("figures").toString()).contains("人次"));
    }

    @Test
    void pagesDoNotOverlap() {
        JsonNode p1 = ok(http.get("/api/search", "q", "妇女", "size", "5", "page", "1"));
        JsonNode p2 = ok(http.get("/api/search", "q", "妇女", "size", "5", "page", "2"));
        List<String> first = new ArrayList<>();
        p1.path("hits").forEach(h -> first.add(h.path("id").asText()));
        assertThat(p2.path("hits")).hasSize(5).allSatisfy(h -> assertThat(first).doesNotContain(h.path("id").asText()));
    }

    @Test
    void snippetsAreHtmlSafe() {
        JsonNode res = ok(http.get("/api/search", "q", "亲子阅读", "region", "石狮市"));
        JsonNode hit = res.path("hits").get(0);
        String snippet = hit.path("snippet").asText();
        assertThat(snippet).doesNotContain("<script").contains("&lt;script&gt;");
        assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<").doesNotContain(">");
        assertThat(hit.path("text").asText()).contains("<script>");
        JsonNode scripted = ok(http.get("/api/search", "q", "<script>alert('x')</script>"));
        scripted.path("hits").forEach(h -> assertThat(h.path("snippet").asText()).doesNotContain("<script"));
    }

    @Test
    void traditionalScriptFindsSimplifiedText() {
        JsonNode trad = ok(http.get("/api/search", "q", "婦女兒童"));
        JsonNode simp = ok(http.get("/api/search", "q", "妇女儿童"));
        assertThat(trad.path("total").asLong()).isPositive().isEqualTo(simp.path("total").asLong());
    }

    @Test
    void anyInputGivesANormalAnswer() {
        List<String> inputs = List.of("\"家庭教育", "家庭 AND 教育", "-筛查", "妇女*", "title:妇联", "(妇联] {", "\\", "/",
                "\"\"", "AND", "||", "&&", "!", "~2", "^3", "a:b:c", "'", "%", "\u0000", "家庭\"教育\"讲座",
                "x".repeat(500), "妇".repeat(500), "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35");
        for (String q : inputs) {
            Http.Response res = http.get("/api/search", "q", q);
            assertThat(res.status()).as("q=%s: %s", q, res.body()).isEqualTo(200);
            assertThat(res.json().has("hits")).isTrue();
        }
        assertThat(ok(http.get("/api/search", "q", "-筛查")).path("total").asLong()).isPositive();
        assertThat(ok(http.get("/api/search", "q", "家庭 AND 教育")).path("total").asLong()).isPositive();
    }

    @Test
    void quotedTextIsAnExactSubstring() {
        JsonNode res = ok(http.get("/api/search", "q", "\"亲子阅读\""));
        assertThat(res.path("hits")).isNotEmpty()
                .allSatisfy(h -> assertThat(h.path("text").asText() + h.path("heading").asText() + h.path("reportTitle").asText()).contains("亲子阅读"));
    }

    static JsonNode ok(Http.Response res) {
        assertThat(res.status()).as(res.body()).isEqualTo(200);
        return res.json();
    }

    static long count(JsonNode facet, String value) {
        JsonNode e = entry(facet, value);
        return e == null ? 0 : e.path("count").asLong();
    }

    static JsonNode entry(JsonNode facet, String value) {
        for (JsonNode e : facet) {
            if (e.path("value").asText().equals(value)) {
                return e;
            }
        }
        return null;
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
