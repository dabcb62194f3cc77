package dev.reportsearch.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsTraditionalToSimplified() {
        assertThat(SearchText.normalize("婦女兒童發展綱要")).isEqualTo("妇女儿童发展纲要");
        assertThat(SearchText.normalize("婦聯工作報告")).isEqualTo("妇联工作报告");
    }

    @Test
    void foldsLookAlikeCodePointsAndFullWidthForms() {
        assertThat(SearchText.normalize("⼉童⼯作")).isEqualTo("儿童工作");
        assertThat(SearchText.normalize("ＡＢＣ１２３")).isEqualTo("ABC123");
    }

    @Test
    void keepsSimplifiedTextAsItIs() {
        String text = "全市3万多名适龄妇女进行两癌免费筛查。";
        assertThat(SearchText.normalize(text)).isSameAs(text);
        String traditional = "全市3萬多名適齡婦女進行兩癌免費篩查。";
        assertThat(SearchText.normalize(traditional)).isEqualTo(text);
    }

    @Test
    void normalisingTwiceChangesNothing() {
        // Elasticsearch folds the indexed text and the (already normalised) query alike: that must meet
        for (char c = 1; c < Character.MIN_SURROGATE; c++) {
            String once = SearchText.normalize(String.valueOf(c));
            assertThat(SearchText.normalize(once)).as("U+%04X", (int) c).isEqualTo(once);
        }
    }
}
