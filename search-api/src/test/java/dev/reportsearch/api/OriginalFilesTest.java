package dev.reportsearch.api;

import static dev.reportsearch.api.SearchApiTest.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import dev.reportsearch.testkit.TestData;

/**
 * A report read from a PDF or Word file names its file in {@code source.file}, and its original opens from
 * {@code original} (GET /api/reports/{id}/original) as the file itself; pages, text files and files changed or gone
 * since get a 404 that says why.
 */
class OriginalFilesTest {
    private static final String PDF = ApiFixture.SAMPLE_PDF;
    private static final String DOCX = "shaanxi-qishan-2021.docx";
    private final Http http = ApiFixture.http();

    @Test
    void aPdfReportNamesItsFileAndOpensItAsThePdfItWas() throws Exception {
        String id = ApiFixture.sampleReportId(PDF, "瑞金市");
        JsonNode report = ok(http.get("/api/reports/" + id));
        assertThat(report.path("source").path("file").asText()).isEqualTo(PDF);
        assertThat(report.path("original").asText()).isEqualTo("/api/reports/" + id + "/original");

        Http.Response original = http.get(report.path("original").asText());
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.raw().headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(original.raw().headers().firstValue("Content-Disposition")).hasValue("inline; filename=\"" + PDF + "\"; filename*=UTF-8''" + PDF);
        assertThat(original.bytes()).isEqualTo(Files.readAllBytes(TestData.samples().resolve(PDF)));
    }

    @Test
    void aWordReportsOriginalDownloadsAsAWordFile() throws Exception {
        String id = ApiFixture.sampleReportId(DOCX, "岐山县");
        Http.Response original = http.get("/api/reports/" + id + "/original");
        assertThat(original.status()).isEqualTo(200);
        assertThat(original.raw().headers().firstValue("Content-Type"))
                .hasValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(original.raw().headers().firstValue("Content-Disposition")).hasValueSatisfying(d -> assertThat(d).startsWith("attachment;"));
        assertThat(original.bytes()).isEqualTo(Files.readAllBytes(TestData.samples().resolve(DOCX)));
    }

    @Test
    void aPageOrTextReportHasNoOriginalToOpenAndSaysWhy() {
        JsonNode hit = ok(http.get("/api/search", "region", "延边州")).path("hits").get(0);
        JsonNode report = ok(http.get("/api/reports/" + hit.path("reportId").asText()));
        assertThat(report.path("source").path("file").asText()).doesNotContain("/");
        assertThat(report.path("original").isNull()).isTrue();
        assertNotFound("/api/reports/" + hit.path("reportId").asText() + "/original", "original_not_document");
    }

    @Test
    void aFileChangedSinceItWasIndexedIsNotServed() {
        // the hand-made report's file is a stand-in whose content never gave that id: as a file edited after indexing
        assertNotFound("/api/reports/" + ApiFixture.HANDMADE_ID + "/original", "original_changed");
    }

    @Test
    void anUnknownReportOrABadIdIsA404() {
        assertThat(http.get("/api/reports/0000000000000000/original").status()).isEqualTo(404);
        assertThat(http.get("/api/reports/..%2F..%2Fetc%2Fpasswd/original").status()).isEqualTo(404);
    }

    private void assertNotFound(String path, String reason) {
        Http.Response res = http.get(path);
        assertThat(res.status()).isEqualTo(404);
        JsonNode error = res.json().path("error");
        assertThat(error.path("reason").asText()).isEqualTo(reason);
        assertThat(error.path("messageZh").asText()).matches("\\p{IsHan}.*");
    }
}
