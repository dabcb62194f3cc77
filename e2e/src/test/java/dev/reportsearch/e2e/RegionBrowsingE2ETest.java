package dev.reportsearch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/** Browsing without typing: province &gt; city &gt; county, a region's reports by year, a report and its outline. */
class RegionBrowsingE2ETest extends PageTest {
    @Test
    void fromARegionPageToAReportAndThroughItsOutline() {
        browser.open("/");
        browser.settled("results");
        browser.find(".views a[data-view=region]").click();
        browser.urlHas("view=region");
        browser.settled("region-reports");
        assertThat(browser.all("#region-tree > li")).isNotEmpty();

        // the province with the most reports, then down to its first city
        WebElement province = browser.find("#region-reports .cards li a");
        String provinceName = province.getText();
        province.click();
        browser.urlHas("r=" + provinceName);
        browser.settled("region-reports");
        assertThat(browser.text("#region-title")).isEqualTo(provinceName);
        assertThat(browser.find("#region-tree a[aria-current=page]").getText()).isEqualTo(provinceName);
        List<WebElement> years = browser.all("#region-reports .year-h");
        assertThat(years).isNotEmpty();
        assertThat(years.get(0).getText()).matches("\\d{4}年|年份不详");
        if (!browser.all("#region-reports .cards li a").isEmpty()) {
            WebElement city = browser.find("#region-reports .cards li a");
            String cityName = city.getText();
            city.click();
            browser.urlHas("r=" + cityName);
            browser.settled("region-reports");
            assertThat(browser.all("#region-crumbs a")).extracting(WebElement::getText).contains(provinceName, cityName);
        }
        browser.screenshot("04-region");

        // open the report with the most sections listed here
        WebElement link = browser.find("#region-reports .report-item a");
        String title = link.getText();
        String regionUrl = browser.pathAndQuery();
        link.click();
        browser.urlHas("view=report");
        browser.settled("report");
        assertThat(browser.text("#report h1")).isEqualTo(title);
        List<WebElement> sections = browser.all("#report .sec h2");
        assertThat(sections).hasSizeGreaterThan(1);
        List<WebElement> outline = browser.all("#outline li a");
        assertThat(outline).hasSameSizeAs(sections);
        assertThat(outline.get(0).getText()).isEqualTo(sections.get(0).getText());
        browser.screenshot("05-report");

        // the outline jumps: the chosen heading scrolls into view and takes the focus
        WebElement target = outline.get(outline.size() - 1);
        target.click();
        String targetId = sections.get(sections.size() - 1).getDomAttribute("id");
        browser.until("focus on the last section", d -> targetId.equals(browser.js("return document.activeElement.id;")));
        assertThat((Long) browser.js("return Math.round(window.scrollY);")).isPositive();
        browser.screenshot("05-report-outline-jump");

        // a reload of the report's URL shows the same report; back returns to the region
        String reportUrl = browser.pathAndQuery();
        browser.driver.navigate().refresh();
        browser.settled("report");
        assertThat(browser.pathAndQuery()).isEqualTo(reportUrl);
        assertThat(browser.text("#report h1")).isEqualTo(title);
        browser.driver.navigate().back();
        browser.until("back to the region", d -> browser.pathAndQuery().equals(regionUrl));
        browser.settled("region-reports");
        assertThat(browser.find("#view-region").isDisplayed()).isTrue();
    }

    @Test
    void aReportWithFiguresListsItsAchievementsWithCopyButtons() {
        // the Wuyishan sample is a county report full of figures
        browser.open("/?view=region&r=" + enc("武夷山市"));
        browser.settled("region-reports");
        browser.find("#region-reports .report-item a").click();
        browser.settled("report");
        List<WebElement> achievements = browser.all("#report .sec-ach li.ach");
        assertThat(achievements).isNotEmpty();
        WebElement first = achievements.get(0);
        assertThat(first.findElements(By.cssSelector(".quote strong.fig"))).isNotEmpty();
        WebElement copy = first.findElement(By.cssSelector("button.copy"));
        copy.click();
        String copied = browser.until("copied", d -> {
            String v = copy.getDomAttribute("data-copied");
            return v == null || v.isEmpty() ? null : v;
        });
        assertThat(copied).contains("武夷山市", "《" + browser.text("#report h1") + "》");
        // the region path links lead back to the region pages
        assertThat(browser.all("#report .crumbs a")).extracting(WebElement::getText).contains("武夷山市");
    }

    @Test
    void aReportCoveringNoKnownYearIsListedLastUnderYearUnknown() throws Exception {
        JsonNode undated = null;
        for (int page = 1; page <= 10 && undated == null; page++) {
            for (JsonNode h : api("/api/search?size=100&page=" + page).path("hits")) {
                if (h.path("years").isEmpty() && !h.path("regionCode").isNull()
                        && api("/api/reports/" + h.path("reportId").asText()).path("years").isEmpty()) {
                    undated = h;
                    break;
                }
            }
        }
        assertThat(undated).as("a report covering no year the pipeline could read").isNotNull();
        browser.open("/?view=region&r=" + undated.path("regionCode").asText());
        browser.settled("region-reports");
        List<WebElement> years = browser.all("#region-reports .year-h");
        WebElement last = years.get(years.size() - 1);
        assertThat(last.getText()).isEqualTo("年份不详");
        List<String> titles = last.findElements(By.xpath("following-sibling::ul[1]//a")).stream().map(WebElement::getText).toList();
        assertThat(titles).contains(undated.path("reportTitle").asText());
    }
}
