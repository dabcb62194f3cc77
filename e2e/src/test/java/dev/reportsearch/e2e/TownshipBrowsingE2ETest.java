package dev.reportsearch.e2e;

import static dev.reportsearch.e2e.SearchPageE2ETest.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.testkit.RealPages;
import dev.reportsearch.testkit.RegionEdgeReports;

/**
 * Townships in the page: browsing province &gt; city &gt; county &gt; township (to our reports and to a real
 * page), and the region facet telling apart two townships of one name (灵溪镇 in 苍南县 and in 永顺县, from
 * {@link RegionEdgeReports}).
 */
class TownshipBrowsingE2ETest extends PageTest {
    private static void clickCard(String name) {
        WebElement card = browser.all("#region-reports .cards li a").stream()
                .filter(a -> a.getText().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among the subregions"));
        card.click();
    }

    @Test
    void browsesDownToATownshipAndItsReports() {
        browser.open("/?view=region");
        browser.settled("region-reports");
        for (String name : List.of("浙江省", "温州市", "苍南县")) {
            clickCard(name);
            browser.urlHas("r=" + name);
            browser.settled("region-reports");
            assertThat(browser.text("#region-title")).isEqualTo(name);
        }
        assertThat(browser.text("#region-level")).isEqualTo("县级");
        assertThat(browser.text("#region-reports h2")).isEqualTo("下辖乡镇（街道）");
        assertThat(browser.all("#region-reports .cards li a")).extracting(WebElement::getText).contains("灵溪镇", "钱库镇");

        clickCard("灵溪镇");
        // the name repeats (永顺县 has one too), so the URL names it with its county
        browser.urlHas("r=苍南县灵溪镇");
        browser.settled("region-reports");
        assertThat(browser.text("#region-title")).isEqualTo("灵溪镇");
        assertThat(browser.text("#region-level")).isEqualTo("镇");
        assertThat(browser.all("#region-crumbs a")).extracting(WebElement::getText)
                .containsExactly("全部地区", "浙江省", "温州市", "苍南县", "灵溪镇");
        assertThat(browser.find("#region-tree a[aria-current=page]").getText()).isEqualTo("灵溪镇");
        assertThat(browser.all("#region-reports .report-item a")).extracting(WebElement::getText)
                .containsExactly("灵溪镇妇联巾帼茶艺工作总结");
        browser.screenshot("06-township");

        // the report names its township, and its path leads back up to the county
        browser.find("#region-reports .report-item a").click();
        browser.settled("report");
        assertThat(browser.all("#report .crumbs a")).extracting(WebElement::getText)
                .containsExactly("全部地区", "浙江省", "温州市", "苍南县", "灵溪镇");
        browser.all("#report .crumbs a").get(3).click();
        browser.settled("region-reports");
        assertThat(browser.text("#region-title")).isEqualTo("苍南县");
    }

    /**
     * Issue 9's acceptance in the page: a real page labelled at a 镇 or 街道 (../shared/realpages), which the
     * pipeline files under its township, is reached by browsing down its path and opens with that path.
     */
    @Test
    void browsesDownToARealTownshipPage() throws Exception {
        RealPages.Labelled page = null;
        String title = null;
        for (RealPages.Labelled candidate : RealPages.atTownshipLevel()) {
            JsonNode hits = JSON.readTree(Product.get("/api/search?size=100&region=" + enc(candidate.regionQuery())).body()).path("hits");
            for (JsonNode hit : hits) {
                if (hit.path("regionPath").toString().equals(JSON.writeValueAsString(candidate.regionPath()))) {
                    page = candidate;
                    title = hit.path("reportTitle").asText();
                }
            }
            if (page != null) {
                break;
            }
        }
        assertThat(page).as("a real township page filed under its township").isNotNull();

        browser.open("/?view=region");
        browser.settled("region-reports");
        for (String name : page.regionPath()) {
            clickCard(name);
            browser.settled("region-reports");
            assertThat(browser.text("#region-title")).isEqualTo(name);
        }
        assertThat(browser.text("#region-level")).isIn("镇", "乡", "街道", "苏木");
        String expectedTitle = title;
        WebElement report = browser.all("#region-reports .report-item a").stream()
                .filter(a -> a.getText().equals(expectedTitle)).findFirst()
                .orElseThrow(() -> new AssertionError(expectedTitle + " not listed under " + browser.text("#region-title")));
        browser.screenshot("08-real-township");
        report.click();
        browser.settled("report");
        List<String> crumbs = new java.util.ArrayList<>(List.of("全部地区"));
        crumbs.addAll(page.regionPath());
        assertThat(browser.all("#report .crumbs a")).extracting(WebElement::getText).containsExactlyElementsOf(crumbs);
    }

    @Test
    void theRegionFacetTellsTwoTownshipsOfOneNameApart() {
        browser.open("/?year=" + RegionEdgeReports.YEAR);
        browser.settled("results");
        // two rows named 灵溪镇, each sending its own code
        List<WebElement> lingxi = browser.all("#f-region input[type=checkbox]").stream()
                .filter(b -> b.findElement(org.openqa.selenium.By.xpath("following-sibling::span[@class='name']"))
                        .getDomProperty("textContent").equals("灵溪镇")).toList();
        assertThat(lingxi).extracting(b -> b.getDomAttribute("data-value")).hasSize(2).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(code).matches("\\d{9}"));
        List<String> lingxiCodes = lingxi.stream().map(b -> b.getDomAttribute("data-value")).toList();
        // the facet opens to the township through its province, city and county
        browser.open("/?region=" + enc("永顺县灵溪镇") + "&year=" + RegionEdgeReports.YEAR); // the page's own order
        browser.settled("results");
        assertThat(browser.text("#status")).startsWith("共 1 ");
        assertThat(browser.find("#chips .chip[data-facet=region]").getText()).contains("永顺县灵溪镇");
        List<WebElement> ticked = browser.all("#f-region input[type=checkbox]").stream().filter(WebElement::isSelected).toList();
        assertThat(ticked).hasSize(1);
        WebElement chosen = ticked.get(0);
        assertThat(lingxiCodes).contains(chosen.getDomAttribute("data-value"));
        assertThat(chosen.isSelected()).isTrue();
        assertThat(chosen.isDisplayed()).isTrue();
        assertThat(browser.find("#results .meta .region").getText()).isEqualTo("湖南省 › 湘西土家族苗族自治州 › 永顺县 › 灵溪镇");
        browser.screenshot("07-township-facet");
    }

    @Test
    void reportsWithoutARegionAreBrowsableAsUnknown() {
        browser.open("/?view=region");
        browser.settled("region-reports");
        List<WebElement> cards = browser.all("#region-reports .cards li a");
        assertThat(cards.get(cards.size() - 1).getText()).isEqualTo("地区不详");
        cards.get(cards.size() - 1).click();
        browser.urlHas("r=地区不详");
        browser.settled("region-reports");
        assertThat(browser.all("#region-reports .report-item a")).extracting(WebElement::getText).contains("巾帼茶艺培训班总结");
        browser.open("/?year=" + RegionEdgeReports.YEAR);
        browser.settled("results");
        List<WebElement> roots = browser.all("#f-region > li > .row input[type=checkbox]");
        assertThat(roots.get(roots.size() - 1).findElement(org.openqa.selenium.By.xpath("following-sibling::span[@class='name']")).getText())
                .as("地区不详 after every region").isEqualTo("地区不详");
    }
}
