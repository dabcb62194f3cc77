package dev.reportsearch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The search view told truthfully (issue 11 items 3, 5, 6, 10): a state loaded from a URL shows labels,
 * errors speak Chinese, pages are numbered with a last one, and the year bars fit their column.
 */
class SearchStateE2ETest extends PageTest {


    @Test
    void aThemeFromTheUrlShowsItsLabel() throws Exception {
        JsonNode theme = null;
        for (JsonNode t : api("/api/themes").path("themes")) {
            if (t.path("count").asLong() > 0) {
                theme = t;
                break;
            }
        }
        assertThat(theme).isNotNull();
        browser.open("/?theme=" + theme.path("id").asText());
        browser.settled("results");
        String chip = browser.text("#chips .chip[data-facet=theme]");
        assertThat(chip).contains(theme.path("label").asText()).doesNotContain(theme.path("id").asText());
        assertThat(browser.find("#f-theme input[data-value='" + theme.path("id").asText() + "']").isSelected()).isTrue();
    }

    @Test
    void aRegionCodeFromTheUrlShowsTheRegionsNameAndTicksItsRow() throws Exception {
        JsonNode city = api("/api/regions").path("regions").get(0).path("children").get(0);
        String code = city.path("code").asText();
        browser.open("/?region=" + code);
        browser.settled("results");
        assertThat(browser.text("#chips .chip[data-facet=region]")).contains(city.path("name").asText()).doesNotContain(code);
        WebElement row = browser.find("#f-region input[data-value='" + code + "']");
        assertThat(row.isSelected()).isTrue();
        assertThat(row.isDisplayed()).as("the chosen region's branch open").isTrue();
        assertThat(browser.find("#status").getDomAttribute("data-total"))
                .isEqualTo(api("/api/search?region=" + code).path("total").asText());
        // unticking it removes the filter the URL carried
        row.click();
        browser.urlLacks("region=");
        browser.settled("results");
        assertThat(browser.all("#chips .chip")).isEmpty();
    }

    @Test
    void aShortFormFromTheUrlAddsNoPhantomRegion() throws Exception {
        String shortForm = "延边州"; // 延边朝鲜族自治州 in the samples
        JsonNode res = api("/api/search?region=" + enc(shortForm));
        assertThat(res.path("total").asLong()).isPositive();
        browser.open("/?region=" + enc(shortForm));
        browser.settled("results");
        assertThat(browser.find("#status").getDomAttribute("data-total")).isEqualTo(res.path("total").asText());
        assertThat(browser.all("#f-region input[data-value='" + shortForm + "']")).as("a phantom row").isEmpty();
        assertThat(browser.find("#f-region").getDomAttribute("data-rows"))
                .isEqualTo(String.valueOf(res.path("facets").path("region").size()));
        // the row of the region it stands for is ticked, and the chip names that region
        JsonNode region = api("/api/regions/" + enc(shortForm) + "/reports?size=1").path("region");
        WebElement row = browser.find("#f-region input[data-value='" + region.path("code").asText() + "']");
        assertThat(row.isSelected()).isTrue();
        assertThat(row.isDisplayed()).isTrue();
        assertThat(browser.text("#chips .chip[data-facet=region]")).contains(region.path("name").asText());
        browser.screenshot("19-short-form-from-url");
    }

    @Test
    void aRefusedRequestIsExplainedInChineseWithAWayOut() {
        browser.open("/?q=" + enc("妇女") + "&year=abc");
        browser.until("the search marked failed", d -> "error".equals(browser.find("#results").getDomAttribute("data-state")));
        WebElement box = browser.visible("#empty");
        assertThat(box.getDomAttribute("data-reason")).isEqualTo("bad_parameter");
        assertThat(box.findElement(org.openqa.selenium.By.cssSelector(".error-message")).getText())
                .containsPattern("\\p{IsHan}{6,}");
        assertThat(box.getText() + browser.text("#status")).doesNotContainPattern("[A-Za-z]{4,}");
        browser.screenshot("14-bad-parameter");
        box.findElement(org.openqa.selenium.By.cssSelector("a.button")).click();
        browser.urlLacks("year=");
        browser.settled("results");
        assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("妇女");
        assertThat(Long.parseLong(browser.find("#status").getDomAttribute("data-total"))).isPositive();
    }

