package dev.reportsearch.core.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class IndexDefinitionTest {
    private static JsonNode body() throws Exception {
        return new ObjectMapper().readTree(new IndexDefinition("t").body(1, 0));
    }

    @Test
    void bodiesAreScoredWithLittleLengthNormalisationAndQuickTermSaturation() throws Exception {
        JsonNode root = body();
        JsonNode passage = root.path("settings").path("similarity").path("passage");
        // a long section that names the topic once must not sink below short ones that repeat it
        assertThat(passage.path("b").asDouble()).isLessThanOrEqualTo(0.25);
        assertThat(passage.path("k1").asDouble()).isLessThan(1.2);
        JsonNode body = root.path("mappings").path("properties").path(IndexFields.BODY);
        assertThat(body.path("similarity").asText()).isEqualTo("passage");
        assertThat(body.path("fields").path("pairs").path("similarity").asText()).isEqualTo("passage");
    }

    @Test
    void eachSearchedFieldIsTheStoredOriginalAnalysedInTheSearchForm() throws Exception {
        JsonNode root = body();
        JsonNode properties = root.path("mappings").path("properties");
        assertThat(properties.has("norm")).as("no second, normalised copy of the texts").isFalse();
        for (String field : new String[] {IndexFields.TITLE, IndexFields.HEADING, IndexFields.BODY}) {
            assertThat(properties.path(field).path("analyzer").asText()).as(field).isEqualTo("smartcn_search_form");
            assertThat(properties.path(field).path("fields").path("pairs").path("analyzer").asText()).as(field).isEqualTo("pairs");
            assertThat(properties.path(field).path("fields").has("chars")).as(field + ": no single characters since version 7").isFalse();
        }
        assertThat(properties.path(IndexFields.PASSAGES).path("fields").path("chars").path("analyzer").asText()).isEqualTo("chars");
        JsonNode chars = root.path("settings").path("analysis").path("analyzer").path("chars");
        assertThat(chars.path("char_filter").get(0).asText()).isEqualTo("search_form");
    }
}
