package dev.reportsearch.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every error reason and code the OpenAPI document lists has its Chinese sentence. */
class MessagesZhTest {
    @Test
    void everyDocumentedReasonAndCodeIsWorded() throws Exception {
        JsonNode doc;
        try (InputStream in = OpenApi.class.getResourceAsStream(OpenApi.RESOURCE)) {
            doc = new ObjectMapper().readTree(in);
        }
        JsonNode error = doc.path("components").path("schemas").path("Error").path("properties").path("error").path("properties");
        MessagesZh zh = MessagesZh.standard();
        assertThat(error.path("reason").path("enum")).isNotEmpty()
                .allSatisfy(r -> assertThat(zh.knowsReason(r.asText())).as(r.asText()).isTrue());
        for (JsonNode code : error.path("code").path("enum")) {
            assertThat(zh.say(code.asText(), null, null)).as(code.asText()).matches("\\p{IsHan}.*");
        }
        assertThat(zh.say("bad_parameter", "year", "not_a_year")).startsWith("年份");
        assertThat(zh.say("bad_parameter", "oddity", "not_a_number")).contains("oddity");
    }
}