    @Test
    void pagesAreNumberedUpToTheLastAndAPagePastTheEndOffersIt() throws Exception {
        long total = api("/api/search?size=10").path("total").asLong();
        long pages = (total + 9) / 10;
        assertThat(pages).isGreaterThan(6);
        browser.open("/");
        browser.settled("results");
        List<WebElement> numbers = browser.all("#pager a.number");
        assertThat(numbers).extracting(WebElement::getText).contains("2", String.valueOf(pages));
        browser.find("#pager a.number.last").click();
        browser.urlHas("page=" + pages);
        browser.settled("results");
        assertThat(browser.text("#pager [aria-current=page]")).isEqualTo(String.valueOf(pages));
        assertThat(browser.all("#pager a[rel=next]")).isEmpty();
        assertThat(browser.all("#results > li")).isNotEmpty();
        browser.screenshot("15-last-page");
        browser.size(375, 812);
        browser.js("document.getElementById('pager').scrollIntoView();");
        assertThat((Long) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .as("horizontal overflow of the pager at 375 px").isLessThanOrEqualTo(0L);
        browser.screenshot("15-last-page-phone");
        browser.size(1280, 900);

        browser.open("/?page=" + (pages + 3));
        browser.settled("results");
        WebElement empty = browser.visible("#empty");
        assertThat(empty.getDomAttribute("data-reason")).isEqualTo("past-end");
        assertThat(empty.getText()).contains("没有第 " + (pages + 3) + " 页", "共 " + pages + " 页");
        browser.screenshot("15-past-the-end");
        empty.findElement(org.openqa.selenium.By.cssSelector("a.last-page")).click();
        browser.urlHas("page=" + pages);
        browser.settled("results");
        assertThat(browser.all("#results > li")).isNotEmpty();
        assertThat(browser.find("#empty").isDisplayed()).isFalse();
    }

    @Test
    void yearBarsFitTheirColumnAndShowGapsBetweenDistantYears() throws Exception {
        JsonNode years = api("/api/search?size=1").path("facets").path("year");
        assertThat(years.size()).as("years in the samples").isGreaterThanOrEqualTo(14);
        browser.open("/");
        browser.settled("results");
        assertThat(browser.all("#f-year .bar")).hasSize(years.size());
        Object overflow = browser.js("const box = document.getElementById('f-year');"
                + "const col = box.closest('.facets').getBoundingClientRect();"
                + "return [box.scrollWidth - box.clientWidth,"
                + "  ...[...box.querySelectorAll('.bar .y')].map(y => Math.round(y.getBoundingClientRect().right - col.right))];");
        assertThat((List<?>) overflow).as("overflow of the bars and of each year label, in px")
                .allSatisfy(px -> assertThat(((Number) px).longValue()).isLessThanOrEqualTo(0L));
        // a gap mark exactly where years are missing
        List<?> sequence = (List<?>) browser.js("return [...document.getElementById('f-year').children]"
                + ".map(e => e.classList.contains('gap') ? 'gap' : e.dataset.value);");
        for (int i = 1; i < sequence.size(); i++) {
            if ("gap".equals(sequence.get(i)) || "gap".equals(sequence.get(i - 1))) {
                continue;
            }
            assertThat(Integer.parseInt((String) sequence.get(i)) - Integer.parseInt((String) sequence.get(i - 1)))
                    .as("years side by side without a gap mark: %s", sequence).isEqualTo(1);
        }
        assertThat(sequence.contains("gap")).as("a gap mark in %s", sequence).isTrue();
        browser.screenshot("16-year-bars");
    }

    @Test
    void aNameSeveralRegionsShareOffersTheChoices() throws Exception {
        String shared = "普陀区"; // in 上海市 and in 舟山市, both among the samples
        browser.open("/?region=" + enc(shared));
        browser.until("the search marked failed", d -> "error".equals(browser.find("#results").getDomAttribute("data-state")));
        WebElement box = browser.visible("#empty");
        List<WebElement> choices = box.findElements(org.openqa.selenium.By.cssSelector(".region-choices a.choice"));
        assertThat(choices).hasSizeGreaterThanOrEqualTo(2);
        assertThat(choices).extracting(WebElement::getText).allSatisfy(t -> assertThat(t).endsWith(shared));
        assertThat(browser.text("#chips .chip[data-facet=region]")).as("the chip names no one of them")
                .contains(shared).doesNotContain("上海", "舟山");
        browser.screenshot("17-ambiguous-region");
        choices.get(0).click();
        browser.until("a code in the URL", d -> browser.decodedUrl().matches(".*region=\\d{6}.*"));
        browser.settled("results");
        assertThat(Long.parseLong(browser.find("#status").getDomAttribute("data-total"))).isPositive();
        assertThat(browser.text("#chips .chip[data-facet=region]")).contains(shared);
    }

    @Test
    void bestPartialMatchesAreSaidToBeSo() throws Exception {
        String q = "家庭教育 火星基地"; // the second term is in no report
        JsonNode res = api("/api/search?q=" + enc(q));
        assertThat(res.path("query").path("partial").asBoolean()).as("the API's reading of %s", q).isTrue();
        browser.open("/?q=" + enc(q));
        browser.settled("results");
        assertThat(browser.visible("#partial").getText()).contains("部分相符");
        assertThat(browser.all("#results > li .meta .missing")).isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText()).isEqualTo("缺少：火星基地"));
        browser.screenshot("18-partial-matches");
        browser.open("/?q=" + enc("家庭教育"));
        browser.settled("results");
        assertThat(browser.find("#partial").isDisplayed()).isFalse();
    }

    @Test
    void aSearchStoppedAtItsTimeLimitSaysItsCountsAreAtLeastThese() throws Exception {
        assertThat(api("/api/search?q=" + enc("家庭教育")).path("timedOut").isBoolean()).as("the API says whether it timed out").isTrue();
        browser.open("/?q=" + enc("家庭教育"));
        browser.settled("results");
        assertThat(browser.find("#timed-out").isDisplayed()).isFalse();
        assertThat(browser.text("#status")).startsWith("共");
        // Elasticsearch stops at the time limit only on a large index, cold; what is tested here is the page's
        // reading of the answer, so the page's own fetch passes the API's answers on marked as a timed-out one is
        browser.js("const real = window.fetch;"
                + "window.fetch = async (...args) => {"
                + "  const res = await real(...args);"
                + "  if (!String(args[0]).includes('/api/search')) return res;"
                + "  const body = await res.json();"
                + "  body.timedOut = true;"
                + "  return new Response(JSON.stringify(body), { status: res.status, headers: res.headers });"
                + "};");
        browser.find("#q").sendKeys(" 讲座");
        browser.urlHas("家庭教育 讲座");
        browser.settled("results");
        assertThat(browser.visible("#timed-out").getText()).contains("检索超时", "偏少");
        assertThat(browser.text("#status")).startsWith("至少");
        browser.screenshot("19-timed-out");
    }
}
