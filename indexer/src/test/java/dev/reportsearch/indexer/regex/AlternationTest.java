package dev.reportsearch.indexer.regex;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlternationTest {
    @Test
    void theLongerOfOverlappingWordsWins() {
        Pattern p = Pattern.compile(Alternation.of(List.of("过去", "过去的", "这")));
        var m = p.matcher("过去的五年");
        assertThat(m.lookingAt()).isTrue();
        assertThat(m.group()).isEqualTo("过去的");
    }

    @Test
    void wordsAreLiterals() {
        assertThat(Pattern.compile(Alternation.of(List.of("a.b", "(c)"))).matcher("axb").matches()).isFalse();
        assertThat(Pattern.compile(Alternation.of(List.of("a.b", "(c)"))).matcher("(c)").matches()).isTrue();
    }

    @Test
    void needsWords() {
        assertThatThrownBy(() -> Alternation.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
