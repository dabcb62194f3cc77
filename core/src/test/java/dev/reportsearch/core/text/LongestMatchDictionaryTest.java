package dev.reportsearch.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LongestMatchDictionaryTest {
    private final LongestMatchDictionary<String> dictionary =
            new LongestMatchDictionary<>(Map.of("家庭", "a", "家庭教育", "b", "教育", "c", "庭院", "d"));

    @Test
    void takesTheLongestWordAtTheLeftmostPosition() {
        assertThat(dictionary.scan("开展家庭教育和家庭活动"))
                .extracting(LongestMatchDictionary.Match::word).containsExactly("家庭教育", "家庭");
    }

    @Test
    void fallsBackToShorterPrefixesAndReportsOffsets() {
        var matches = dictionary.scan("家庭教");
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.value()).isEqualTo("a");
            assertThat(m.start()).isZero();
            assertThat(m.end()).isEqualTo(2);
        });
        assertThat(dictionary.scan(null)).isEmpty();
        assertThat(dictionary.scan("")).isEmpty();
    }

    @Test
    void wordsThatArePrefixesOfOneAnotherAllResolve() {
        var nested = new LongestMatchDictionary<>(Map.of("甲", 1, "甲乙", 2, "甲乙丙", 3, "乙丙", 4, "丁", 5));
        assertThat(nested.scan("甲乙丙丁甲乙甲乙戊乙丙"))
                .extracting(LongestMatchDictionary.Match::value).containsExactly(3, 5, 2, 2, 4);
        assertThat(nested.size()).isEqualTo(5);
        assertThat(new LongestMatchDictionary<Integer>(Map.of()).scan("甲乙")).isEmpty();
    }
}
