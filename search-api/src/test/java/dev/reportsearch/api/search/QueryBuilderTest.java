package dev.reportsearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;

import dev.reportsearch.core.index.IndexFields;

class QueryBuilderTest {
    private static JsonNode json(Query q) throws Exception {
        String s = q.toString();
        return new ObjectMapper().readTree(s.substring(s.indexOf('{')));
    }

    @Test
    void noTypedWordIsRequiredAndAllWordsTogetherScoreMore() throws Exception {
        JsonNode bool = json(QueryBuilder.text("巾帼 创业 贷款")).path("bool");
        assertThat(bool.path("must")).isEmpty();
        assertThat(bool.path("minimum_should_match").asText()).isEqualTo("1");
        assertThat(bool.path("should").toString()).contains("\"must\"").contains("\"slop\"");
    }

    @Test
    void quotedPhrasesAreRequiredExactly() throws Exception {
        JsonNode bool = json(QueryBuilder.text("\"最美家庭\" 评选")).path("bool");
        assertThat(bool.path("must")).hasSize(1);
        assertThat(bool.path("must").toString()).contains("最美家庭").doesNotContain("\"match\"");
        assertThat(bool.has("minimum_should_match")).isFalse();
    }

    @Test
    void theFieldsOtherWaysOfWritingAWordMatchToo() throws Exception {
        String q = json(QueryBuilder.text("两纲")).toString();
        assertThat(q).contains("妇女儿童发展纲要").contains("妇女发展规划");
    }

    @Test
    void quotedPhrasesGetNoAlternatives() throws Exception {
        assertThat(json(QueryBuilder.text("\"两纲\"")).toString()).doesNotContain("纲要");
    }

    @Test
    void aSectionIsScoredByItsPassagesTooAndByAllWordsInOne() throws Exception {
        String q = json(QueryBuilder.text("妇女 培训")).toString();
        String passageChars = QueryBuilder.PASSAGES;
        assertThat(q).contains(passageChars);
        JsonNode should = json(QueryBuilder.text("妇女 培训")).path("bool").path("should");
        assertThat(should.findValues("match_phrase")).anySatisfy(p -> {
            assertThat(p.path(passageChars).path("query").asText()).isEqualTo("妇女 培训");
            assertThat(p.path(passageChars).path("slop").asInt()).isPositive();
        });
    }

    @Test
    void oneHanCharacterAloneIsThePrefixOfPairsAndLongerTextsArePhrasesOfPairs() throws Exception {
        String pairs = IndexFields.BODY + IndexFields.PAIRS;
        JsonNode one = json(QueryBuilder.text("“婦”"));
        assertThat(one.findValues("prefix")).anySatisfy(p -> assertThat(p.path(pairs).path("value").asText()).isEqualTo("妇"));
        assertThat(one.findValues("match_phrase").stream().filter(p -> p.has(pairs)).toList()).isEmpty();
        JsonNode two = json(QueryBuilder.text("妇女"));
        assertThat(two.findValues("match_phrase")).anySatisfy(p -> assertThat(p.path(pairs).path("query").asText()).isEqualTo("妇女"));
        assertThat(two.findValues("prefix")).isEmpty();
        JsonNode digit = json(QueryBuilder.text("5"));
        assertThat(digit.findValues("match_phrase")).anySatisfy(p -> assertThat(p.path(pairs).path("query").asText()).isEqualTo("5"));
        assertThat(digit.findValues("prefix")).as("a digit alone is a token of its own, not a prefix").isEmpty();
        JsonNode mixed = json(QueryBuilder.text("12万"));
        assertThat(mixed.findValues("match_phrase")).anySatisfy(p -> assertThat(p.path(pairs).path("query").asText()).isEqualTo("12万"));
    }

    @Test
    void excludedWordsDropHitsAndAloneStillBrowse() throws Exception {
        JsonNode bool = json(QueryBuilder.text("妇联 -儿童")).path("bool");
        assertThat(bool.path("must_not").toString()).contains("儿童");
        assertThat(bool.path("should").toString()).doesNotContain("儿童");
        JsonNode alone = json(QueryBuilder.text("-儿童")).path("bool");
        assertThat(alone.path("must").toString()).contains("match_all");
        assertThat(alone.path("must_not").toString()).contains("儿童");
    }

    @Test
    void withOrQuotedPhrasesAreNoLongerRequired() throws Exception {
        JsonNode bool = json(QueryBuilder.text("\"最美家庭\" OR 评选")).path("bool");
        assertThat(bool.path("must")).isEmpty();
        assertThat(bool.path("minimum_should_match").asText()).isEqualTo("1");
        assertThat(bool.path("should").toString()).contains("最美家庭").contains("\"_name\":\"term:0\"");
    }
}
