package dev.reportsearch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/** Figures over time (issue 11, beyond the anchors): an achievements search in a unit charts its sums by year and region. */
class FigureTrendE2ETest extends PageTest {

    @Test
    void anAchievementsSearchInAUnitChartsItsFiguresByYearAndEachBarLeadsToItsSentences() throws Exception {
        String query = "q=" + enc("贷款") + "&unit=" + enc("元");
        JsonNode trend = api("/api/figures/trend?" + query);
        assertThat(trend.path("byYear").size()).as("years with 元 figures for 贷款").isGreaterThan(1);
        browser.open("/?q=" + enc("贷款") + "&type=achievement&unit=" + enc("元")); // the page's own order
        browser.settled("results");
        WebElement box = browser.until("the chart drawn", d -> "done".equals(browser.find("#trend").getDomAttribute("data-state"))
                ? browser.find("#trend") : null);
        List<WebElement> bars = box.findElements(By.cssSelector("svg .point"));
        assertThat(bars).extracting(b -> b.getDomAttribute("data-year"))
                .containsExactlyElementsOf(trend.path("byYear").findValuesAsText("key"));
        assertThat(box.findElements(By.cssSelector(".trend-region"))).hasSize(Math.min(10, trend.path("byRegion").size()));
        assertThat((Long) browser.js("const s = document.querySelector('#trend svg').getBoundingClientRect();"
                + "const c = document.querySelector('.results').getBoundingClientRect(); return Math.round(s.right - c.right);"))
                .as("the chart within its column").isLessThanOrEqualTo(0L);
        browser.screenshot("21-figures-trend");

        // a year's bar narrows the search to that year's sentences
        WebElement bar = bars.get(bars.size() - 1);
        String year = bar.getDomAttribute("data-year");
        bar.click();
        browser.urlHas("year=" + year);
        browser.settled("results");
        assertThat(browser.all("#results li.ach")).isNotEmpty()
                .allSatisfy(li -> assertThat(li.findElement(By.cssSelector(".meta .years")).getText()).contains(year.substring(0, 4)));
        browser.size(375, 812);
        browser.js("document.getElementById('trend').scrollIntoView();");
        browser.screenshot("21-figures-trend-phone");
        assertThat((Long) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .isLessThanOrEqualTo(0L);
    }
}
