package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** /openapi.json documents every route, and every documented path answers. */
class OpenApiTest {
    private final Http http = ApiFixture.http();

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedPathAnswers() {
        Http.Response res = http.get("/openapi.json");
        assertThat(res.status()).isEqualTo(200);
        JsonNode doc = res.json();
        assertThat(doc.path("openapi").asText()).startsWith("3.");
        List<String> documented = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(documented::add);

        assertThat(documented).containsExactlyInAnyOrderElementsOf(ApiFixture.server().routes());

        for (String path : documented) {
            JsonNode get = doc.path("paths").path(path).path("get");
            assertThat(get.isMissingNode()).as("%s has a GET", path).isFalse();
            // the original file is served for a report read from a PDF or Word file: our PDF sample's
            String id = path.endsWith("/original") ? ApiFixture.sampleReportId(ApiFixture.SAMPLE_PDF, "瑞金市") : ApiFixture.HANDMADE_ID;
            String concrete = path.replace("/api/sections/{id}", "/api/sections/" + ApiFixture.HANDMADE_ID + "-s0")
                    .replace("{id}", id).replace("{code}", "350500");
            Http.Response answer = http.get(concrete, example(get));
            assertThat(answer.status()).as("%s: %s", concrete, answer.body()).isNotIn(404, 500).isLessThan(500);
        }
    }

    private static String[] example(JsonNode get) {
        List<String> params = new ArrayList<>();
        for (Iterator<JsonNode> it = get.path("parameters").elements(); it.hasNext(); ) {
            JsonNode p = it.next();
            if (p.path("in").asText().equals("query") && p.has("example")) {
                params.add(p.path("name").asText());
                params.add(p.path("example").asText());
            }
        }
        return params.toArray(String[]::new);
    }
}
