package dev.reportsearch.api.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

class FusionTest {
    @Test
    void aHitHighInBothListsBeatsOneFirstInOnlyOne() {
        List<String> fused = Fusion.fuse(List.of("a", "b", "c"), List.of("b", "d"), Function.identity(), 1.0);
        assertThat(fused).containsExactly("b", "a", "d", "c");
    }

    @Test
    void eachHitOnceAndTheWordsCopyKept() {
        record Hit(String id, String from) {
        }
        List<Hit> fused = Fusion.fuse(List.of(new Hit("x", "words")), List.of(new Hit("x", "meaning"), new Hit("y", "meaning")), Hit::id, 0.5);
        assertThat(fused).containsExactly(new Hit("x", "words"), new Hit("y", "meaning"));
    }

    @Test
    void meaningWeighsLessThanWordsAtTheSameRank() {
        assertThat(Fusion.fuse(List.of("w"), List.of("m"), Function.identity(), Fusion.MEANING_WEIGHT)).containsExactly("w", "m");
        assertThat(Fusion.fuse(List.of(), List.of("m", "n"), Function.identity(), Fusion.MEANING_WEIGHT)).containsExactly("m", "n");
    }
}
