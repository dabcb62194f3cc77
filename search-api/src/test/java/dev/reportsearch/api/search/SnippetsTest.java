package dev.reportsearch.api.search;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTest {
    private static String marked(String s) {
        return s.replace("[", Snippets.PRE).replace("]", Snippets.POST);
    }

    @Test
    void aLoneCharactersMarkOnThePairItBeginsIsCutToTheCharacter() {
        List<String> cut = Snippets.markingOnly(List.of(marked("全县[婦女]干部和[妇联]执委")), Set.of("妇"));
        assertThat(Snippets.toHtml(cut.get(0))).isEqualTo("全县<mark>婦</mark>女干部和<mark>妇</mark>联执委");
    }

    @Test
    void otherMarksStayWhole() {
        List<String> kept = Snippets.markingOnly(List.of(marked("全县[妇女]干部")), Set.of("县"));
        assertThat(Snippets.toHtml(kept.get(0))).isEqualTo("全县<mark>妇女</mark>干部");
        assertThat(Snippets.markingOnly(List.of(marked("[妇女]")), Set.of())).containsExactly(marked("[妇女]"));
    }
}
