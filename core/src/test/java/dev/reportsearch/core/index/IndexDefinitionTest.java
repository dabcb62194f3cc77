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
        JsonNode analyzers = root.path("settings").path("analysis").path("analyzer");
        assertThat(analyzers.path("pairs").path("char_filter").get(0).asText()).isEqualTo("search_form");
        assertThat(analyzers.path("pairs_query").path("char_filter").get(0).asText()).isEqualTo("search_form");
        assertThat(analyzers.has("chars")).as("no single characters since version 7").isFalse();
    }

    @Test
    void passagesAreSearchedAsCharacterPairsWithPositions() throws Exception {
        JsonNode root = body();
        JsonNode passages = root.path("mappings").path("properties").path(IndexFields.PASSAGES);
        assertThat(passages.path("index").asBoolean(true)).as("the original is only shown").isFalse();
        assertThat(passages.path("fields").has("chars")).as("no single characters since version 7").isFalse();
        JsonNode pairs = passages.path("fields").path("pairs");
        assertThat(IndexFields.PASSAGES_PAIRS).isEqualTo(IndexFields.PASSAGES + IndexFields.PAIRS);
        assertThat(pairs.path("analyzer").asText()).isEqualTo("pairs");
        assertThat(pairs.path("search_analyzer").asText()).isEqualTo("pairs_query");
        assertThat(pairs.path("similarity").asText()).isEqualTo("passage");
        assertThat(pairs.has("index_options")).as("positions, the default: phrases run on them").isFalse();
        assertThat(pairs.path("position_increment_gap").asInt()).as("no phrase across two passages").isEqualTo(100);
        assertThat(IndexDefinition.VERSION).isGreaterThanOrEqualTo(7);
    }
}
