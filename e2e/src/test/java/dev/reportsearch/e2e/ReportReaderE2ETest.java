package dev.reportsearch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The report reader (issue 11 items 1, 10, 11): a hit opens its report at its section with the query
 * marked, every section has a URL of its own, phones read before the outline, a page of several
 * reports names each part by its region, and a quote copied with quotation marks inside nests them.
 */
class ReportReaderE2ETest extends PageTest {

    /** The position of a section in its report (0 for the first). */
    private static int sectionIndex(String reportId, String sectionId) throws Exception {
        JsonNode sections = api("/api/reports/" + reportId).path("sections");
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).path("id").asText().equals(sectionId)) {
                return i;
            }
        }
        return -1;
    }

    private long headingTop(String sectionId) {
        return (Long) browser.js("const h = document.getElementById('sec-' + arguments[0]);"
                + "return h ? Math.round(h.getBoundingClientRect().top) : -1;", sectionId);
    }

    private void atSection(String sectionId) {
        browser.until("the reader at section " + sectionId, d -> {
            long top = headingTop(sectionId);
            return top >= 0 && top < 450 && ("sec-" + sectionId).equals(browser.js("return document.activeElement.id;"));
        });
    }

    @Test
    void aSectionHitOpensItsReportAtThatSectionWithTheQueryMarked() throws Exception {
        String q = "妇女";
        // a hit on this first page whose section is well inside its report
        JsonNode hits = api("/api/search?size=10&q=" + enc(q)).path("hits");
        JsonNode chosen = null;
        for (JsonNode h : hits) {
            if (sectionIndex(h.path("reportId").asText(), h.path("id").asText()) >= 3) {
                chosen = h;
                break;
            }
        }
        assertThat(chosen).as("a hit deep inside its report among the first ten").isNotNull();
        String sectionId = chosen.path("id").asText();

        browser.open("/?q=" + enc(q));
        browser.settled("results");
        WebElement link = browser.all("#results > li.hit h3 a").get(indexOf(hits, chosen));
        link.click();
        browser.urlHas("section=" + sectionId);
        browser.settled("report");
        atSection(sectionId);
        assertThat((Long) browser.js("return Math.round(window.scrollY);")).isPositive();
        WebElement target = browser.find("#report .sec.target");
        assertThat(target.getDomAttribute("data-section")).isEqualTo(sectionId);
        assertThat(target.findElements(By.cssSelector(".para mark"))).as("the query marked in the section")
                .isNotEmpty().allSatisfy(m -> assertThat(m.getText()).isEqualTo(q));
        assertThat(browser.find("#outline a[aria-current]").getDomAttribute("data-section")).isEqualTo(sectionId);
        browser.screenshot("11-report-at-section");

        // an outline jump gives the section its own URL, which opens there again
        List<WebElement> outline = browser.all("#outline li a");
        WebElement last = outline.get(outline.size() - 1);
        String lastId = last.getDomAttribute("data-section");
        last.click();
        browser.urlHas("section=" + lastId);
        atSection(lastId);
        String shared = browser.pathAndQuery();
        browser.open("/");
        browser.settled("results");
        browser.open(shared);
        browser.settled("report");
        atSection(lastId);
        assertThat((Long) browser.js("return Math.round(window.scrollY);")).isPositive();
    }

    private static int indexOf(JsonNode hits, JsonNode hit) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).equals(hit)) {
                return i;
            }
        }
        throw new AssertionError("not among the hits");
    }

    /** The report with the most sections among those browsing shows first. */
    private static String longestReport() throws Exception {
        String best = null;
        int most = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode h : api("/api/search?size=100").path("hits")) {
            String id = h.path("reportId").asText();
            if (seen.add(id)) {
                int n = api("/api/reports/" + id).path("sections").size();
                if (n > most) {
                    most = n;
                    best = id;
                }
            }
        }
        assertThat(most).isGreaterThan(10);
        return best;
    }

    @Test
    void onAPhoneTheReportComesBeforeItsOutline() throws Exception {
        String id = longestReport();
        browser.size(375, 812);
        browser.open("/?view=report&id=" + id);
        browser.settled("report");
        assertThat(browser.find("#outline-box").getDomProperty("open")).as("outline folded on phones").isEqualTo("false");
        assertThat(browser.find("#outline").isDisplayed()).isFalse();
        long firstText = (Long) browser.js("return Math.round(document.querySelector('#report .para').getBoundingClientRect().top);");
        assertThat(firstText).as("the report's first paragraph on the first screen").isLessThan(812);
        browser.screenshot("12-phone-report");
        browser.find("#outline-box > summary").click();
        browser.until("outline open", d -> browser.find("#outline").isDisplayed());
        browser.screenshot("12-phone-report-outline");
        List<WebElement> entries = browser.all("#outline li a");
        WebElement pick = entries.get(entries.size() / 2);
        String sectionId = pick.getDomAttribute("data-section");
        pick.click();
        browser.urlHas("section=" + sectionId);
        atSection(sectionId);
        assertThat(browser.find("#outline").isDisplayed()).as("the outline folds again after a jump").isFalse();
    }

    @Test
    void aPageOfSeveralReportsNamesEachPartByItsRegion() throws Exception {
        // a report whose unheaded sections belong to other regions than the report's (a city's page of county reports)
        String reportId = null;
        java.util.Map<String, String> expected = new java.util.LinkedHashMap<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (JsonNode h : api("/api/search?size=100").path("hits")) {
            String id = h.path("reportId").asText();
            if (!seen.add(id) || reportId != null) {
                continue;
            }
            JsonNode r = api("/api/reports/" + id);
            for (JsonNode sec : r.path("sections")) {
                JsonNode path = sec.path("regionPath");
                if (sec.path("heading").asText().isEmpty() && path.size() > 0 && !path.equals(r.path("regionPath"))) {
                    expected.put(sec.path("id").asText(), path.get(path.size() - 1).asText());
                }
            }
            if (expected.size() >= 2) {
                reportId = id;
            } else {
                expected.clear();
            }
        }
        assertThat(reportId).as("a page of several reports among the samples").isNotNull();
        browser.open("/?view=report&id=" + reportId);
        browser.settled("report");
        for (var e : expected.entrySet()) {
            WebElement entry = browser.find("#outline a[data-section='" + e.getKey() + "']");
            assertThat(entry.getText()).isEqualTo(e.getValue());
            assertThat(browser.find("#sec-" + e.getKey()).getText()).isEqualTo(e.getValue());
        }
        assertThat(browser.all("#outline li a")).extracting(WebElement::getText).noneMatch(t -> t.matches("第 \\d+ 节"));
        browser.screenshot("13-several-reports-outline");
    }

    @Test
    void aCopiedQuoteNestsItsOwnQuotationMarks() throws Exception {
        JsonNode quoted = null;
        for (int page = 1; page <= 5 && quoted == null; page++) {
            for (JsonNode h : api("/api/search?type=achievement&size=100&page=" + page).path("hits")) {
                if (h.path("text").asText().matches(".*“[^”]+”.*")) {
                    quoted = h;
                    break;
                }
            }
        }
        assertThat(quoted).as("an achievement quoting a name in quotation marks").isNotNull();
        String text = quoted.path("text").asText().strip();
        browser.open("/?view=report&id=" + quoted.path("reportId").asText() + "&section=" + quoted.path("sectionId").asText());
        browser.settled("report");
        WebElement item = browser.all("#report .sec.target li.ach").stream()
                .filter(li -> li.findElement(By.cssSelector(".quote")).getText().equals(text)).findFirst().orElseThrow();
        WebElement copy = item.findElement(By.cssSelector("button.copy"));
        copy.click();
        String copied = browser.until("copied", d -> {
            String v = copy.getDomAttribute("data-copied");
            return v == null || v.isEmpty() ? null : v;
        });
        String quote = copied.substring(0, copied.indexOf("”（") + 1);
        assertThat(quote).startsWith("“").endsWith("”");
        assertThat(quote.substring(1, quote.length() - 1)).as("no quotation mark closing the quote early")
                .doesNotContain("“", "”").contains("‘", "’");
        assertThat(quote.substring(1, quote.length() - 1).replace('‘', '“').replace('’', '”')).isEqualTo(text);
    }

    @Test
    void aSectionOffersSimilarPracticesFromOtherRegionsAndLeadsToThem() throws Exception {
        JsonNode section = null;
        JsonNode similar = null;
        for (JsonNode h : api("/api/search?size=10&q=" + enc("家庭教育")).path("hits")) {
            JsonNode found = api("/api/sections/" + h.path("id").asText() + "/similar").path("hits");
            if (found.size() > 0) {
                section = h;
                similar = found;
                break;
            }
        }
        assertThat(section).as("a section with similar practices elsewhere").isNotNull();
        browser.open("/?view=report&id=" + section.path("reportId").asText() + "&section=" + section.path("id").asText());
        browser.settled("report");
        browser.find("#report .sec.target .similar-btn").click();
        WebElement box = browser.until("similar practices shown", d -> {
            List<WebElement> b = browser.all("#report .sec.target .similar[data-state=done]");
            return b.isEmpty() ? null : b.get(0);
        });
        List<WebElement> items = box.findElements(By.cssSelector("li.hit"));
        assertThat(items).hasSize(similar.size());
        String here = String.join(" › ", strings(section.path("regionPath")));
        assertThat(items).allSatisfy(li -> assertThat(li.findElement(By.cssSelector(".meta .region")).getText()).isNotEqualTo(here));
        browser.screenshot("20-similar-practices");
        String firstId = similar.get(0).path("id").asText();
        items.get(0).findElement(By.cssSelector("h4 a")).click();
        browser.urlHas("section=" + firstId);
        browser.settled("report");
        atSection(firstId);
    }

}
