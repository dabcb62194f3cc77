package dev.reportsearch.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reports published as PDF and Word files (issue 14): our PDF and Word samples are found by their words and their
 * figures; the report view names the file and opens the original PDF from it, and a copied quote cites the file.
 */
class OriginalFileE2ETest extends PageTest {
    private static final String PDF = "jiangxi-ruijin-2022.pdf";
    private static final String DOCX = "shaanxi-qishan-2021.docx";

    /** The first hit of this search that came from this file. */
    private static JsonNode hitOf(String file, String query) throws Exception {
        for (JsonNode h : api("/api/search?size=100&" + query).path("hits")) {
            if (file.equals(h.path("source").path("file").asText())) {
                return h;
            }
        }
        throw new AssertionError("no hit from " + file + " for " + query);
    }

    @Test
    void thePdfAndWordSamplesAreSearchableByTheirWordsAndFigures() throws Exception {
        assertThat(hitOf(PDF, "q=" + enc("红色家书诵读")).path("heading").asText()).isEqualTo("一、聚焦思想引领，红色基因代代相传");
        JsonNode loan = hitOf(PDF, "type=achievement&q=" + enc("创业担保贷款"));
        assertThat(loan.path("figures")).anySatisfy(f -> assertThat(f.path("value").asLong()).isEqualTo(86_000_000L));
        assertThat(hitOf(DOCX, "q=" + enc("臊子面")).path("heading").asText()).isEqualTo("二、服务经济发展");
        JsonNode screening = hitOf(DOCX, "type=achievement&q=" + enc("两癌免费筛查"));
        assertThat(screening.path("figures").toString()).contains("1.42万人");
    }

    @Test
    void theReportViewNamesThePdfAndOpensItAndACopiedQuoteCitesIt() throws Exception {
        JsonNode hit = hitOf(PDF, "type=achievement&q=" + enc("创业担保贷款"));
        String id = hit.path("reportId").asText();
        browser.open("/?view=report&id=" + id + "&section=" + hit.path("sectionId").asText());
        browser.settled("report");

        WebElement file = browser.find("#report .meta a.file");
        assertThat(file.getText()).isEqualTo("原文件：" + PDF);
        String href = file.getDomProperty("href");
        assertThat(href).endsWith("/api/reports/" + id + "/original");
        HttpResponse<byte[]> original = Product.get(href.substring(href.indexOf("/api/")));
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(original.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        browser.js("window.scrollTo(0, 0);");
        browser.screenshot("14-report-from-a-pdf");

        WebElement item = browser.all("#report .sec.target li.ach").stream()
                .filter(li -> li.findElement(By.cssSelector(".quote")).getText().equals(hit.path("text").asText().strip()))
                .findFirst().orElseThrow();
        WebElement copy = item.findElement(By.cssSelector("button.copy"));
        copy.click();
        String copied = browser.until("copied", d -> {
            String v = copy.getDomAttribute("data-copied");
            return v == null || v.isEmpty() ? null : v;
        });
        assertThat(copied).contains("《瑞金市妇联2022年工作总结》", "原文件：" + PDF);
    }

    @Test
    void aReportFromAPageOrATextFileNamesNoFileToOpen() throws Exception {
        JsonNode hit = api("/api/search?size=100&region=" + enc("延边州")).path("hits").get(0);
        browser.open("/?view=report&id=" + hit.path("reportId").asText());
        browser.settled("report");
        List<WebElement> files = browser.all("#report .meta .file");
        assertThat(files).isEmpty();
    }
}
