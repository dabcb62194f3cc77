package dev.reportsearch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/** Compare regions (issue 11, beyond the anchors): two regions chosen in the facet, side by side by year and theme. */
class CompareRegionsE2ETest extends PageTest {

    @Test
    void twoRegionsChosenInTheFacetAreComparedSideBySide() throws Exception {
        browser.open("/");
        browser.settled("results");
        List<WebElement> provinces = browser.all("#f-region > li > .row input[type=checkbox]");
        String first = provinces.get(0).getDomAttribute("data-value");
        String second = provinces.get(1).getDomAttribute("data-value");
        provinces.get(0).click();
        browser.urlHas("region=" + first);
        browser.settled("results");
        browser.find("#f-region input[data-value='" + second + "']").click();
        browser.urlHas("region=" + second);
        browser.settled("results");
        browser.find("#chips a.compare-link").click();
        browser.urlHas("view=compare");
        browser.settled("compare-out");

        JsonNode compared = api("/api/regions/compare?region=" + first + "&region=" + second).path("regions");
        List<WebElement> heads = browser.all("#compare-out table:first-of-type thead th[data-code]");
        assertThat(heads).extracting(h -> h.getDomAttribute("data-code")).containsExactly(first, second);
        assertThat(heads).extracting(WebElement::getText)
                .containsExactly(compared.get(0).path("region").path("name").asText(), compared.get(1).path("region").path("name").asText());
        List<WebElement> totals = browser.find("#compare-out tr.total").findElements(By.cssSelector("td"));
        for (int i = 0; i < 2; i++) {
            JsonNode total = compared.get(i).path("total");
            assertThat(totals.get(i).getText()).isEqualTo(total.path("reports").asText() + " 篇 · "
                    + total.path("sections").asText() + " 段 · " + total.path("achievements").asText() + " 条数据");
        }
        assertThat(browser.all("#compare-out table")).hasSize(2);
        browser.screenshot("22-compare-regions");
        browser.size(375, 812);
        browser.screenshot("22-compare-regions-phone");
        assertThat((Long) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .isLessThanOrEqualTo(0L);
    }
}
