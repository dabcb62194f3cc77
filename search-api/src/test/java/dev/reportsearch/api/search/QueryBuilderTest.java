package dev.reportsearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
        String passagePairs = QueryBuilder.PASSAGES;
        assertThat(passagePairs).isEqualTo(IndexFields.PASSAGES + IndexFields.PAIRS);
        JsonNode should = json(QueryBuilder.text("妇女 培训")).path("bool").path("should");
        assertThat(should.toString()).doesNotContain(IndexFields.PASSAGES + ".chars");
        assertThat(should.findValues("match_phrase")).anySatisfy(p -> {
            assertThat(p.path(passagePairs).path("query").asText()).isEqualTo("妇女");
            assertThat(p.path(passagePairs).path("slop").asInt()).isEqualTo(QueryBuilder.TERM_SLOP);
        });
        assertThat(should.findValues("match_phrase")).anySatisfy(p -> {
            assertThat(p.path(passagePairs).path("query").asText()).isEqualTo("妇女 培训");
            assertThat(p.path(passagePairs).path("slop").asInt()).isEqualTo(QueryBuilder.NEAR_SLOP);
        });
    }

    @Test
    void aWordOfOneHanCharacterIsThePrefixOfThePassagesPairs() throws Exception {
        JsonNode should = json(QueryBuilder.text("贷")).path("bool").path("should");
        assertThat(should.findValues("prefix").stream().filter(p -> p.has(QueryBuilder.PASSAGES)).toList()).singleElement()
                .satisfies(p -> assertThat(p.path(QueryBuilder.PASSAGES).path("value").asText()).isEqualTo("贷"));
        assertThat(should.findValues("match_phrase").toString()).doesNotContain(QueryBuilder.PASSAGES);
        // in the search form: a Traditional character is the prefix of the Simplified pairs
        assertThat(json(QueryBuilder.text("貸")).path("bool").path("should").findValues("prefix").toString()).contains("贷");
        // a letter or a digit alone is a token of the pairs field as it is, and a character beside a number is at a run's edge
        for (String q : new String[] {"a", "5", "12万"}) {
            JsonNode s = json(QueryBuilder.text(q)).path("bool").path("should");
            assertThat(s.findValues("prefix")).as(q).isEmpty();
            assertThat(s.findValues("match_phrase").toString()).as(q).contains(QueryBuilder.PASSAGES);
        }
        // quoted, it is the same prefix
        assertThat(json(QueryBuilder.text("\"贷\" 款")).path("bool").path("should").findValues("prefix").stream()
                .filter(p -> p.has(QueryBuilder.PASSAGES)).toList()).hasSize(2);
    }

    @Test
    void allWordsInOnePassageAreAskedAsPairsThatStayInsideEachWord() {
        // even words pair as typed
        assertThat(QueryBuilder.nearText(List.of("创业", "贷款"))).isEqualTo("创业 贷款");
        // an odd run would pair 金 with 发: every word but the last leaves its odd last character out
        assertThat(QueryBuilder.nearText(List.of("救助金", "发放"))).isEqualTo("救助 发放");
        assertThat(QueryBuilder.nearText(List.of("发放", "救助金"))).isEqualTo("发放 救助金");
        assertThat(QueryBuilder.nearText(List.of("2019年", "培训"))).isEqualTo("2019 培训");
        assertThat(QueryBuilder.nearText(List.of("A型", "检查"))).isEqualTo("A 检查");
        assertThat(QueryBuilder.nearText(List.of("婦女", "權益"))).isEqualTo("妇女 权益");
        // a word of one character is left out; one word left is no "all words" clause
        assertThat(QueryBuilder.nearText(List.of("妇", "培训", "人次"))).isEqualTo("培训 人次");
        assertThat(QueryBuilder.nearText(List.of("妇", "培训"))).isNull();
        assertThat(QueryBuilder.nearText(List.of("妇女 培训"))).isEqualTo("妇女 培训");
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
