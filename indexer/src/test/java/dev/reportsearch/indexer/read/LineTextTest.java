package dev.reportsearch.indexer.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineTextTest {
    @Test
    void closesTheGapsAJustifiedChineseLineLeavesButKeepsEnglishWords() {
        assertThat(LineText.withoutSpacesBetweenChinese("全 年 培 训 妇 女 1 2,600 人 次 ， 带动 就业")).isEqualTo("全年培训妇女1 2,600人次，带动就业");
        assertThat(LineText.withoutSpacesBetweenChinese("运用 AI 技术 and big data")).isEqualTo("运用 AI 技术 and big data");
    }

    @Test
    void joinsChineseAndNumbersWithoutASpaceAndEnglishWordsWithOne() {
        assertThat(LineText.join("全年培训1", "2,600人次")).isEqualTo("全年培训12,600人次");
        assertThat(LineText.join("the women's", "federation")).isEqualTo("the women's federation");
        assertThat(LineText.join("develop-", "ment")).isEqualTo("development");
    }
}
