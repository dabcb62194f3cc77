package dev.reportsearch.api.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PhraseCompletionsTest {
    @Test
    void aPhraseEndsWhereTheTextsStopAgreeingOnTheNextCharacter() {
        List<String> texts = List.of("开展家庭教育指导服务。", "推进家庭教育工作，", "落实家庭教育促进法", "家庭教育指导站建设",
                "家访一次");
        List<String> out = PhraseCompletions.complete("家庭教", texts, 10);
        assertThat(out).first().isEqualTo("家庭教育");
        assertThat(out).contains("家庭教育指导").doesNotContain("家庭教育指", "家庭教育工");
    }

    @Test
    void aContinuationInOneTextAloneIsNotFrequent() {
        assertThat(PhraseCompletions.complete("两癌", List.of("两癌筛查全覆盖", "两癌救助金"), 10)).isEmpty();
        assertThat(PhraseCompletions.complete("两癌", List.of("两癌筛查全覆盖", "完成两癌筛查", "两癌救助"), 10))
                .containsExactly("两癌筛查");
    }
}
