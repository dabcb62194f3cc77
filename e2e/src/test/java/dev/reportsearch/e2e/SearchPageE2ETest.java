package dev.reportsearch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/** Searching, facets, achievements, shared URLs and history, in headless Chromium against the real API. */
class SearchPageE2ETest extends PageTest {


    private long total() {
        return Long.parseLong(browser.find("#status").getDomAttribute("data-total"));
    }

    @Test
    void typingShowsHighlightedResultsAsYouType() {
        browser.open("/");
        browser.settled("results");
        WebElement q = browser.visible("#q");
        q.sendKeys("家庭教育");
        // no Enter: the debounced search runs by itself
        browser.urlHas("q=家庭教育");
        browser.settled("results");
        assertThat(total()).isPositive();
        List<WebElement> hits = browser.all("#results > li.hit");
        assertThat(hits).isNotEmpty();
        assertThat(browser.all("#results .snippet mark")).extracting(WebElement::getText)
                .anySatisfy(m -> assertThat(m).containsAnyOf("家庭", "教育"));
        // snippets keep only <mark>; every title, region and source link is there as text
        assertThat(browser.js("return [...document.querySelectorAll('#results .snippet *')].every(e => e.tagName === 'MARK');"))
                .isEqualTo(true);
        WebElement first = hits.get(0);
        assertThat(first.findElement(org.openqa.selenium.By.cssSelector("h3 a")).getText()).isNotBlank();
        assertThat(first.findElement(org.openqa.selenium.By.cssSelector(".meta .region")).getText()).isNotBlank();
        assertThat(browser.all("#results .meta .tag")).as("theme labels").isNotEmpty()
                .allSatisfy(t -> assertThat(t.getText()).doesNotMatch("[a-z_]+"));
        assertThat(browser.all("#results a.source")).as("links to the source pages")
                .allSatisfy(a -> assertThat(a.getDomProperty("href")).startsWith("http"));
        assertThat(browser.text("#status")).startsWith("共 ");
        browser.screenshot("01-search-results");
        // a long region list starts short and opens in full
        List<WebElement> more = browser.all("#f-region .more");
        if (!more.isEmpty()) {
            int shown = browser.all("#f-region > li > .row").size();
            more.get(0).click();
            browser.until("all regions shown", d -> browser.all("#f-region > li > .row").size() > shown);
        }
    }

    @Test
    void choosingAFacetNarrowsTheResultsAndTheOtherCountsChange() throws Exception {
        browser.open("/?q=" + enc("妇女"));
        browser.settled("results");
        long before = total();
        Map<String, Long> themesBefore = facetCounts("#f-theme");
        // a province with fewer hits than all of them
        WebElement province = browser.all("#f-region > li > .row input[type=checkbox]").stream()
                .filter(b -> count(b) < before).findFirst().orElseThrow();
        // rows send the region's code (names repeat) and show its name
        String code = province.getDomAttribute("data-value");
        assertThat(code).matches("\\d{6}");
        String name = label(province);
        long expected = count(province);
        province.click();
        browser.urlHas("region=" + code);
        browser.settled("results");
        assertThat(total()).isEqualTo(expected);
        assertThat(browser.find("#chips .chip[data-facet=region]").getText()).contains(name);
        assertThat(facetCounts("#f-theme")).as("theme counts under the region filter").isNotEqualTo(themesBefore);
        // multi-select: the region facet itself still counts the other provinces
        assertThat(browser.all("#f-region > li")).hasSizeGreaterThan(1);

        // the tree opens to cities and counties
        WebElement twisty = browser.find("#f-region > li > .row .twisty");
        if ("false".equals(twisty.getDomAttribute("aria-expanded"))) {
            twisty.click();
        }
        assertThat(browser.all("#f-region > li > ul > li").stream().anyMatch(WebElement::isDisplayed)).isTrue();

        // the year bar chart filters too
        WebElement bar = browser.all("#f-year .bar").stream().filter(b -> !b.findElement(
                org.openqa.selenium.By.cssSelector(".n")).getText().equals("0")).findFirst().orElseThrow();
        String year = bar.getDomAttribute("data-value");
        bar.click();
        browser.urlHas("year=" + year);
        browser.settled("results");
        assertThat(browser.find("#f-year .bar[data-value='" + year + "']").getDomAttribute("aria-pressed")).isEqualTo("true");
        assertThat(browser.all("#chips .chip")).hasSize(2);
        browser.screenshot("02-facets");

        // chips remove filters; 清除全部 removes all
        browser.find("#chips .chip[data-facet=year]").click();
        browser.urlLacks("year=");
        browser.settled("results");
        assertThat(total()).isEqualTo(expected);
        browser.find("#chips .clear").click();
        browser.urlLacks("region=");
        browser.settled("results");
        assertThat(total()).isEqualTo(before);
        assertThat(browser.all("#chips .chip")).isEmpty();
    }

