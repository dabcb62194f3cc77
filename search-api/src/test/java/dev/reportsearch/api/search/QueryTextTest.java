package dev.reportsearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {
    @Test
    void aMinusBeforeAWordOrQuoteExcludesIt() {
        QueryText t = QueryText.parse("妇联 -儿童 －\"留守儿童\" 2020-2023");
        assertThat(t.terms()).containsExactly("妇联", "2020 2023");
        assertThat(t.excluded()).containsExactly("留守儿童", "儿童");
        assertThat(t.anyOf()).isFalse();
        assertThat(t.wantsAllTerms()).isTrue();
    }

    @Test
    void orMakesAnyTermEnough() {
        QueryText t = QueryText.parse("妇联 OR \"儿童\"");
        assertThat(t.terms()).containsExactly("儿童", "妇联");
        assertThat(t.anyOf()).isTrue();
        assertThat(t.wantsAllTerms()).isFalse();
        assertThat(QueryText.parse("妇联 儿童").anyOf()).isFalse();
        assertThat(QueryText.parse("OR 妇联").anyOf()).as("nothing to choose between").isFalse();
    }

    @Test
    void aLoneMinusIsNoExclusion() {
        QueryText t = QueryText.parse("妇联 - 儿童");
        assertThat(t.terms()).containsExactly("妇联", "儿童");
        assertThat(t.excluded()).isEmpty();
    }
}