    private static String label(WebElement checkbox) {
        return checkbox.findElement(org.openqa.selenium.By.xpath("following-sibling::span[@class='name']")).getText();
    }

    private static long count(WebElement checkbox) {
        List<WebElement> c = checkbox.findElements(org.openqa.selenium.By.xpath("following-sibling::span[@class='count']"));
        return c.isEmpty() ? 0 : Long.parseLong(c.get(0).getText());
    }

    private Map<String, Long> facetCounts(String list) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (WebElement b : browser.all(list + " input[type=checkbox]")) {
            counts.put(b.getDomAttribute("data-value"), count(b));
        }
        return counts;
    }

    @Test
    void achievementsShowFiguresSortByValueAndCopyAQuoteWithItsCitation() throws Exception {
        browser.open("/?q=" + enc("贷款"));
        browser.settled("results");
        browser.find("#tab-achievement").click();
        browser.urlHas("type=achievement");
        browser.settled("results");
        assertThat(browser.find("#tab-achievement").getDomAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.all("#results li.ach")).isNotEmpty();
        assertThat(browser.all("#results li.ach .quote strong.fig")).as("figures emphasised in the quote").isNotEmpty();
        assertThat(browser.all("#results li.ach .value")).extracting(WebElement::getText).anySatisfy(v -> assertThat(v).matches(".*\\d.*"));

        new org.openqa.selenium.support.ui.Select(browser.find("#sort")).selectByValue("value");
        browser.urlHas("sort=value");
        browser.settled("results");
        JsonNode byValue = api("/api/search?q=" + enc("贷款") + "&type=achievement&sort=value");
        assertThat(browser.text("#results li.ach:first-child .quote")).isEqualTo(byValue.path("hits").path(0).path("text").asText().strip());

        // CSV of exactly this view
        String csv = browser.find("#csv").getDomProperty("href");
        assertThat(java.net.URLDecoder.decode(csv, StandardCharsets.UTF_8))
                .contains("/api/export.csv?", "q=贷款", "type=achievement", "sort=value");
        HttpResponse<byte[]> export = Product.get(csv.substring(csv.indexOf("/api/")));
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(new String(export.body(), StandardCharsets.UTF_8)).startsWith("\uFEFF");

        // copy the first quote: sentence, region, title, date, URL
        JsonNode hit = byValue.path("hits").path(0);
        WebElement copy = browser.find("#results li.ach:first-child button.copy");
        copy.click();
        String copied = browser.until("copied text", d -> {
            String v = copy.getDomAttribute("data-copied");
            return v == null || v.isEmpty() ? null : v;
        });
        // quotation marks inside the sentence nest as ‘’ inside the citation's “”
        assertThat(copied).contains(hit.path("text").asText().strip().replace('“', '‘').replace('”', '’'))
                .contains("《" + hit.path("reportTitle").asText() + "》");
        if (!hit.path("source").path("url").isNull()) {
            assertThat(copied).contains(hit.path("source").path("url").asText());
        }
        if (!hit.path("source").path("publishedAt").isNull()) {
            assertThat(copied).contains(hit.path("source").path("publishedAt").asText().substring(0, 10));
        }
        assertThat(copied).contains(String.join("", strings(hit.path("regionPath"))));
        assertThat(copy.getText()).isEqualTo("已复制");
        Object clipboard = browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "navigator.clipboard.readText().then(done, () => done(null));");
        System.out.println("clipboard read back: " + (clipboard != null));
        if (clipboard != null) {
            assertThat(clipboard).as("the system clipboard").isEqualTo(copied);
        }
        browser.screenshot("03-achievements");

        // the unit facet counts over all hits, as the API does; a unit keeps hits with a figure of it (or counted with it)
        JsonNode units = api("/api/search?q=" + enc("贷款") + "&type=achievement&sort=value").path("facets").path("unit");
        assertThat(browser.all("#units .unit")).extracting(b -> b.getDomAttribute("data-value"))
                .isNotEmpty().containsExactlyElementsOf(units.findValuesAsText("value"));
        WebElement unit = browser.visible("#units .unit");
        String u = unit.getDomAttribute("data-value");
        String unitLabel = unit.getText();
        unit.click();
        browser.urlHas("unit=" + u);
        browser.settled("results");
        assertThat(browser.all("#results li.ach")).isNotEmpty().allSatisfy(li -> assertThat(
                li.findElements(org.openqa.selenium.By.cssSelector(".value"))).extracting(WebElement::getText)
                .anySatisfy(v -> assertThat(unitLabel).contains(v.replaceAll("^约 ", "").replaceAll("^[-\\d,.]+ ", "").replaceAll("（.*", ""))));
    }


    @Test
    void aSharedUrlReproducesTheView() {
        browser.open("/?q=" + enc("妇女"));
        browser.settled("results");
        WebElement province = browser.find("#f-region > li > .row input[type=checkbox]");
        String region = province.getDomAttribute("data-value");
        String name = label(province);
        province.click();
        browser.urlHas("region=" + region);
        browser.settled("results");
        browser.find("#tab-achievement").click();
        browser.urlHas("type=achievement");
        browser.settled("results");
        String url = browser.pathAndQuery();
        String firstQuote = browser.text("#results li.ach:first-child .quote");
        String status = browser.text("#status");

        browser.open("/");
        browser.settled("results");
        browser.open(url); // a fresh load, as from a shared link
        browser.settled("results");
        assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("妇女");
        assertThat(browser.find("#tab-achievement").getDomAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.find("#f-region input[data-value='" + region + "']").isSelected()).isTrue();
        assertThat(browser.text("#chips .chip[data-facet=region]")).contains(name);
        assertThat(browser.text("#results li.ach:first-child .quote")).isEqualTo(firstQuote);
        assertThat(browser.text("#status").replaceAll("（.*", "")).isEqualTo(status.replaceAll("（.*", ""));
        browser.screenshot("08-shared-url");
    }

    @Test
    void backAndForwardWalkThroughTheStates() {
        browser.open("/?q=" + enc("妇女"));
        browser.settled("results");
        String start = browser.pathAndQuery();
        WebElement province = browser.find("#f-region > li > .row input[type=checkbox]");
        String region = province.getDomAttribute("data-value");
        province.click();
        browser.urlHas("region=" + region);
        browser.settled("results");
        String filtered = browser.pathAndQuery();
        browser.find("#tab-achievement").click();
        browser.urlHas("type=achievement");
        browser.settled("results");
        String tabbed = browser.pathAndQuery();

        browser.driver.navigate().back();
        browser.until("back before the tab switch", d -> browser.pathAndQuery().equals(filtered));
        browser.settled("results");
        assertThat(browser.find("#tab-section").getDomAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.find("#f-region input[data-value='" + region + "']").isSelected()).isTrue();

        browser.driver.navigate().back();
        browser.until("back before the region", d -> browser.pathAndQuery().equals(start));
        browser.settled("results");
        assertThat(browser.all("#chips .chip")).isEmpty();
        assertThat(browser.find("#q").getDomProperty("value")).isEqualTo("妇女");

        browser.driver.navigate().forward();
        browser.driver.navigate().forward();
        browser.until("forward to the tab", d -> browser.pathAndQuery().equals(tabbed));
        browser.settled("results");
        assertThat(browser.find("#tab-achievement").getDomAttribute("aria-selected")).isEqualTo("true");
        assertThat(browser.all("#results li.ach")).isNotEmpty();
    }

    @Test
    void pagesAreInTheUrl() {
        browser.open("/");
        browser.settled("results");
        browser.find("#pager a[rel=next]").click();
        browser.urlHas("page=2");
        browser.settled("results");
        String first = browser.text("#results > li:first-child h3");
        assertThat(browser.text("#pager .page-of")).startsWith("第 2 /");
        browser.driver.navigate().refresh();
        browser.settled("results");
        assertThat(browser.text("#pager .page-of")).startsWith("第 2 /");
        assertThat(browser.text("#results > li:first-child h3")).isEqualTo(first);
    }

    @Test
    void anEmptyResultSaysSoAndOffersTheFiltersToLoosen() {
        browser.open("/?q=" + enc("完全不存在的词组甲乙丙") + "&year=2013");
        browser.settled("results");
        WebElement empty = browser.visible("#empty");
        assertThat(empty.getText()).contains("没有找到", "2013年");
        empty.findElement(org.openqa.selenium.By.cssSelector(".chip[data-facet=year]")).click();
        browser.urlLacks("year=");
        browser.settled("results");
        assertThat(browser.text("#empty")).contains("没有找到").doesNotContain("2013年");
    }

    @Test
    void queriesAndReportTextAreShownAsTextNeverAsHtml() {
        String evil = "<img src=x onerror=\"document.body.dataset.pwned=1\">家庭";
        browser.open("/?q=" + enc(evil));
        browser.settled("results");
        assertThat(browser.js("return document.querySelectorAll('main img, main script').length;")).isEqualTo(0L);
        assertThat(browser.js("return document.body.dataset.pwned || null;")).isNull();
        assertThat(browser.find("#q").getDomProperty("value")).isEqualTo(evil);
        assertThat(browser.driver.getTitle()).startsWith(evil);
    }

    @Test
    void suggestionsCanBeChosenWithTheKeyboard() {
        browser.open("/");
        browser.settled("results");
        WebElement q = browser.find("#q");
        q.sendKeys("武夷");
        browser.visible("#suggest li[role=option]");
        // the first suggestion that is searched for as text (a region is applied as a filter instead)
        String active;
        do {
            q.sendKeys(Keys.ARROW_DOWN);
            active = browser.until("an active suggestion", d -> q.getDomAttribute("aria-activedescendant"));
        } while ("region".equals(browser.find("#" + active).getDomAttribute("data-kind")));
        String chosen = browser.text("#" + active + " span");
        q.sendKeys(Keys.ENTER);
        browser.until("the chosen suggestion searched", d -> browser.decodedUrl().contains("q=" + chosen));
        browser.settled("results");
        assertThat(q.getDomProperty("value")).isEqualTo(chosen);
        assertThat(browser.find("#suggest").isDisplayed()).isFalse();
    }

    @Test
    void aRegionSuggestionAppliesTheRegionFilter() throws Exception {
        JsonNode region = null;
        for (JsonNode o : api("/api/suggest?q=" + enc("武夷")).path("options")) {
            if ("region".equals(o.path("kind").asText())) {
                region = o.path("region");
                break;
            }
        }
        assertThat(region).as("a region among the suggestions for 武夷").isNotNull();
        browser.open("/");
        browser.settled("results");
        WebElement q = browser.find("#q");
        q.sendKeys("武夷");
        WebElement option = browser.visible("#suggest li[data-kind=region]");
        assertThat(option.getText()).contains(region.path("name").asText(), "地区");
        option.click();
        browser.urlHas("region=" + region.path("code").asText());
        browser.settled("results");
        assertThat(browser.decodedUrl()).doesNotContain("q=");
        assertThat(browser.text("#chips .chip[data-facet=region]")).contains(region.path("name").asText());
        assertThat(browser.find("#f-region input[data-value='" + region.path("code").asText() + "']").isSelected()).isTrue();
    }

    @Test
    void readableAtPhoneWidth() {
        browser.size(375, 812);
        browser.open("/?q=" + enc("家庭教育"));
        browser.settled("results");
        Long overflow = (Long) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("horizontal overflow at 375 px").isLessThanOrEqualTo(0L);
        assertThat(browser.find("#facet-box").getDomProperty("open")).as("filters folded on phones").isEqualTo("false");
        assertThat(browser.find("#results > li:first-child").isDisplayed()).isTrue();
        browser.screenshot("06-phone");
        browser.find("#facet-box > summary").click();
        browser.until("filters open", d -> browser.find("#f-region").isDisplayed());
        browser.screenshot("06-phone-filters");
    }
}
